import { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import { logger } from '@/lib/telemetry';
import type { CacheStatus } from './types';

/** One Redis call may take this long before memory answers instead. */
const REDIS_TIMEOUT_MS = 500;
/** After a Redis failure, use memory for this long, then try Redis again. */
const REDIS_RETRY_MS = 2_000;
const SCAN_LIMIT = 10_000;

export interface SharedCacheOptions {
  enabled: boolean;
  /** Unset: memory only. */
  redisUrl?: string;
  keyPrefix: string;
  maxEntries: number;
}

function describe(error: unknown): string {
  const e = error as { code?: string; message?: string };
  return ((e?.code ? `${e.code}: ` : '') + String(e?.message ?? error)).slice(0, 200);
}

class RedisTimeoutError extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RedisTimeoutError(`Redis call took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A computed value and the JSON it is stored as. */
interface Computed {
  value: unknown;
  json: string;
}

/**
 * Cache-aside with a TTL: in Redis (shared by every replica) when a URL is
 * given, in a bounded in-memory LRU otherwise, and in that LRU too while
 * Redis is unreachable, so a Redis outage costs freshness across replicas,
 * never a failed request. Redis is tried again a moment after a failure and
 * as soon as the connection is ready; the memory written meanwhile is dropped
 * then (other replicas may have invalidated it). Invalidations delete the
 * keys in Redis and are published so every replica drops its memory copies.
 * Concurrent misses of one key share one computation.
 */
export class SharedCache {
  private readonly memory: LRUCache<string, string>;
  private readonly redis: Redis | undefined;
  private subscriber: Redis | undefined;
  private readonly inflight = new Map<string, Promise<Computed>>();
  private down = false;
  private retryAt = 0;
  private downSince: number | null = null;
  private lastRecoveredAt: number | null = null;
  private lastError: string | null = null;
  private firstReady: Promise<void> | undefined;
  private lastLogged = 0;
  private redisKeys: number | null = null;
  hits = 0;
  misses = 0;
  fallbacks = 0;
  invalidations = 0;

  constructor(private readonly options: SharedCacheOptions) {
    this.memory = new LRUCache<string, string>({ max: options.maxEntries, ttlAutopurge: false });
    if (options.enabled && options.redisUrl) {
      this.redis = new Redis(options.redisUrl, {
        // Fail fast while disconnected so memory answers at once instead of
        // queueing requests behind a dead connection (as the rate limiter does).
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        connectTimeout: 2_000,
        // Only to end a ready check that a silent network never answers (so a
        // reconnect can succeed once it heals); calls keep their own 500 ms bound.
        // Far above that bound so a loaded machine does not cut a healthy Redis.
        commandTimeout: 5_000,
        retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
      });
      this.redis.on('error', (error: unknown) => this.markDown(error));
      this.redis.on('close', () => this.markDown(new Error('connection closed')));
      this.redis.on('ready', () => this.markUp());
      this.subscribe();
    }
  }

  private get channel(): string {
    return `${this.options.keyPrefix}:invalidate`;
  }

  private fullKey(key: string): string {
    return `${this.options.keyPrefix}:${key}`;
  }

  private subscribe(): void {
    if (!this.redis) return;
    // Pub/sub needs a connection of its own; it resubscribes by itself after a reconnect.
    const sub = this.redis.duplicate({ enableOfflineQueue: true, maxRetriesPerRequest: null });
    sub.on('error', () => undefined);
    sub.on('message', (channel: string, message: string) => {
      if (channel === this.channel) this.dropMemory(message);
    });
    void sub.subscribe(this.channel).catch(() => undefined);
    this.subscriber = sub;
  }

  private markDown(error: unknown): void {
    this.retryAt = Date.now() + REDIS_RETRY_MS;
    this.lastError = describe(error);
    if (error instanceof RedisTimeoutError) this.dropSilentConnections();
    if (this.down) return;
    this.down = true;
    this.downSince = Date.now();
    if (Date.now() - this.lastLogged > 10_000) {
      this.lastLogged = Date.now();
      logger.warn({ reason: this.lastError }, 'cache: Redis unavailable; caching in memory (per process) until it answers again');
    }
  }

  /**
   * A call that outlived its bound on a "ready" connection means a silent
   * network (packets dropped): that socket never closes by itself, so every
   * later try would wait out the bound again on the request path, and the
   * subscriber would miss every invalidation. Both reconnect in the background;
   * until one is ready, calls skip Redis at once.
   */
  private dropSilentConnections(): void {
    if (this.redis?.status === 'ready') this.redis.disconnect(true);
    if (this.subscriber?.status === 'ready') this.subscriber.disconnect(true);
  }

  private markUp(): void {
    if (!this.down) return;
    this.down = false;
    this.downSince = null;
    this.lastRecoveredAt = Date.now();
    // What was cached meanwhile may have been invalidated on another replica.
    this.memory.clear();
    logger.info('cache: Redis is back; caching in it again');
  }

  private async redisUsable(): Promise<Redis | undefined> {
    const r = this.redis;
    if (!r) return undefined;
    if (this.down && Date.now() < this.retryAt) return undefined;
    if (r.status === 'connecting' || r.status === 'connect' || r.status === 'wait') {
      // Only the first calls after start wait (briefly) for the connection.
      await (this.firstReady ??= new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 1_000);
        r.once('ready', () => {
          clearTimeout(timer);
          resolve();
        });
      }));
    }
    return r.status === 'ready' ? r : undefined;
  }

  private async read(key: string): Promise<string | undefined> {
    const r = await this.redisUsable();
    if (r) {
      try {
        const value = await withTimeout(r.get(this.fullKey(key)), REDIS_TIMEOUT_MS);
        this.markUp();
        return value ?? undefined;
      } catch (error) {
        this.markDown(error);
      }
    }
    if (this.redis) this.fallbacks += 1;
    return this.memory.get(key);
  }

  private async write(key: string, value: string, ttlMs: number): Promise<void> {
    const r = await this.redisUsable();
    if (r) {
      try {
        await withTimeout(r.set(this.fullKey(key), value, 'PX', ttlMs), REDIS_TIMEOUT_MS);
        return;
      } catch (error) {
        this.markDown(error);
      }
    }
    this.memory.set(key, value, { ttl: ttlMs });
  }

  /** The cached value of `key`, or `fn()`'s, stored for `ttlMs`. Values must be JSON. */
  async cached<T>(key: string, ttlMs: number, fn: () => Promise<T>): Promise<T> {
    if (!this.options.enabled) return fn();
    const hit = await this.lookup(key);
    if (hit !== undefined) return JSON.parse(hit) as T;
    return (await this.compute(key, ttlMs, fn)).value as T;
  }

  /**
   * The same, as the JSON text that is stored: for a route that only sends the
   * value on, a hit is answered without parsing it and serializing it again
   * (the status grid is polled by every open Tools page; that round trip was
   * most of its cost per request).
   */
  async cachedJson(key: string, ttlMs: number, fn: () => Promise<unknown>): Promise<string> {
    if (!this.options.enabled) return JSON.stringify(await fn());
    return (await this.lookup(key)) ?? (await this.compute(key, ttlMs, fn)).json;
  }

  private async lookup(key: string): Promise<string | undefined> {
    const hit = await this.read(key);
    if (hit !== undefined) this.hits += 1;
    else this.misses += 1;
    return hit;
  }

  /** `fn()` once for all concurrent misses of `key`, stored as JSON. */
  private compute(key: string, ttlMs: number, fn: () => Promise<unknown>): Promise<Computed> {
    const pending = this.inflight.get(key);
    if (pending) return pending;
    const computed = (async () => {
      try {
        const value = await fn();
        const json = JSON.stringify(value);
        await this.write(key, json, ttlMs);
        return { value, json };
      } finally {
        this.inflight.delete(key);
      }
    })();
    this.inflight.set(key, computed);
    return computed;
  }

  private dropMemory(prefix: string): number {
    let dropped = 0;
    for (const key of [...this.memory.keys()]) {
      if (key.startsWith(prefix)) {
        this.memory.delete(key);
        dropped += 1;
      }
    }
    return dropped;
  }

  /** Forgets every key starting with `prefix`, here and (through Redis) on every replica. */
  async invalidate(prefix: string): Promise<void> {
    this.invalidations += 1;
    this.dropMemory(prefix);
    const r = await this.redisUsable();
    if (!r) return;
    try {
      // One bound for the whole invalidation: an admin action waits for it.
      await withTimeout(
        (async () => {
          const keys = await this.scan(r, prefix);
          if (keys.length) await r.del(...keys);
          await r.publish(this.channel, prefix);
        })(),
        REDIS_TIMEOUT_MS,
      );
    } catch (error) {
      // Not shared: the entries expire by their TTL.
      this.markDown(error);
    }
  }

  private async scan(r: Redis, prefix: string): Promise<string[]> {
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await r.scan(cursor, 'MATCH', `${this.fullKey(prefix)}*`, 'COUNT', 200);
      cursor = next;
      keys.push(...batch);
    } while (cursor !== '0' && keys.length < SCAN_LIMIT);
    return keys;
  }

  /** Counts the keys in Redis under the prefix (for the size metric); memory-only caches skip it. */
  async refreshSize(): Promise<void> {
    const r = await this.redisUsable();
    if (!r) return;
    try {
      this.redisKeys = (await withTimeout(this.scan(r, ''), REDIS_TIMEOUT_MS * 2)).length;
    } catch (error) {
      this.markDown(error);
    }
  }

  /** Frees this process's memory copies (memory pressure); returns how many entries went. */
  clearMemory(): number {
    const n = this.memory.size;
    this.memory.clear();
    return n;
  }

  status(): CacheStatus {
    const store = this.redis ? 'redis' : 'memory';
    return {
      enabled: this.options.enabled,
      store,
      active: store === 'redis' && !this.down ? 'redis' : 'memory',
      healthy: !this.down,
      hits: this.hits,
      misses: this.misses,
      fallbacks: this.fallbacks,
      invalidations: this.invalidations,
      memoryEntries: this.memory.size,
      redisKeys: store === 'redis' ? this.redisKeys : null,
      lastError: this.lastError,
      downSince: this.downSince === null ? null : new Date(this.downSince).toISOString(),
      lastRecoveredAt: this.lastRecoveredAt === null ? null : new Date(this.lastRecoveredAt).toISOString(),
    };
  }

  async close(): Promise<void> {
    this.subscriber?.disconnect();
    this.redis?.disconnect();
  }
}
