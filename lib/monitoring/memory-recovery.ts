import { sharedCache } from '@/lib/cache';
import { logger } from '@/lib/telemetry';
import type { RequestWindows } from './request-windows';
import type { RecoveryRecord, ResourceFigures } from './types';

const RECOVERY_COOLDOWN_MS = 60_000;
const RECOVERIES_KEPT = 20;

/**
 * What monitoring does on a memory warning: frees what this process holds
 * (the cache's LRU, the windows' oversized lists), measures again, and keeps
 * the last RECOVERIES_KEPT attempts for the console.
 */
export class MemoryRecovery {
  private readonly log: RecoveryRecord[] = [];
  private lastAt = 0;

  constructor(
    private readonly windows: RequestWindows,
    private readonly sample: () => ResourceFigures,
  ) {}

  /** After a resource sample: recovers when memory is not ok, at most every RECOVERY_COOLDOWN_MS. */
  afterSample(figures: ResourceFigures, now: number): void {
    if (figures.memory.level !== 'ok' && now - this.lastAt >= RECOVERY_COOLDOWN_MS) {
      this.lastAt = now;
      this.recover(figures.memory.level);
    }
  }

  /** Frees the caches this process holds, then measures again. */
  recover(level: string): void {
    const before = process.memoryUsage();
    const trigger = `memory ${level}`;
    const action = 'free caches and trim windows';
    this.record({ trigger, action, outcome: 'started', detail: `heap ${Math.round(before.heapUsed / 1048576)} MiB, RSS ${Math.round(before.rss / 1048576)} MiB` });
    try {
      const entries = sharedCache().clearMemory();
      const trimmed = this.windows.trim();
      const gc = (globalThis as { gc?: () => void }).gc;
      gc?.();
      const after = this.sample();
      const freed = before.heapUsed - process.memoryUsage().heapUsed;
      const ok = after.memory.level === 'ok' || freed > 0;
      this.record({
        trigger,
        action,
        outcome: ok ? 'succeeded' : 'failed',
        detail: `dropped ${entries} cache entries and ${trimmed} window entries; heap ${freed >= 0 ? 'down' : 'up'} ${Math.abs(Math.round(freed / 1048576))} MiB; memory now ${after.memory.level}`,
      });
    } catch (error) {
      this.record({ trigger, action, outcome: 'failed', detail: error instanceof Error ? error.message : String(error) });
    }
  }

  records(): RecoveryRecord[] {
    return [...this.log];
  }

  private record(r: Omit<RecoveryRecord, 'at'>): void {
    this.log.unshift({ at: new Date().toISOString(), ...r });
    this.log.length = Math.min(this.log.length, RECOVERIES_KEPT);
    const log = r.outcome === 'failed' ? logger.warn.bind(logger) : logger.info.bind(logger);
    log({ recovery: r }, `memory recovery ${r.outcome}: ${r.detail}`);
  }
}
