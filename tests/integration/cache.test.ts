import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SharedCache } from '@/lib/cache/shared-cache';
import { tcpRelay } from '../support/tcp-relay';

const REDIS_URL = new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(50);
  }
}

/** A counted computation, so each test sees whether the cache answered or the source did. */
function source() {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    fn: (value: unknown) => async () => {
      calls += 1;
      return value;
    },
  };
}

describe('cache in memory (no REDIS_URL)', () => {
  it('answers from the cache until the TTL passes, keeps at most maxEntries, and forgets an invalidated prefix', async () => {
    const cache = new SharedCache({ enabled: true, keyPrefix: 't', maxEntries: 3 });
    const s = source();
    expect(await cache.cached('fleet:services', 200, s.fn({ n: 1 }))).toEqual({ n: 1 });
    expect(await cache.cached('fleet:services', 200, s.fn({ n: 2 }))).toEqual({ n: 1 });
    expect(s.calls).toBe(1);
    expect(cache.status()).toMatchObject({ store: 'memory', active: 'memory', healthy: true, hits: 1, misses: 1, memoryEntries: 1 });
    await sleep(250);
    expect(await cache.cached('fleet:services', 200, s.fn({ n: 3 }))).toEqual({ n: 3 });
    await cache.invalidate('fleet:');
    expect(await cache.cached('fleet:services', 10_000, s.fn({ n: 4 }))).toEqual({ n: 4 });
    for (const k of ['a', 'b', 'c', 'd']) await cache.cached(`m:${k}`, 10_000, s.fn(k));
    expect(cache.status().memoryEntries).toBe(3);
    expect(cache.clearMemory()).toBe(3);
    expect(cache.status().memoryEntries).toBe(0);
  });

  it('runs one computation for concurrent misses of a key, and none when disabled', async () => {
    const cache = new SharedCache({ enabled: true, keyPrefix: 't', maxEntries: 10 });
    const s = source();
    const slow = async () => {
      await sleep(50);
      return s.fn('v')();
    };
    const answers = await Promise.all(Array.from({ length: 10 }, () => cache.cached('k', 1_000, slow)));
    expect(answers).toEqual(Array(10).fill('v'));
    expect(s.calls).toBe(1);
    const off = new SharedCache({ enabled: false, keyPrefix: 't', maxEntries: 10 });
    await off.cached('k', 1_000, s.fn('w'));
    await off.cached('k', 1_000, s.fn('w'));
    expect(s.calls).toBe(3);
  });

  it('hands out the stored JSON text, sharing one entry and one computation with cached()', async () => {
    const cache = new SharedCache({ enabled: true, keyPrefix: 't', maxEntries: 10 });
    const s = source();
    const grid = { at: '2026-12-02T00:00:00.000Z', services: [{ name: 'redis', replicas: 2 }] };
    const misses = await Promise.all(Array.from({ length: 5 }, () => cache.cachedJson('fleet:services', 10_000, s.fn(grid))));
    expect(misses).toEqual(Array(5).fill(JSON.stringify(grid)));
    expect(await cache.cachedJson('fleet:services', 10_000, s.fn({ other: true }))).toBe(JSON.stringify(grid));
    expect(await cache.cached('fleet:services', 10_000, s.fn({ other: true }))).toEqual(grid);
    expect(s.calls).toBe(1);
    expect(cache.status()).toMatchObject({ hits: 2, misses: 5 });
    const off = new SharedCache({ enabled: false, keyPrefix: 't', maxEntries: 10 });
    expect(await off.cachedJson('k', 1_000, s.fn([1, 2]))).toBe('[1,2]');
    expect(s.calls).toBe(2);
  });
});

describe('cache in Redis, shared by two replicas, Redis stopped and started mid-test', () => {
  let relay: Awaited<ReturnType<typeof tcpRelay>>;
  let a: SharedCache;
  let b: SharedCache;
  const prefix = `aimon-test-cache-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    relay = await tcpRelay(Number(REDIS_URL.port || 6379));
    const url = `redis://127.0.0.1:${relay.port}`;
    a = new SharedCache({ enabled: true, redisUrl: url, keyPrefix: prefix, maxEntries: 100 });
    b = new SharedCache({ enabled: true, redisUrl: url, keyPrefix: prefix, maxEntries: 100 });
  });
  afterAll(async () => {
    await a?.invalidate('');
    await a?.close();
    await b?.close();
    await relay?.stop();
  });

  it('shares values between replicas and invalidates on both', async () => {
    const s = source();
    expect(await a.cached('fleet:services', 10_000, s.fn({ v: 1 }))).toEqual({ v: 1 });
    // The other replica finds it in Redis.
    expect(await b.cached('fleet:services', 10_000, s.fn({ v: 2 }))).toEqual({ v: 1 });
    expect(s.calls).toBe(1);
    expect(b.status()).toMatchObject({ store: 'redis', active: 'redis', healthy: true, hits: 1, misses: 0 });
    await a.refreshSize();
    expect(a.status().redisKeys).toBe(1);
    // A write on replica a drops the key for b too.
    await a.invalidate('fleet:');
    expect(await b.cached('fleet:services', 10_000, s.fn({ v: 3 }))).toEqual({ v: 3 });
    expect(s.calls).toBe(2);
  });

  it('falls back to memory without a failed call while Redis is away, reports it, and uses Redis again when it returns', async () => {
    const s = source();
    await relay.stop();
    await until(() => !a.status().healthy);
    expect(a.status()).toMatchObject({ store: 'redis', active: 'memory', healthy: false });
    expect(a.status().downSince).not.toBeNull();
    // Every call answers: first from the source, then from this process's memory.
    const during: unknown[] = [];
    for (let i = 0; i < 20; i += 1) during.push(await a.cached('metrics:x', 10_000, s.fn({ i })));
    expect(during).toEqual(Array(20).fill({ i: 0 }));
    expect(s.calls).toBe(1);
    expect(a.status().fallbacks).toBeGreaterThan(0);
    expect(a.status().memoryEntries).toBe(1);

    await relay.start();
    await until(() => a.status().healthy && b.status().healthy, 15_000);
    expect(a.status()).toMatchObject({ active: 'redis', healthy: true, memoryEntries: 0 });
    expect(a.status().lastRecoveredAt).not.toBeNull();
    // Shared again: what a computes now, b reads from Redis.
    expect(await a.cached('after', 10_000, s.fn('fresh'))).toBe('fresh');
    expect(await b.cached('after', 10_000, s.fn('other'))).toBe('fresh');
  });
});
