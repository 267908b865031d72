import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { scratchDatabase, scratchDirs, type ScratchDatabase } from './support/scratch';
import { spawnServer, waitReady, type ServerProcess } from './support/server-process';

// Two replicas on one PostgreSQL and Redis, attacked and crashed the way an
// attacker and an on-call engineer would: brute force of the admin token
// spread over both, a cookie replayed on the other replica after logout, the
// MCP endpoint's fleet-changing tools without credentials, a cancel that
// reaches the replica not running the workflow, and a kill -9 in the middle
// of a workflow (the survivor serves, the run is abandoned, every job moves).

const ADMIN_TOKEN = 'replicas-spec-admin-token-0123456789';
const MCP_TOKEN = 'replicas-spec-mcp-token-abcdefghij';
const SESSION_SECRET = 'replicas-spec-session-secret-abcdefghijklmnopqrstuvwxyz';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const LOGIN_PER_MIN = 5;
// Redis is shared with other runs: counters of our own, the same for both replicas.
const KEY_PREFIX = `e2e-rep-${randomUUID().slice(0, 8)}`;
const SINGLETON_JOBS = ['alerts.evaluate', 'compare.rollup', 'retention.prune', 'snapshots.write', 'workflows.abandon'];

test.describe.configure({ mode: 'serial', timeout: 180_000 });

const scratch = scratchDirs('aimon-replicas');
let db: ScratchDatabase;
let app: pg.Client;
let a: ServerProcess;
let b: ServerProcess;

function replica(instanceId: string): Promise<ServerProcess> {
  return spawnServer({
    AIMON_DATA_DIR: scratch.make(),
    AIMON_INSTANCE_ID: instanceId,
    ADMIN_TOKEN,
    SESSION_SECRET,
    MCP_TOKENS: MCP_TOKEN,
    DATABASE_URL: db.url.toString(),
    REDIS_URL,
    RATE_LIMIT_KEY_PREFIX: KEY_PREFIX,
    RATE_LIMIT_LOGIN_PER_MIN: String(LOGIN_PER_MIN),
    // The spec varies client addresses with X-Forwarded-For.
    TRUST_PROXY: 'true',
    // Workflows slow enough to be caught in the middle.
    AIMON_SIM_LATENCY_SCALE: '8',
    WORKFLOW_TIMEOUT_MS: '600000',
  });
}

async function leases(): Promise<Record<string, string>> {
  const { rows } = await app.query<{ name: string; holder: string }>('SELECT name, holder FROM job_leases WHERE expires_at > now()');
  return Object.fromEntries(rows.map((r) => [r.name, r.holder]));
}

test.beforeAll(async () => {
  db = await scratchDatabase('aimon_replicas');
  // A first, alone, so it migrates and takes every run-once job's lease; then B stands by.
  a = await replica('replica-a');
  await waitReady(a);
  app = new pg.Client({ connectionString: db.url.toString() });
  await app.connect();
  b = await replica('replica-b');
  await waitReady(b);
});

test.afterAll(async () => {
  await Promise.all([a, b].filter(Boolean).map((s) => s.stop()));
  await app?.end();
  await db?.drop();
  scratch.cleanup();
});

const json = { 'content-type': 'application/json' };
const from = (ip: string) => ({ 'x-forwarded-for': ip });
const cookieOf = (response: Response) => (response.headers.get('set-cookie') ?? '').split(';')[0]!;

