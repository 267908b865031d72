/** Browser-safe shape of the cache's state (health, the console). */
export interface CacheStatus {
  enabled: boolean;
  /** Where values live when all is well. */
  store: 'memory' | 'redis';
  /** Where they live right now: memory while Redis is unreachable. */
  active: 'memory' | 'redis';
  healthy: boolean;
  hits: number;
  misses: number;
  /** Reads and writes Redis failed, answered from memory instead. */
  fallbacks: number;
  invalidations: number;
  /** Entries in this process's memory LRU. */
  memoryEntries: number;
  /** Keys under the prefix in Redis (last count; null when unknown). */
  redisKeys: number | null;
  lastError: string | null;
  downSince: string | null;
  lastRecoveredAt: string | null;
}
