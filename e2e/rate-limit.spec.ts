import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { scratchDatabase, scratchDirs } from './support/scratch';
import { spawnServer, waitFor, type ServerProcess } from './support/server-process';

// Rate limits on servers of their own, with small budgets: one process under
// 50 parallel clients, and two replicas sharing PostgreSQL or Redis, which
// together must admit no more than one budget.

const ADMIN_TOKEN = 'rate-spec-admin-token-0123456789';
const SESSION_SECRET = 'rate-spec-session-secret-abcdefghijklmnopqrstuvwxyz';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

test.describe.configure({ timeout: 150_000 });

const scratch = scratchDirs('aimon-rl');
const dataDir = scratch.make;
test.afterAll(scratch.cleanup);

interface Answer {
  status: number;
  headers: Headers;
  body: { error?: { code: string; message: string } };
}

async function call(url: string, init?: RequestInit): Promise<Answer> {
  const response = await fetch(url, init);
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** `count` requests at once, spread round-robin over the servers. */
function burst(servers: ServerProcess[], count: number, pathname: string, init: (i: number) => RequestInit = () => ({})) {
  return Promise.all(Array.from({ length: count }, (_, i) => call(servers[i % servers.length]!.url + pathname, init(i))));
}

function expectLimitHeaders(answers: Answer[], limit: number) {
  const now = Date.now() / 1000;
  for (const answer of answers) {
    expect(answer.headers.get('x-ratelimit-limit')).toBe(String(limit));
    const remaining = Number(answer.headers.get('x-ratelimit-remaining'));
    expect(remaining).toBeGreaterThanOrEqual(0);
    expect(remaining).toBeLessThan(limit);
    const reset = Number(answer.headers.get('x-ratelimit-reset'));
    expect(reset).toBeGreaterThan(now - 1);
    expect(reset).toBeLessThanOrEqual(now + 61);
    if (answer.status === 429) {
      expect(answer.body.error?.code).toBe('rate_limited');
      const retryAfter = Number(answer.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(remaining).toBe(0);
    } else {
      expect(answer.headers.get('retry-after')).toBeNull();
    }
  }
}

/** Until the server is ready (migrations applied), not just answering. */
async function waitReady(server: ServerProcess): Promise<void> {
  const deadline = Date.now() + 90_000;
  while ((await waitFor(server, '/api/health/ready')).status !== 200) {
    if (Date.now() > deadline) throw new Error(`not ready:\n${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const admitted = (answers: Answer[]) => answers.filter((a) => a.status !== 429).length;

function login(server: ServerProcess, token: string, headers: Record<string, string> = {}) {
  return call(`${server.url}/api/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ token }),
  });
}

test('one server, 50 parallel clients: per address and per session budgets hold, Redis down counts in memory', async () => {
  const server = await spawnServer({
    AIMON_DATA_DIR: dataDir(),
    ADMIN_TOKEN,
    TRUST_PROXY: 'true',
    // Nothing listens there: counting must fall back to memory, not fail.
    REDIS_URL: 'redis://127.0.0.1:1',
    RATE_LIMIT_READ_PER_MIN: '20',
    RATE_LIMIT_IP_MULTIPLIER: '2',
    RATE_LIMIT_LOGIN_PER_MIN: '3',
    RATE_LIMIT_EXPENSIVE_PER_MIN: '2',
  });
  try {
    await waitReady(server);

    // MCP over HTTP: a tool that changes the fleet costs an `expensive` unit (2 × 2 per address), reads only `read` ones.
    const mcp = (name: string, args: Record<string, unknown>) =>
      call(`${server.url}/api/mcp`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'x-forwarded-for': '203.0.113.50', authorization: `Bearer ${ADMIN_TOKEN}` },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name, arguments: args } }),
      });
    const restarts = [];
    for (let i = 0; i < 5; i += 1) restarts.push(await mcp('restart_service', { service: 'redis' }));
    expect(restarts.map((a) => a.status)).toEqual([200, 200, 200, 200, 429]);
    expect(restarts[4]!.body.error?.code).toBe('rate_limited');
    expect(restarts[4]!.headers.get('retry-after')).not.toBeNull();
    const status = await mcp('get_service_status', { service: 'redis' });
    expect(status.status).toBe(200);

    // No session: the address's budget, 20 × 2.
    const anonymous = await burst([server], 50, '/api/health', () => ({ headers: { 'x-forwarded-for': '203.0.113.1' } }));
    expect(anonymous.filter((a) => a.status >= 500)).toEqual([]);
    expect(admitted(anonymous)).toBe(40);
    expectLimitHeaders(anonymous, 40);

    // One session spread over 50 addresses: the session's budget, 20.
    const created = await fetch(`${server.url}/api/session`, { headers: { 'x-forwarded-for': '203.0.113.2' } });
    const cookie = created.headers.get('set-cookie')!.split(';')[0]!;
    const oneSession = await burst([server], 50, '/api/health', (i) => ({
      headers: { cookie, 'x-forwarded-for': `198.51.100.${i + 1}` },
    }));
    expect(admitted(oneSession)).toBe(20);
    expectLimitHeaders(oneSession.filter((a) => a.status === 429), 20);

    // Login: 3 attempts a minute per address, whatever the token, cookie or not.
    const ip = { 'x-forwarded-for': '192.0.2.9' };
    const attempts = [];
    for (let i = 0; i < 3; i += 1) attempts.push((await login(server, 'wrong-token-guess', ip)).status);
    attempts.push((await login(server, ADMIN_TOKEN, { ...ip, cookie })).status);
    expect(attempts).toEqual([401, 401, 401, 429]);
    expect((await login(server, ADMIN_TOKEN, { 'x-forwarded-for': '192.0.2.10' })).status).toBe(200);

    expect(server.output()).toContain('rate-limit store unavailable: counting in memory');
    const health = await (await fetch(`${server.url}/api/health`, { headers: { 'x-forwarded-for': '192.0.2.77' } })).json();
    expect(health.components.rateLimits).toMatchObject({ status: 'degraded', detail: expect.stringContaining('Redis unreachable') });
    expect(health.status, JSON.stringify(health.reasons ?? health)).toBe('warning');
    expect(server.child.exitCode).toBeNull();
  } finally {
    await server.stop();
  }
});

