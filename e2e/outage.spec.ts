import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort, spawnServer, waitFor, waitReady } from './support/server-process';
import { tcpRelay } from '../tests/support/tcp-relay';
import { scratchDatabase } from './support/scratch';

// PostgreSQL cut and restored under a running server, through a TCP relay the
// test controls: readiness turns 503 within 5 s, writes fail with a clear JSON
// error, rate limits keep counting (in memory) instead of failing requests,
// every page still renders with a plain banner saying so, and everything
// recovers without a restart (the banner goes away by itself).

/** The banner reads the health badge's poll (components/layout/use-health.ts); the page's clock is driven past it. */
const HEALTH_POLL_MS = 30_000;
const BANNER = 'The database is unreachable: history and runs cannot be saved right now; the app retries by itself.';


test.describe.configure({ timeout: 150_000 });

async function poll<T>(fn: () => Promise<T>, ok: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

test('PostgreSQL cut mid-run: not ready within 5 s, clear errors, limits still counted, pages show a banner, recovery without restart', async ({ page }) => {
  const db = await scratchDatabase('aimon_out');
  const { url } = db;
  const tcp = await tcpRelay(Number(url.port || 5432));
  url.port = String(tcp.port);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aimon-out-'));
  const server = await spawnServer({
    AIMON_DATA_DIR: dataDir,
    ADMIN_TOKEN: 'outage-spec-admin-token-0123456789',
    DATABASE_URL: url.toString(),
    DATABASE_CONNECT_TIMEOUT_MS: '1000',
    RATE_LIMIT_READ_PER_MIN: '1000',
  });
  const get = async (pathname: string) => {
    const response = await fetch(server.url + pathname, { signal: AbortSignal.timeout(15_000) });
    return { status: response.status, headers: response.headers, body: await response.json() };
  };
  try {
    await poll(() => waitFor(server, '/api/health/ready').then((r) => r.status), (s) => s === 200, 60_000);
    expect((await get('/api/health')).body.components.rateLimits.detail).toBe('counting in PostgreSQL, shared by every replica');
    // A page open before the outage: no banner. Its fake clock lets the test run the 30 s health poll on demand.
    await page.clock.install();
    await page.goto(`${server.url}/tools`);
    const banner = page.getByTestId('database-banner');
    await expect(page.getByTestId('health-badge')).not.toHaveAttribute('data-status', 'checking');
    await expect(banner).toBeHidden();

    await tcp.stop();
    const cutAt = Date.now();
    const ready = await poll(() => get('/api/health/ready'), (r) => r.status === 503, 10_000);
    expect(ready.status).toBe(503);
    expect(Date.now() - cutAt).toBeLessThan(5_000);
    expect(ready.body.status).toBe('not_ready');

    // A write (a new session row) fails with a clear JSON error, never a 500.
    const session = await get('/api/session');
    expect(session.status).toBe(503);
    expect(session.body.error).toMatchObject({ code: 'unavailable', message: expect.stringMatching(/^Database unavailable: /) });
    // Rate limits kept counting, in memory: the answer still carries the headers.
    expect(session.headers.get('x-ratelimit-limit')).toBe('4000');
    const health = await get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('degraded');
    expect(health.body.components.rateLimits.status).toBe('degraded');
    // The pages that read their first data on the server answer at once, without
    // it: the read fails (or gives up after its budget) and the browser polls.
    for (const pathname of ['/tools', '/compare', '/monitoring']) {
      const started = Date.now();
      const response = await fetch(server.url + pathname, { signal: AbortSignal.timeout(15_000) });
      expect(response.status, pathname).toBe(200);
      expect(Date.now() - started, pathname).toBeLessThan(5_000);
    }

    // The open page shows the banner at its next health poll, without a reload.
    await page.clock.fastForward(HEALTH_POLL_MS + 1_000);
    await expect(banner).toHaveText(BANNER);
    await expect(banner).toHaveAttribute('role', 'status');
    // Every page still renders during the outage, with the banner above its content.
    for (const [pathname, heading] of [['/', 'See AI agents at work'], ['/chat', 'Chat'], ['/compare', 'Compare'], ['/monitoring', 'Monitoring'], ['/tools', 'Tools']]) {
      const response = await page.goto(server.url + pathname);
      expect(response?.status(), pathname).toBe(200);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(banner, pathname).toHaveText(BANNER);
    }

    await tcp.start();
    const back = await poll(() => get('/api/health/ready'), (r) => r.status === 200, 40_000);
    expect(back.status).toBe(200);
    expect((await get('/api/session')).status).toBe(200);
    // After its pause the limiter tries PostgreSQL again and counts there.
    const limits = await poll(
      async () => (await get('/api/health')).body.components.rateLimits,
      (c) => c.status === 'up',
      20_000,
    );
    expect(limits).toEqual({ status: 'up', detail: 'counting in PostgreSQL, shared by every replica' });
    // The banner goes away by itself at the page's next poll.
    await page.clock.fastForward(HEALTH_POLL_MS + 1_000);
    await expect(banner).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Tools' })).toBeVisible();
    expect(server.child.exitCode).toBeNull();
  } finally {
    await server.stop();
    await tcp.stop();
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('PostgreSQL and Redis blackholed (packets dropped, not refused) for 30 s: every request answers within 3 s, 503 with a plain reason, no audit row lost, recovery without restart', async () => {
  test.setTimeout(180_000);
  const db = await scratchDatabase('aimon_hole');
  const { url } = db;
  const pgRelay = await tcpRelay(Number(url.port || 5432));
  url.port = String(pgRelay.port);
  const redisRelay = await tcpRelay(Number(new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379').port || 6379));
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aimon-hole-'));
  const admin = 'blackhole-spec-admin-token-0123456789';
  const server = await spawnServer({
    AIMON_DATA_DIR: dataDir,
    ADMIN_TOKEN: admin,
    DATABASE_URL: url.toString(),
    REDIS_URL: `redis://127.0.0.1:${redisRelay.port}`,
    CACHE_KEY_PREFIX: `aimon-hole-${process.pid}-${Date.now()}`,
    RATE_LIMIT_READ_PER_MIN: '100000',
    RATE_LIMIT_CHAT_PER_MIN: '100000',
    RATE_LIMIT_EXPENSIVE_PER_MIN: '100000',
    LOG_LEVEL: 'warn',
  });
  const bearer = { authorization: `Bearer ${admin}` };
  type Component = { status: string; summary?: string; detail?: string };
  type HealthBody = { status: string; components: Record<'database' | 'audit' | 'rateLimits' | 'cache', Component> };
  type Answer = { pathname: string; status: number; ms: number; body: { error?: { code: string; message: string } } | undefined };
  const call = async (method: string, pathname: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> => {
    const started = Date.now();
    try {
      const response = await fetch(server.url + pathname, {
        method,
        headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(20_000),
      });
      const text = await response.text();
      return { pathname, status: response.status, ms: Date.now() - started, body: text.startsWith('{') ? JSON.parse(text) : undefined };
    } catch {
      return { pathname, status: 0, ms: Date.now() - started, body: undefined };
    }
  };
  const requests = (): Promise<Answer>[] => [
    call('GET', '/api/containers'),
    call('GET', '/api/session'),
    call('GET', '/api/workflows'),
    call('GET', '/api/alerts'),
    call('GET', '/api/logs/web-ui'),
    call('GET', '/api/metrics'),
    call('GET', '/api/health/ready'),
    call('GET', '/api/health'),
    call('POST', '/api/chat', { model: 'B', message: 'is the fleet healthy?' }),
    call('POST', '/api/workflows', { model: 'B', scenario: 'health-check' }),
    call('POST', '/api/compare/ask', { prompt: 'status?' }),
  ];
  let audited = 0;
  const audit = async () => {
    const answer = await call('DELETE', '/api/chaos', undefined, bearer);
    if (answer.status === 200) audited += 1;
    return answer;
  };
  try {
    expect((await waitReady(server)).status).toBe(200);
    // Warm the pools: these connections are the ones the blackhole catches. Just
    // after start on a busy machine a first query can outlast its time-out: poll.
    const warm = await poll(() => Promise.all(requests()), (answers) => answers.every((a) => a.status < 500), 30_000);
    for (const answer of warm) expect(answer.status, answer.pathname).toBeLessThan(500);
    expect((await audit()).status).toBe(200);

    pgRelay.blackhole();
    redisRelay.blackhole();
    const cutAt = Date.now();
    const during: Answer[] = [];
    while (Date.now() - cutAt < 30_000) {
      during.push(...(await Promise.all([...requests(), audit()])));
    }
    expect(during.length).toBeGreaterThan(50);
    // Checked in one pass and asserted once: with the dependencies failing fast there are
    // thousands of answers, and an expect() per answer (each a traced step) outlasted the test.
    const wrong: string[] = [];
    for (const answer of during) {
      const where = `${answer.pathname} answered ${answer.status} after ${answer.ms} ms`;
      // Within 3 s: a request may wait out each dependency's bound once (rate-limit
      // store 0.75 s, database 1.5 s, cache 0.5 s), and the first of them to time out
      // makes every later call skip that dependency at once until it answers again.
      if (answer.ms >= 3_000) wrong.push(`${where}: not within 3 s`);
      if (answer.status === 0 || answer.status === 500) wrong.push(`${where}: no answer or a 500`);
      else if (answer.status >= 500 && answer.status !== 503) wrong.push(`${where}: a 5xx other than 503`);
      const error = answer.status >= 500 ? answer.body?.error : undefined;
      if (error) {
        if (error.code !== 'unavailable') wrong.push(`${where}: code ${error.code}`);
        if (!/^Database unavailable: database (unreachable|too slow)/.test(error.message)) wrong.push(`${where}: message ${error.message}`);
        // A plain reason: no host, port or database name.
        if (error.message.includes(String(pgRelay.port)) || error.message.includes(db.name)) wrong.push(`${where}: the message names the database: ${error.message}`);
      }
    }
    expect(wrong.slice(0, 20), `${wrong.length} of ${during.length} answers`).toEqual([]);
    // The database's 503s are the norm, not the exception, once it is known to be away.
    expect(during.filter((a) => a.pathname === '/api/session' && a.status === 503).length).toBeGreaterThan(5);
    expect(audited).toBeGreaterThan(5);
    expect(server.child.exitCode, server.output().slice(-3000)).toBeNull();
    // status 0 here has been a pooled keep-alive socket the server had closed (a client race): read again.
    const healthAnswer = await poll(() => call('GET', '/api/health'), (r) => r.status !== 0, 5_000);
    expect(healthAnswer.status, JSON.stringify(healthAnswer)).toBe(200);
    const health = healthAnswer.body as unknown as HealthBody;
    expect(health.status).toBe('degraded');
    expect(health.components.database.status).toBe('down');
    expect(health.components.rateLimits).toMatchObject({ status: 'degraded', detail: 'Redis unreachable: counting in memory per process until it answers' });
    expect(health.components.cache).toMatchObject({ status: 'degraded', summary: 'cache store down' });
    expect(health.components.audit).toMatchObject({ status: 'degraded', summary: 'audit writes waiting' });
    const ready = (await call('GET', '/api/health/ready')).body as unknown as { reason: string };
    expect(ready).toMatchObject({ status: 'not_ready', database: { ok: false, migrations: { applied: null, pending: null } } });
    expect(ready.reason).toMatch(/^database unreachable/);
    expect(JSON.stringify(ready)).not.toContain(String(pgRelay.port));

    pgRelay.heal();
    redisRelay.heal();
    const healedAt = Date.now();
    const back = await poll(() => call('GET', '/api/health/ready'), (r) => r.status === 200, 30_000);
    expect(back.status).toBe(200);
    const recoveredMs = Date.now() - healedAt;
    for (const answer of await Promise.all(requests())) expect(answer.status, answer.pathname).toBeLessThan(500);
    // Every audited call made during the outage is in the trail, and the warning is gone.
    const components = await poll(
      async () => ((await call('GET', '/api/health')).body as unknown as HealthBody).components,
      (c) => c.audit.status === 'up' && c.rateLimits.status === 'up' && c.cache.status === 'up',
      30_000,
    );
    expect(components.audit).toMatchObject({ status: 'up', detail: expect.stringMatching(/^writing \(\d+ row\(s\) kept during an outage were written later\)$/) });
    // Read the whole trail page by page: a fast outage audits more calls than one page holds.
    let trailed = 0;
    for (let next: string | null = ''; next !== null; ) {
      const page = (await call('GET', `/api/admin/audit?action=chaos.stop&limit=500${next ? `&before=${next}` : ''}`, undefined, bearer)).body as unknown as { entries: unknown[]; next: string | null };
      trailed += page.entries.length;
      next = page.next;
    }
    expect(trailed).toBe(audited);
    console.log(`blackhole: ${during.length} requests in 30 s, slowest ${Math.max(...during.map((a) => a.ms))} ms, ${audited} audited, ready again ${recoveredMs} ms after the network healed`);
    expect(server.child.exitCode).toBeNull();
  } finally {
    await server.stop();
    await pgRelay.stop();
    await redisRelay.stop();
    await db.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a dead model server: the run fails with a plain message, the circuit opens, and the console and health say so', async ({ page }) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aimon-model-down-'));
  const deadPort = await freePort(); // nothing listens there
  const server = await spawnServer({
    AIMON_DATA_DIR: dataDir,
    ADMIN_TOKEN: 'model-down-spec-admin-token-0123456789',
    LOG_LEVEL: 'warn',
    MODEL_A_PROVIDER: 'openai-compatible',
    MODEL_A_BASE_URL: `http://127.0.0.1:${deadPort}/v1`,
    MODEL_A_MODEL: 'llama3.1',
    MODEL_MAX_RETRIES: '0',
    MODEL_BREAKER_FAILURES: '1',
    MODEL_BREAKER_COOLDOWN_MS: '600000',
  });
  try {
    expect((await waitReady(server)).status).toBe(200);
    const runWith = async (model: 'A' | 'B') => {
      const response = await fetch(`${server.url}/api/workflows`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ model, scenario: 'health-check' }),
      });
      expect(response.status).toBe(201);
      return ((await response.json()) as { run: { status: string; error?: string } }).run;
    };
    expect(await runWith('A')).toMatchObject({ status: 'error', error: expect.stringMatching(/not reachable/) });
    // Now refused at once, without trying the server, and said so plainly.
    expect(await runWith('A')).toMatchObject({ status: 'error', error: expect.stringMatching(/failed 1 time in a row; calls are paused for another \d+ s\.$/) });
    // The other model is not affected.
    expect(await runWith('B')).toMatchObject({ status: 'succeeded' });

    const health = await (await fetch(`${server.url}/api/health`)).json();
    expect(health.status).toBe('warning');
    expect(health.components.models).toMatchObject({ status: 'degraded', summary: 'Model A paused: model server failing' });

    await page.goto(`${server.url}/monitoring`);
    const models = page.getByRole('list', { name: 'Model servers' });
    await expect(models.locator('[data-slot="A"]')).toHaveAttribute('data-circuit', 'open');
    await expect(models.locator('[data-slot="A"]')).toContainText(/paused after 1 failure in a row \(last: ECONNREFUSED\); next trial in \d+ s; 1 call\(s\) refused/);
    await expect(models.locator('[data-slot="B"]')).toContainText('built-in simulator');
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
