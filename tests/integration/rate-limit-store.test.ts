import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCounterStore, createCountersTable, RATE_LIMIT_TABLE, type CounterStore, type LimiterSpec } from '@/lib/security/rate-limit-store';
import { createPostgresBackend, type TestBackend } from '../support/backends';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

function spec(points: number): LimiterSpec {
  // A fresh prefix per case: the Redis server is shared with other runs.
  return { keyPrefix: `aimon-test:${randomUUID()}`, points, durationSec: 60 };
}

async function admitted(stores: CounterStore[], s: LimiterSpec, key: string, requests: number): Promise<number> {
  const outcomes = await Promise.all(
    Array.from({ length: requests }, (_, i) => stores[i % stores.length]!.consume(s, key)),
  );
  return outcomes.filter((o) => o.allowed).length;
}

describe('rate-limit counters', () => {
  let postgres: TestBackend;
  const stores: CounterStore[] = [];
  const make = (...args: Parameters<typeof createCounterStore>) => {
    const store = createCounterStore(...args);
    stores.push(store);
    return store;
  };

  beforeAll(async () => {
    postgres = await createPostgresBackend();
  });
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close().catch(() => undefined)));
    await postgres?.dispose();
  });

  it('memory: 50 parallel requests admit exactly the budget, and the refusal says when to retry', async () => {
    const store = make('memory');
    const s = spec(7);
    expect(await admitted([store], s, 'client', 50)).toBe(7);
    const refused = await store.consume(s, 'client');
    expect(refused.allowed).toBe(false);
    expect(refused.res.msBeforeNext).toBeGreaterThan(50_000);
    expect(refused.res.msBeforeNext).toBeLessThanOrEqual(60_000);
    // Another key has its own budget.
    expect((await store.consume(s, 'other')).allowed).toBe(true);
  });

  it('postgres: replicas creating the counters table at the same moment all find it, whichever loses the race', async () => {
    // Sixteen connections at once, twenty times: PostgreSQL answers most losers 23505 and some 42710.
    const fresh = await createPostgresBackend();
    const clients = await Promise.all(
      Array.from({ length: 16 }, async () => {
        const client = new pg.Client({ connectionString: fresh.env.DATABASE_URL });
        await client.connect();
        return client;
      }),
    );
    try {
      for (let round = 0; round < 20; round += 1) {
        await clients[0]!.query(`DROP TABLE IF EXISTS ${RATE_LIMIT_TABLE}`);
        const outcomes = await Promise.allSettled(clients.map((client) => createCountersTable(client)));
        expect(outcomes.filter((o) => o.status === 'rejected').map((o) => String((o as PromiseRejectedResult).reason))).toEqual([]);
      }
      const store = make('postgres', { postgresUrl: fresh.env.DATABASE_URL });
      expect(await store.consume(spec(1), 'after-the-race')).toMatchObject({ allowed: true, counter: 'postgres' });
    } finally {
      await Promise.all(clients.map((client) => client.end()));
      await fresh.dispose();
    }
  });

  it.each([
    ['redis', () => [make('redis', { redisUrl: REDIS_URL }), make('redis', { redisUrl: REDIS_URL })]],
    ['postgres', () => [make('postgres', { postgresUrl: postgres.env.DATABASE_URL }), make('postgres', { postgresUrl: postgres.env.DATABASE_URL })]],
  ] as const)('%s: two replicas sharing the store admit exactly the budget together', async (kind, create) => {
    const [a, b] = create();
    const s = spec(10);
    const total = await admitted([a!, b!], s, 'shared-client', 50);
    expect(total).toBe(10);
    const last = await a!.consume(s, 'shared-client');
    expect(last).toMatchObject({ allowed: false, counter: kind });
    expect(a!.healthy()).toBe(true);
  });

  it.each([
    ['redis', () => make('redis', { redisUrl: 'redis://127.0.0.1:1' })],
    ['postgres', () => make('postgres', { postgresUrl: 'postgresql://postgres:pw@127.0.0.1:1/none' })],
  ] as const)('%s down: requests are still counted, in memory, without errors or long waits', async (_kind, create) => {
    const store = create();
    const s = spec(3);
    const started = Date.now();
    const outcomes = [];
    for (let i = 0; i < 5; i += 1) outcomes.push(await store.consume(s, 'k'));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(outcomes.map((o) => o.allowed)).toEqual([true, true, true, false, false]);
    expect(outcomes.every((o) => o.counter === 'memory')).toBe(true);
    expect(store.healthy()).toBe(false);
  });
});
