import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { SharedCache } from '@/lib/cache/shared-cache';
import { createCounterStore, type CounterStore } from '@/lib/security/rate-limit-store';
import { tcpRelay } from '../support/tcp-relay';

/**
 * A silent Redis: the network drops every packet, so no call errors by itself
 * and the connection stays "ready" for ever. Only the first call after the
 * silence may wait out its bound; the ones after it must skip Redis at once
 * (not pay the bound again every retry window), and both clients must use
 * Redis again after the network heals, although the connections caught in the
 * silence never close.
 */
const REDIS_PORT = Number(new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379').port || 6379);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = Date.now();
  const value = await fn();
  return { ms: Date.now() - started, value };
}

async function until(check: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(100);
  }
}

describe('Redis behind a blackhole', () => {
  const closers: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const close of closers.reverse()) await close().catch(() => undefined);
  });

  it('cache: one bounded call, then memory at once for the whole outage (past the retry window), Redis again after it heals', async () => {
    const relay = await tcpRelay(REDIS_PORT);
    closers.push(() => relay.stop());
    const prefix = `aimon-test-bh-${randomUUID().slice(0, 8)}`;
    const cache = new SharedCache({ enabled: true, redisUrl: `redis://127.0.0.1:${relay.port}`, keyPrefix: prefix, maxEntries: 100 });
    closers.push(() => cache.close());
    let computed = 0;
    const compute = async () => ++computed;
    await until(async () => (await cache.cached('warm', 60_000, compute), cache.status().active === 'redis'), 10_000);

    relay.blackhole();
    const first = await timed(() => cache.cached('k', 60_000, compute));
    expect(first.ms).toBeLessThan(1_500);
    expect(cache.status()).toMatchObject({ healthy: false, active: 'memory' });
    // Past the 2 s retry window: a silent connection kept "ready" would make these wait again.
    const slow: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      slow.push((await timed(() => cache.cached(`k${i % 3}`, 60_000, compute))).ms);
      slow.push((await timed(() => cache.invalidate('k'))).ms);
      await sleep(300);
    }
    expect(Math.max(...slow)).toBeLessThan(100);
    expect(relay.silenced).toBeGreaterThan(0);

    relay.heal();
    await until(() => cache.status().healthy && cache.status().active === 'redis', 15_000);
    const value = await cache.cached('after-heal', 60_000, async () => 'shared');
    expect(value).toBe('shared');
  }, 40_000);

  it('rate-limit counters: one bounded call, then the memory counter at once, the shared counter again after it heals', async () => {
    const relay = await tcpRelay(REDIS_PORT);
    closers.push(() => relay.stop());
    const store: CounterStore = createCounterStore('redis', { redisUrl: `redis://127.0.0.1:${relay.port}` });
    closers.push(() => store.close());
    const spec = { keyPrefix: `aimon-test-bh:${randomUUID()}`, points: 1_000, durationSec: 60 };
    await until(async () => (await store.consume(spec, 'ip')).counter === 'redis', 10_000);

    relay.blackhole();
    const first = await timed(() => store.consume(spec, 'ip'));
    expect(first.ms).toBeLessThan(2_500);
    expect(first.value.counter).toBe('memory');
    expect(store.healthy()).toBe(false);
    // Past the 5 s retry window, consume and peek keep answering at once.
    const later: number[] = [];
    const endAt = Date.now() + 7_000;
    while (Date.now() < endAt) {
      const c = await timed(() => store.consume(spec, 'ip'));
      expect(c.value.counter).toBe('memory');
      later.push(c.ms, (await timed(() => store.peek(spec, 'ip'))).ms);
      await sleep(250);
    }
    expect(Math.max(...later)).toBeLessThan(100);

    relay.heal();
    await until(async () => (await store.consume(spec, 'ip')).counter === 'redis', 20_000);
    expect(store.healthy()).toBe(true);
  }, 50_000);
});
