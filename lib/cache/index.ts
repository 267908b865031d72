import 'server-only';
import { getConfig } from '@/lib/config';
import { processSingleton } from '@/lib/runtime';
import { observeCounter, observeGauge } from '@/lib/telemetry';
import { SharedCache } from './shared-cache';

export { SharedCache } from './shared-cache';
export type { SharedCacheOptions } from './shared-cache';
export type { CacheStatus } from './types';

/** The process's cache (one per process, shared by every route bundle). */
export function sharedCache(): SharedCache {
  return processSingleton('shared-cache', () => {
    const { cache, redisUrl } = getConfig();
    const useRedis = cache.store === 'redis' || (cache.store === 'auto' && Boolean(redisUrl));
    if (cache.store === 'redis' && !redisUrl) throw new Error('CACHE_STORE=redis needs REDIS_URL');
    const c = new SharedCache({ enabled: cache.enabled, redisUrl: useRedis ? redisUrl : undefined, keyPrefix: cache.keyPrefix, maxEntries: cache.maxEntries });
    observeCounter('aimon.cache.hits', 'Cache reads answered from the cache', () => c.hits);
    observeCounter('aimon.cache.misses', 'Cache reads that had to compute the value', () => c.misses);
    observeCounter('aimon.cache.fallbacks', 'Cache calls answered from memory because Redis was unreachable', () => c.fallbacks);
    observeGauge('aimon.cache.entries', 'Entries in the cache (Redis keys under the prefix, or the memory LRU)', () => {
      const s = c.status();
      return s.store === 'redis' && s.redisKeys !== null ? s.redisKeys : s.memoryEntries;
    });
    observeGauge('aimon.cache.redis.up', '1 while the cache uses Redis, 0 while it falls back to memory (or has no Redis)', () => (c.status().active === 'redis' ? 1 : 0));
    return c;
  });
}

/**
 * Cache-aside in one line: `await cached('compare:summary', 5_000, () => aggregate())`.
 * Keys are namespaced by a prefix you can invalidate (`fleet:`, `compare:`).
 */
export function cached<T>(key: string, ttlMs: number, fn: () => Promise<T>): Promise<T> {
  return sharedCache().cached(key, ttlMs, fn);
}

/** The cached JSON text of `key` (see SharedCache.cachedJson): for a route that sends the value as it is. */
export function cachedJson(key: string, ttlMs: number, fn: () => Promise<unknown>): Promise<string> {
  return sharedCache().cachedJson(key, ttlMs, fn);
}

/** After a write that changes cached reads: drops every key starting with `prefix`, on every replica. */
export function invalidateCache(prefix: string): Promise<void> {
  return sharedCache().invalidate(prefix);
}
