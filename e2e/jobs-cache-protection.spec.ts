import { expect, test } from '@playwright/test';
import pg from 'pg';
import { tcpRelay } from '../tests/support/tcp-relay';
import { scratchDatabase, scratchDirs } from './support/scratch';
import { spawnServer, waitReady, type ServerProcess } from './support/server-process';

// Servers of their own: short job intervals, two replicas on a fresh
// PostgreSQL database, Redis behind a relay we cut, a low overload threshold.

const ADMIN_TOKEN = 'jobs-spec-admin-token-0123456789';
const SESSION_SECRET = 'jobs-spec-session-secret-abcdefghijklmnopqrstuvwxyz';
const REDIS_URL = new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
const EVAL_INTERVAL_MS = 1_000;

test.describe.configure({ timeout: 150_000 });

const scratch = scratchDirs('aimon-jobs');
const dataDir = scratch.make;
test.afterAll(scratch.cleanup);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface JobView {
  name: string;
  status: string;
  runs: number;
  leaseHolder: string | null;
  lastOutcome: string | null;
}
interface Detailed {
  status: string;
  reasons: string[];
  components: Record<string, { status: string; detail: string }>;
  jobs: { instanceId: string; jobs: JobView[] };
  cache: { store: string; active: string; healthy: boolean; hits: number; misses: number; fallbacks: number; lastRecoveredAt: string | null };
  resources: { in_flight: { current: number; critical: number; refused: number } };
}

async function detailed(server: ServerProcess): Promise<Detailed> {
  const response = await fetch(`${server.url}/api/health/detailed`);
  return (await response.json()) as Detailed;
}

async function jobOf(server: ServerProcess, name: string): Promise<JobView> {
  return (await detailed(server)).jobs.jobs.find((j) => j.name === name)!;
}

test('a run-once job runs on exactly one of two replicas, and moves to the other within two intervals when that one stops', async () => {
  const db = await scratchDatabase('aimon_jobs');
  const url = db.url;
  const env = {
    ADMIN_TOKEN,
    SESSION_SECRET,
    DATABASE_URL: url.toString(),
    LOG_LEVEL: 'warn',
    MONITORING_WARMUP_SEC: '0',
    MONITORING_EVAL_INTERVAL_MS: String(EVAL_INTERVAL_MS),
    RATE_LIMIT_STORE: 'memory',
  };
  const servers: ServerProcess[] = [];
  const appDb = new pg.Client({ connectionString: url.toString() });
  try {
    servers.push(await spawnServer({ ...env, AIMON_DATA_DIR: dataDir(), AIMON_INSTANCE_ID: 'replica-a' }));
    servers.push(await spawnServer({ ...env, AIMON_DATA_DIR: dataDir(), AIMON_INSTANCE_ID: 'replica-b' }));
    for (const s of servers) expect((await waitReady(s)).status).toBe(200);
    await appDb.connect();

    // Both have run (or declined) the job a few times: one runs it, the other stands by.
    await expect.poll(async () => (await Promise.all(servers.map((s) => jobOf(s, 'alerts.evaluate')))).map((j) => j.lastOutcome).sort(), { timeout: 20_000 })
      .toEqual(['standby', 'success']);
    const before = await Promise.all(servers.map((s) => jobOf(s, 'alerts.evaluate')));
    const holderIndex = before.findIndex((j) => j.status === 'ok');
    const holder = servers[holderIndex]!;
    const other = servers[1 - holderIndex]!;
    const holderId = holderIndex === 0 ? 'replica-a' : 'replica-b';
    const otherId = holderIndex === 0 ? 'replica-b' : 'replica-a';
    expect(before[1 - holderIndex]).toMatchObject({ status: 'standby', leaseHolder: holderId });
    // Over three intervals only the holder runs it.
    await sleep(3 * EVAL_INTERVAL_MS);
    const after = await Promise.all([jobOf(holder, 'alerts.evaluate'), jobOf(other, 'alerts.evaluate')]);
    expect(after[0].runs).toBeGreaterThanOrEqual(before[holderIndex]!.runs + 2);
    expect(after[1].runs).toBe(before[1 - holderIndex]!.runs);
    expect(after[1]).toMatchObject({ status: 'standby', leaseHolder: holderId });
    const lease = await appDb.query(`SELECT holder FROM job_leases WHERE name = 'alerts.evaluate'`);
    expect(lease.rows).toEqual([{ holder: holderId }]);
    // Per-instance jobs run on both.
    for (const s of servers) expect((await jobOf(s, 'rollups.write')).lastOutcome).toBe('success');

    await holder.stop();
    const stoppedAt = Date.now();
    let movedAfter = Infinity;
    while (Date.now() - stoppedAt < 10_000) {
      const rows = await appDb.query(`SELECT holder FROM job_leases WHERE name = 'alerts.evaluate'`);
      if (rows.rows[0]?.holder === otherId) {
        movedAfter = Date.now() - stoppedAt;
        break;
      }
      await sleep(50);
    }
    expect(movedAfter).toBeLessThanOrEqual(2 * EVAL_INTERVAL_MS);
    await expect.poll(async () => (await jobOf(other, 'alerts.evaluate')).status, { timeout: 5_000 }).toBe('ok');
    const taken = await jobOf(other, 'alerts.evaluate');
    expect(taken).toMatchObject({ leaseHolder: otherId, lastOutcome: 'success' });
    expect(taken.runs).toBeGreaterThanOrEqual(1);
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await appDb.end().catch(() => undefined);
    await db.drop();
  }
});