test('admin token guesses spend one login budget per address across both replicas and every route, before any body check', async () => {
  // Anonymous calls of admin routes learn nothing about the body's shape.
  const bodyless = await fetch(`${a.url}/api/faults`, { method: 'POST', headers: { ...json, ...from('198.51.100.1') }, body: '{"service":"nope"}' });
  expect(bodyless.status).toBe(401);
  const rulesless = await fetch(`${b.url}/api/admin/alert-rules`, { method: 'PUT', headers: { ...json, ...from('198.51.100.1') }, body: '{"x":1}' });
  expect(rulesless.status).toBe(401);

  const attacker = from('203.0.113.7');
  const statuses: number[] = [];
  for (let i = 0; i < LOGIN_PER_MIN + 3; i += 1) {
    const server = i % 2 === 0 ? a : b;
    const path = ['/api/admin/audit', '/api/chaos', '/api/mcp'][i % 3]!;
    const init: RequestInit =
      path === '/api/admin/audit'
        ? { headers: { authorization: `Bearer guess-${i}-xxxxxxxxxxxx`, ...attacker } }
        : path === '/api/chaos'
          ? { method: 'POST', headers: { authorization: `Bearer guess-${i}-xxxxxxxxxxxx`, ...json, ...attacker }, body: '{}' }
          : {
              method: 'POST',
              headers: { authorization: `Bearer guess-${i}-xxxxxxxxxxxx`, ...json, accept: 'application/json, text/event-stream', ...attacker },
              body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
            };
    const response = await fetch(server.url + path, init);
    statuses.push(response.status);
    if (response.status === 429) expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  }
  expect(statuses.slice(0, LOGIN_PER_MIN).every((s) => s === 401 || s === 403)).toBe(true);
  expect(statuses.slice(LOGIN_PER_MIN)).toEqual([429, 429, 429]);
  // Once spent, even the right token is refused from that address (a right guess looks like a wrong one), on either replica, and so is the login route.
  expect((await fetch(`${b.url}/api/admin/audit`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...attacker } })).status).toBe(429);
  const login = await fetch(`${a.url}/api/admin/login`, { method: 'POST', headers: { ...json, ...attacker }, body: JSON.stringify({ token: ADMIN_TOKEN }) });
  expect(login.status).toBe(429);
  // Another address is not affected, and only the guesses before the limit were audited.
  const audit = await fetch(`${a.url}/api/admin/audit?limit=200`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...from('203.0.113.8') } });
  expect(audit.status).toBe(200);
  const denied = ((await audit.json()).entries as Array<{ ip: string | null; outcome: string }>).filter((e) => e.ip === '203.0.113.7' && e.outcome === 'denied');
  expect(denied.length).toBeLessThanOrEqual(LOGIN_PER_MIN);
});

test('logout ends the admin session on every replica, and each login rotates it', async () => {
  const ip = from('192.0.2.21');
  const start = await fetch(`${a.url}/api/session`, { headers: ip });
  let cookie = cookieOf(start);
  const login = async () => {
    const response = await fetch(`${a.url}/api/admin/login`, { method: 'POST', headers: { ...json, ...ip, cookie }, body: JSON.stringify({ token: ADMIN_TOKEN }) });
    expect(response.status).toBe(200);
    return cookieOf(response) || cookie;
  };
  const isAdminOn = async (server: ServerProcess, c: string) => {
    const audit = await fetch(`${server.url}/api/admin/audit?limit=1`, { headers: { ...ip, cookie: c } });
    const session = await (await fetch(`${server.url}/api/session`, { headers: { ...ip, cookie: c } })).json();
    expect(session.session.isAdmin).toBe(audit.status === 200);
    return audit.status === 200;
  };
  const first = await login();
  expect(await isAdminOn(b, first)).toBe(true);
  cookie = first;
  const second = await login();
  // The first login's cookie was captured: the second login rotated it away.
  expect(await isAdminOn(b, first)).toBe(false);
  expect(await isAdminOn(b, second)).toBe(true);
  const logout = await fetch(`${a.url}/api/admin/logout`, { method: 'POST', headers: { ...ip, cookie: second } });
  expect(logout.status).toBe(200);
  // The cookie as it was before logout, replayed on the other replica: no longer an admin's.
  expect(await isAdminOn(b, second)).toBe(false);
  expect(await isAdminOn(a, second)).toBe(false);
});

test('MCP: fleet-changing tools need a Bearer token (401 with RFC 9728 metadata); read-only tools stay open', async () => {
  const ip = from('192.0.2.31');
  const rpc = (server: ServerProcess, name: string, args: Record<string, unknown>, token?: string) =>
    fetch(`${server.url}/api/mcp`, {
      method: 'POST',
      headers: { ...json, accept: 'application/json, text/event-stream', ...ip, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name, arguments: args } }),
    });
  const anonymous = await rpc(a, 'restart_service', { service: 'redis' });
  expect(anonymous.status).toBe(401);
  const challenge = anonymous.headers.get('www-authenticate') ?? '';
  expect(challenge).toMatch(/^Bearer /);
  const metadataUrl = /resource_metadata="([^"]+)"/.exec(challenge)?.[1];
  expect(metadataUrl).toBe(`${a.url}/.well-known/oauth-protected-resource/api/mcp`);
  const metadata = await (await fetch(metadataUrl!)).json();
  expect(metadata).toMatchObject({ resource: `${a.url}/api/mcp`, scopes_supported: ['fleet:read', 'fleet:write'], bearer_methods_supported: ['header'] });

  const read = await rpc(b, 'get_service_status', { service: 'redis' });
  expect(read.status).toBe(200);
  expect((await read.json()).result.isError).toBeFalsy();
  for (const [token, service] of [[MCP_TOKEN, 'redis'], [ADMIN_TOKEN, 'web-ui']] as const) {
    const call = await rpc(b, 'clear_cache', { service }, token);
    expect(call.status).toBe(200);
    expect((await call.json()).result.isError, token).toBeFalsy();
  }
  const wrong = await rpc(a, 'get_service_status', { service: 'redis' }, 'not-a-token-we-know-of');
  expect(wrong.status).toBe(401);
  expect(wrong.headers.get('www-authenticate')).toContain('error="invalid_token"');
});

