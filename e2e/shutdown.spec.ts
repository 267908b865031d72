import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { scratchDatabase, scratchDirs } from './support/scratch';
import { freePort } from './support/server-process';

// `npm start` stopped the way Ctrl-C, systemd and `docker stop` stop it: a
// SIGTERM to the whole process group (and here a second one, as an impatient
// operator sends). One graceful shutdown: the workflow in flight is stopped
// and stored, the job leases are handed back, the process exits 0.

test.describe.configure({ timeout: 180_000 });

const scratch = scratchDirs('aimon-shutdown');
test.afterAll(scratch.cleanup);

test('SIGTERM to the process group of npm start: one graceful shutdown, leases handed back, the running workflow stored', async () => {
  const db = await scratchDatabase('aimon_shutdown');
  const port = await freePort();
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    detached: true, // its own process group, as a terminal or systemd gives it
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      AIMON_DATA_DIR: scratch.make(),
      AIMON_INSTANCE_ID: 'shutdown-spec',
      ADMIN_TOKEN: 'shutdown-spec-admin-token-0123456789',
      DATABASE_URL: db.url.toString(),
      LOG_LEVEL: 'info',
      AIMON_SIM_LATENCY_SCALE: '8',
      WORKFLOW_TIMEOUT_MS: '600000',
    },
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const app = new pg.Client({ connectionString: db.url.toString() });
  const base = `http://127.0.0.1:${port}`;
  try {
    await expect.poll(async () => (await fetch(`${base}/api/health/ready`).catch(() => undefined))?.status, { timeout: 120_000, intervals: [500] }).toBe(200);
    await app.connect();
    const held = async () => (await app.query(`SELECT count(*)::int AS n FROM job_leases WHERE holder = 'shutdown-spec'`)).rows[0].n as number;
    await expect.poll(held, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);

    // A workflow in flight, streaming.
    const response = await fetch(`${base}/api/workflows`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ model: 'A', scenario: 'repair-degraded' }),
    });
    const reader = response.body!.getReader();
    let text = '';
    let runId: string | undefined;
    while (!runId) {
      const { value, done } = await reader.read();
      if (done) throw new Error(`no run-started: ${text}`);
      text += new TextDecoder().decode(value);
      runId = /"run":\{"id":"([0-9a-f-]{36})"/.exec(text)?.[1];
    }
    const streamEnded = (async () => {
      try {
        while (!(await reader.read()).done);
      } catch {
        // cut off
      }
      return text;
    })();

    const signalledAt = Date.now();
    process.kill(-child.pid!, 'SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
    const { code, signal } = await exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalledAt).toBeLessThan(10_000);
    await streamEnded;

    expect(output.match(/"msg":"shutting down/g)).toHaveLength(1);
    expect(output).toContain('"msg":"shut down"');
    expect(await held()).toBe(0);
    const run = (await app.query('SELECT status FROM workflow_runs WHERE id = $1', [runId])).rows[0];
    expect(run.status).toBe('cancelled');
    // One process: no wrapper between the signal and the server.
    expect(output).toContain(`AIMon is running at http://localhost:${port}`);
  } finally {
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    await app.end().catch(() => undefined);
    await db.drop();
  }
});