test('the cache in Redis: Redis cut and restored mid-run, no failed request, fallback and recovery in health and metrics', async () => {
  const relay = await tcpRelay(Number(REDIS_URL.port || 6379));
  const server = await spawnServer({
    AIMON_DATA_DIR: dataDir(),
    ADMIN_TOKEN,
    LOG_LEVEL: 'warn',
    REDIS_URL: `redis://127.0.0.1:${relay.port}`,
    RATE_LIMIT_STORE: 'memory',
    CACHE_KEY_PREFIX: `aimon-e2e-${process.pid}-${Date.now()}`,
    CACHE_CONTAINERS_TTL_MS: '60000',
  });
  const statuses: number[] = [];
  const read = async () => {
    for (const p of ['/api/containers', '/api/metrics']) {
      const response = await fetch(server.url + p);
      statuses.push(response.status);
      await response.arrayBuffer();
    }
  };
  try {
    expect((await waitReady(server)).status).toBe(200);
    const first = await (await fetch(`${server.url}/api/containers`)).json();
    for (let i = 0; i < 5; i += 1) await read();
    let h = await detailed(server);
    expect(h.cache).toMatchObject({ store: 'redis', active: 'redis', healthy: true });
    expect(h.cache.hits).toBeGreaterThan(0);
    expect(h.components.cache!.status).toBe('up');
    // The grid comes from the cache: the same snapshot (its `at`) twice within the TTL. Polled: on a busy
    // machine one Redis read can outlast its 500 ms bound, and that read is computed afresh (a new `at`).
    const gridAt = async () => ((await (await fetch(`${server.url}/api/containers`)).json()) as { at: string }).at;
    await expect.poll(async () => { const a = await gridAt(); return a === first.at || a === (await gridAt()); }, { timeout: 10_000 }).toBe(true);

    await relay.stop();
    for (let i = 0; i < 10; i += 1) {
      await read();
      await sleep(100);
    }
    h = await detailed(server);
    expect(h.cache).toMatchObject({ active: 'memory', healthy: false });
    expect(h.cache.fallbacks).toBeGreaterThan(0);
    expect(h.components.cache).toMatchObject({ status: 'degraded' });
    expect(h.status).toBe('warning');
    expect(h.reasons.join(' ')).toContain('Redis unreachable');

    await relay.start();
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      await read();
      h = await detailed(server);
      if (h.cache.healthy) break;
      await sleep(200);
    }
    expect(h.cache).toMatchObject({ active: 'redis', healthy: true });
    expect(h.cache.lastRecoveredAt).not.toBeNull();
    expect(h.components.cache!.status).toBe('up');
    expect(statuses.length).toBeGreaterThan(30);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);

    const prom = await (await fetch(`${server.url}/metrics`)).text();
    expect(prom).toMatch(/aimon_cache_hits(_total)?\{[^}]*\} [1-9]/);
    expect(prom).toMatch(/aimon_cache_misses(_total)?\{/);
    expect(prom).toMatch(/aimon_cache_entries\{/);
  } finally {
    await server.stop();
    await relay.stop();
  }
});

test('overloaded: expensive routes answer 503 with Retry-After while the probes keep answering', async () => {
  const server = await spawnServer({
    AIMON_DATA_DIR: dataDir(),
    ADMIN_TOKEN,
    LOG_LEVEL: 'warn',
    INFLIGHT_WARN: '2',
    INFLIGHT_CRITICAL: '4',
    OVERLOAD_RETRY_AFTER_SEC: '7',
    RATE_LIMIT_ENABLED: 'false',
    AIMON_SIM_LATENCY_SCALE: '0',
  });
  try {
    expect((await waitReady(server)).status).toBe(200);
    const workflow = () =>
      fetch(`${server.url}/api/workflows`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ model: 'A', scenario: 'health-check' }),
      });
    // Below the threshold the expensive route works.
    const calm = await workflow();
    expect(calm.status).toBe(201);
    await calm.arrayBuffer();

    const slow = Array.from({ length: 8 }, () => fetch(`${server.url}/api/demo/work?ms=4000`).then((r) => r.status));
    await expect.poll(async () => (await detailed(server)).resources.in_flight.current, { timeout: 3_000 }).toBeGreaterThan(4);
    const busy = await workflow();
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('7');
    const body = (await busy.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('overloaded');
    expect(body.error.message).toMatch(/busy/);
    // The other expensive routes are refused the same way, before any work or auth.
    const post = (path: string, payload: unknown) =>
      fetch(`${server.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(payload) });
    for (const [path, payload] of [
      ['/api/chat', { model: 'A', message: 'Which services are down?' }],
      ['/api/compare/ask', { prompt: 'Which services are down?' }],
      ['/api/load-test/start', { users: 2, durationSec: 5, scenario: 'health' }],
    ] as const) {
      const refused = await post(path, payload);
      expect(refused.status, path).toBe(503);
      expect(refused.headers.get('retry-after'), path).toBe('7');
      expect(((await refused.json()) as { error: { code: string } }).error.code, path).toBe('overloaded');
    }
    for (let i = 0; i < 5; i += 1) {
      const live = await fetch(`${server.url}/api/health/live`);
      expect(live.status).toBe(200);
      const ready = await fetch(`${server.url}/api/health/ready`);
      expect(ready.status).toBe(200);
      // Cheap reads are not refused either.
      expect((await fetch(`${server.url}/api/containers`)).status).toBe(200);
    }
    const h = await detailed(server);
    expect(h.resources.in_flight.refused).toBeGreaterThanOrEqual(1);
    // Every slow request finished normally, and then the route works again.
    expect(await Promise.all(slow)).toEqual(Array(8).fill(200));
    const again = await workflow();
    expect(again.status).toBe(201);
  } finally {
    await server.stop();
  }
});