/** Starts a workflow on `server` as a stream, and resolves with its id once the run has started. */
async function startWorkflow(server: ServerProcess, cookie: string, ip: Record<string, string>) {
  const controller = new AbortController();
  const response = await fetch(`${server.url}/api/workflows`, {
    method: 'POST',
    headers: { ...json, accept: 'text/event-stream', cookie, ...ip },
    body: JSON.stringify({ model: 'A', scenario: 'repair-degraded' }),
    signal: controller.signal,
  });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let id: string | undefined;
  while (!id) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`stream ended before run-started: ${text}`);
    text += decoder.decode(value);
    id = /"run":\{"id":"([0-9a-f-]{36})"/.exec(text)?.[1];
  }
  // Keep reading (a closed stream would cancel the run), until told to stop.
  const drained = (async () => {
    try {
      for (;;) if ((await reader.read()).done) return;
    } catch {
      // aborted, or the server died
    }
  })();
  return { id, stop: () => controller.abort(), drained };
}

async function runOn(server: ServerProcess, id: string) {
  const response = await fetch(`${server.url}/api/workflows/${id}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...from('192.0.2.99') } });
  expect(response.status).toBe(200);
  return (await response.json()).run as { status: string; error?: string };
}

test('a cancel that reaches the other replica stops the workflow', async () => {
  const ip = from('192.0.2.41');
  const cookie = cookieOf(await fetch(`${a.url}/api/session`, { headers: ip }));
  const run = await startWorkflow(a, cookie, ip);
  try {
    expect((await runOn(b, run.id)).status).toBe('running');
    const cancel = await fetch(`${b.url}/api/workflows/${run.id}/cancel`, { method: 'POST', headers: { cookie, ...ip } });
    expect(cancel.status).toBe(202);
    // A stops it within a heartbeat (5 s) and stores it as cancelled.
    await expect.poll(async () => (await runOn(b, run.id)).status, { timeout: 20_000, intervals: [500] }).toBe('cancelled');
    const again = await fetch(`${b.url}/api/workflows/${run.id}/cancel`, { method: 'POST', headers: { cookie, ...ip } });
    expect(again.status).toBe(409);
  } finally {
    run.stop();
  }
});

test('kill -9 of the replica running a workflow: the survivor serves, the run is abandoned within a minute, every job moves within 30 s', async () => {
  // A has held every run-once job since it started (B came up after it).
  await expect.poll(leases, { timeout: 30_000 }).toEqual(Object.fromEntries(SINGLETON_JOBS.map((j) => [j, 'replica-a'])));
  const ip = from('192.0.2.51');
  const cookie = cookieOf(await fetch(`${a.url}/api/session`, { headers: ip }));
  const run = await startWorkflow(a, cookie, ip);
  // In the middle of it: a few seconds in, still running.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  expect((await runOn(b, run.id)).status).toBe('running');

  a.child.kill('SIGKILL');
  const killedAt = Date.now();
  await a.exited;
  await run.drained;

  // The survivor serves at once.
  expect((await fetch(`${b.url}/api/health/live`)).status).toBe(200);
  expect((await fetch(`${b.url}/api/containers`, { headers: ip })).status).toBe(200);

  // Every run-once job moves to B within 30 s.
  let movedAfterMs = 0;
  await expect
    .poll(async () => {
      const now = await leases();
      movedAfterMs = Date.now() - killedAt;
      return SINGLETON_JOBS.every((j) => now[j] === 'replica-b');
    }, { timeout: 30_000, intervals: [500] })
    .toBe(true);
  expect(movedAfterMs).toBeLessThanOrEqual(30_000);

  // The run A left behind is marked abandoned, by B, within a minute.
  await expect.poll(async () => (await runOn(b, run.id)).status, { timeout: 60_000 - (Date.now() - killedAt), intervals: [1_000] }).toBe('abandoned');
  const abandoned = await runOn(b, run.id);
  expect(abandoned.error).toMatch(/stopped before it finished/);
  const figures = `jobs moved ${movedAfterMs} ms after kill -9; run abandoned ${Date.now() - killedAt} ms after`;
  test.info().annotations.push({ type: 'figures', description: figures });
  console.log(figures);
  // A cancel on the survivor now answers plainly: nothing is running.
  expect((await fetch(`${b.url}/api/workflows/${run.id}/cancel`, { method: 'POST', headers: { cookie, ...ip } })).status).toBe(409);
  expect(b.child.exitCode).toBeNull();
});
