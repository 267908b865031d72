import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { scratchDatabase, scratchDirs, type ScratchDatabase } from './support/scratch';
import { spawnServer, waitReady, type ServerProcess } from './support/server-process';

// README "Deploy on Vercel", followed as written: the variables table, the cron table, the curl command.
const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('\n## Deploy on Vercel\n'), readme.indexOf('\n## ', readme.indexOf('\n## Deploy on Vercel\n') + 5));
const tableRows = (firstHeader: string) => {
  const table = section.slice(section.indexOf(`| ${firstHeader} |`)).split('\n\n')[0]!;
  return table.split('\n').slice(2).map((row) => row.split('|').slice(1, -1).map((cell) => cell.trim()));
};
const requiredVariables = tableRows('Variable').filter((r) => r[1] === 'required').map((r) => r[0]!.replace(/`/g, ''));
const cronTable = tableRows('Path').map((r) => ({ path: r[0]!.replace(/`/g, ''), schedule: r[1]!.replace(/`/g, '') }));
const curl = /```bash\n(curl [^\n]+)\n```/.exec(section)?.[1] ?? '';
const vercelJson = JSON.parse(readFileSync('vercel.json', 'utf8')) as { crons: { path: string; schedule: string }[] };

const CRON_SECRET = 'vercel-spec-cron-secret-0123456789';
const ADMIN_TOKEN = 'vercel-spec-admin-token-0123456789';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

const dirs = scratchDirs('aimon-vercel');
let db: ScratchDatabase;
let server: ServerProcess;

/** The header of the README's curl command, with this run's secret for $CRON_SECRET. */
function curlHeaders(): Record<string, string> {
  const header = /-H "([^"]+)"/.exec(curl)?.[1];
  expect(header, 'README shows the cron call with its header').toBeTruthy();
  const [name, value] = header!.replace('$CRON_SECRET', CRON_SECRET).split(/:\s*/);
  return { [name!]: value! };
}

/** The variables a Vercel function gets from the platform, plus the ones the README requires. */
function vercelEnv(dbUrl: string, prefix: string): Record<string, string> {
  return {
    VERCEL: '1',
    VERCEL_ENV: 'production',
    VERCEL_URL: 'aimon-e2e.vercel.app',
    VERCEL_REGION: 'fra1',
    DATABASE_URL: dbUrl,
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    CRON_SECRET,
    ADMIN_TOKEN,
    SESSION_SECRET: 'vercel-spec-session-secret-0123456789abcdef',
    RATE_LIMIT_KEY_PREFIX: `${prefix}:rl`,
    CACHE_KEY_PREFIX: `${prefix}:cache`,
    AIMON_DATA_DIR: dirs.make(),
  };
}

test.beforeAll(async () => {
  db = await scratchDatabase('aimon_vercel');
});

test.afterAll(async () => {
  await server?.stop();
  await db?.drop();
  dirs.cleanup();
});

test('the README tables, its curl command and vercel.json agree', () => {
  expect(requiredVariables).toEqual(['DATABASE_URL', 'REDIS_URL', 'CRON_SECRET']);
  expect(cronTable.length).toBeGreaterThan(0);
  expect(vercelJson.crons).toEqual(cronTable);
  expect(curl).toMatch(/^curl -H "Authorization: Bearer \$CRON_SECRET" https:\/\/\S+\/api\/cron\/[a-z.]+$/);
});

for (const missing of ['DATABASE_URL', 'REDIS_URL', 'CRON_SECRET']) {
  test(`on Vercel the server refuses to start without ${missing}, saying why`, async () => {
    const env = vercelEnv(db.url.toString(), `vercel-refuse-${process.pid}`);
    delete env[missing];
    const refused = await spawnServer(env);
    const code = await Promise.race([refused.exited, new Promise((resolve) => setTimeout(() => resolve('still running'), 60_000))]);
    await refused.stop();
    expect(code).toBe(1);
    const output = refused.output();
    expect(output).toContain('AIMon cannot start.');
    expect(output).toContain(`${missing} is required on Vercel`);
    // Only the missing one is named, and no secret value is echoed.
    for (const other of requiredVariables.filter((v) => v !== missing)) expect(output).not.toContain(`${other} is required`);
    expect(output).not.toContain(CRON_SECRET);
  });
}

test('with the Vercel variables: no timers, each cron path runs its job once under its lease, and the differences show', async ({ page }) => {
  const prefix = `vercel-${process.pid}-${Date.now()}`;
  server = await spawnServer(vercelEnv(db.url.toString(), prefix));
  const ready = await (await waitReady(server)).json();
  expect(ready.database).toMatchObject({ kind: 'postgres', ok: true });
  expect(server.output()).toContain('on Vercel: background jobs run when Vercel Cron calls /api/cron/{job}');

  // No in-process scheduler: a server would have run every job within a second of starting.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const before = (await (await fetch(`${server.url}/api/health/detailed`)).json()).jobs.jobs as { name: string; runs: number; lastStartedAt: string | null }[];
  expect(before.length).toBeGreaterThan(0);
  for (const job of before) expect(job, job.name).toMatchObject({ runs: 0, lastStartedAt: null });
  // vercel.json schedules every registered job, and nothing else.
  expect(vercelJson.crons.map((c) => c.path.replace('/api/cron/', '')).sort()).toEqual(before.map((j) => j.name).sort());

  const cronUrl = (path: string) => `${server.url}${path}`;
  const first = vercelJson.crons[0]!.path;
  expect((await fetch(cronUrl(first))).status).toBe(401);
  const wrong = await fetch(cronUrl(first), { headers: { Authorization: 'Bearer not-the-secret-at-all' } });
  expect(wrong.status).toBe(403);
  expect((await wrong.json()).error.code).toBe('forbidden');
  const unknown = await fetch(cronUrl('/api/cron/no.such-job'), { headers: curlHeaders() });
  expect(unknown.status).toBe(404);
  expect((await unknown.json()).error.code).toBe('not_found');
  expect((await fetch(cronUrl('/api/cron/..%2Fhealth'), { headers: curlHeaders() })).status).toBe(400);

  for (const { path } of vercelJson.crons) {
    const response = await fetch(cronUrl(path), { headers: curlHeaders() });
    const body = await response.json();
    expect(response.status, `${path}: ${JSON.stringify(body)}`).toBe(200);
    expect(body.outcome, path).toBe('success');
    expect(body.job).toMatchObject({ name: path.replace('/api/cron/', ''), runs: 1, lastOutcome: 'success', nextRunAt: null });
  }
  // Each lease was handed back when its run ended: the next call may land on another instance.
  const app = new pg.Client({ connectionString: db.url.toString() });
  await app.connect();
  try {
    expect((await app.query(`SELECT name FROM job_leases`)).rows).toEqual([]);
    // A run-once job another instance is running stands by instead of running twice.
    await app.query(`INSERT INTO job_leases (name, holder, expires_at, updated_at) VALUES ('alerts.evaluate', 'other-instance', now() + interval '1 minute', now())`);
  } finally {
    await app.end();
  }
  const after = (await (await fetch(`${server.url}/api/health/detailed`)).json()).jobs.jobs as { name: string; runs: number }[];
  for (const job of after) expect(job, job.name).toMatchObject({ runs: 1 });
  const standby = await (await fetch(cronUrl('/api/cron/alerts.evaluate'), { headers: curlHeaders() })).json();
  expect(standby).toMatchObject({ outcome: 'standby', job: { leaseHolder: 'other-instance', runs: 1 } });

  // The load tester is off, with the reason.
  const load = await fetch(`${server.url}/api/load-test/start`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ADMIN_TOKEN}` },
    body: JSON.stringify({ scenario: 'health', users: 1, durationSec: 5 }),
  });
  expect(load.status).toBe(503);
  expect((await load.json()).error.message).toMatch(/^The load tester is off on Vercel/);

  // The trace view and /metrics say they are one instance's.
  const metrics = await (await fetch(`${server.url}/metrics`)).text();
  expect(metrics.split('\n')[0]).toMatch(/^# Per instance: the figures of Vercel function instance \S+ only/);
  const traces = await (await fetch(`${server.url}/api/traces`)).json();
  expect(traces.instance).toMatchObject({ serverless: true });
  await page.goto(`${server.url}/traces`);
  await expect(page.getByTestId('trace-scope')).toContainText(`Per instance: these are the traces of instance ${traces.instance.id} only.`);
  await expect(page.getByTestId('trace-scope')).toContainText('On Vercel each function instance keeps its own');
});