test('two replicas sharing PostgreSQL admit one budget together; X-Forwarded-For is not trusted by default; no secret leaks', async () => {
  const db = await scratchDatabase('aimon_rl');
  const { admin, url } = db;
  // Local PostgreSQL trusts loopback, so this password is never needed, only carried.
  url.password = 'db-pass-secret-31337';
  const env = {
    ADMIN_TOKEN,
    SESSION_SECRET,
    DATABASE_URL: url.toString(),
    RATE_LIMIT_READ_PER_MIN: '10',
    RATE_LIMIT_IP_MULTIPLIER: '1',
    RATE_LIMIT_LOGIN_PER_MIN: '3',
  };
  const servers: ServerProcess[] = [];
  try {
    servers.push(await spawnServer({ ...env, AIMON_DATA_DIR: dataDir() }));
    await waitReady(servers[0]!);
    servers.push(await spawnServer({ ...env, AIMON_DATA_DIR: dataDir() }));
    await waitReady(servers[1]!);

    const answers = await burst(servers, 50, '/api/health');
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    expect(admitted(answers)).toBe(10);
    expectLimitHeaders(answers, 10);
    const rows = await admin.query(`SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'rate_limits'`);
    expect(rows.rows[0].n).toBe(0); // the counters live in the app's database, not the admin one
    const check = new pg.Client({ connectionString: url.toString() });
    await check.connect();
    const counters = await check.query(`SELECT key, points FROM rate_limits WHERE key LIKE 'aimon:rl:read:ip:%'`);
    await check.end();
    expect(counters.rows).toEqual([expect.objectContaining({ points: 50 })]);

    // A forged X-Forwarded-For buys no fresh login budget, on either replica.
    const statuses = [];
    for (let i = 0; i < 5; i += 1) {
      statuses.push((await login(servers[i % 2]!, 'wrong-token-guess', { 'x-forwarded-for': `10.9.8.${i}` })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);

    // Secrets stay out of pages and logs.
    for (const server of servers) {
      for (const pathname of ['/', '/admin/login', '/api/health', '/api/health/ready']) {
        const text = await (await fetch(server.url + pathname)).text();
        for (const secret of [ADMIN_TOKEN, SESSION_SECRET, 'db-pass-secret-31337']) expect(text).not.toContain(secret);
      }
      for (const secret of [ADMIN_TOKEN, SESSION_SECRET, 'db-pass-secret-31337']) expect(server.output()).not.toContain(secret);
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await db.drop();
  }
});

test('two replicas sharing Redis admit one budget together', async () => {
  // Their data in a fresh PostgreSQL database (starts faster than two embedded
  // ones); with REDIS_URL set the counters go to Redis all the same.
  const db = await scratchDatabase('aimon_rlr');
  const { url } = db;
  const env = {
    ADMIN_TOKEN,
    DATABASE_URL: url.toString(),
    REDIS_URL,
    // Redis is shared with other runs: a prefix of our own.
    RATE_LIMIT_KEY_PREFIX: `e2e-${randomUUID().slice(0, 8)}`,
    RATE_LIMIT_READ_PER_MIN: '10',
    RATE_LIMIT_IP_MULTIPLIER: '1',
  };
  const servers: ServerProcess[] = [];
  try {
    // One after the other, so that migrations run once.
    for (let i = 0; i < 2; i += 1) {
      servers.push(await spawnServer({ ...env, AIMON_DATA_DIR: dataDir() }));
      await waitReady(servers[i]!);
    }
    // Each replica reports where it counts (two requests of the shared budget).
    for (const server of servers) {
      const health = await (await fetch(`${server.url}/api/health`)).json();
      expect(health.components.rateLimits).toEqual({ status: 'up', detail: 'counting in Redis, shared by every replica' });
    }
    const answers = await burst(servers, 50, '/api/health');
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    expect(admitted(answers)).toBe(8);
    expectLimitHeaders(answers, 10);
    for (const server of servers) expect(server.output()).not.toContain('counting in memory');
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await db.drop();
  }
});
