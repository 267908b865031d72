import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance, type EventLoopUtilization, type IntervalHistogram } from 'node:perf_hooks';
import v8 from 'node:v8';
import type { PoolStats } from '@/lib/db';
import type { Level, ResourceFigures } from './types';
import { round } from '@/lib/figures';

export interface ResourceThresholds {
  warnPct: number;
  criticalPct: number;
  eventLoopDelayWarnMs: number;
  eventLoopDelayCriticalMs: number;
}

/** Self-protection figures the sampler reads besides the process's own (lib/config `protection`). */
export interface ProtectionInputs {
  dataDir: string;
  diskWarnPct: number;
  diskCriticalPct: number;
  dbQueryWarnMs: number;
  dbQueryCriticalMs: number;
  inflightWarn: number;
  inflightCritical: number;
  /** Query time of recent database spans. */
  dbQuery: () => { count: number; avg_ms: number | null; p95_ms: number | null; window_sec: number };
  inFlight: () => { current: number; peak: number; refused: number };
}

/** Disk use of the volume holding `dir` (statfs), or null when it cannot be read. */
export function diskUsage(dir: string): { total_bytes: number; used_bytes: number; used_percent: number } | null {
  try {
    // The data directory may not exist yet (PostgreSQL mode): its parent is on the same volume.
    let target = dir;
    while (!fs.existsSync(target) && target !== '/' && target !== '.') target = path.dirname(target);
    const st = fs.statfsSync(target);
    const total = st.blocks * st.bsize;
    // Like df: used against what non-root users may use (bavail), not the raw free count.
    const used = (st.blocks - st.bfree) * st.bsize;
    const usable = used + st.bavail * st.bsize;
    if (!total || !usable) return null;
    return { total_bytes: total, used_bytes: used, used_percent: round((100 * used) / usable, 1) };
  } catch {
    return null;
  }
}

export function levelOf(value: number, warn: number, critical: number): Level {
  return value >= critical ? 'critical' : value >= warn ? 'warning' : 'ok';
}

/**
 * Samples the process: memory against its limit (the cgroup limit when there
 * is one, else the machine's), CPU % of the cores this process may use,
 * event-loop delay p99 (perf_hooks histogram, reset each sample) and
 * utilization, and the database pool. Each sample covers the time since the previous one.
 */
export class ResourceSampler {
  private readonly histogram: IntervalHistogram;
  private lastCpu = process.cpuUsage();
  private lastWall = performance.now();
  private lastElu: EventLoopUtilization = performance.eventLoopUtilization();
  private latest: ResourceFigures = emptyFigures();

  constructor(
    private readonly thresholds: () => ResourceThresholds,
    private readonly protection?: ProtectionInputs,
  ) {
    this.histogram = monitorEventLoopDelay({ resolution: 10 });
    this.histogram.enable();
  }

  sample(pool: { kind: 'postgres' | 'embedded'; stats: PoolStats | null }, activeSessions: number): ResourceFigures {
    const t = this.thresholds();
    const mem = process.memoryUsage();
    const heapLimit = v8.getHeapStatistics().heap_size_limit;
    // constrainedMemory() is the cgroup limit (0 or a huge number when unlimited).
    const constrained = typeof process.constrainedMemory === 'function' ? process.constrainedMemory() : 0;
    const limit = constrained && constrained < os.totalmem() ? constrained : os.totalmem();
    const rssPct = (100 * mem.rss) / limit;
    const heapPct = (100 * mem.heapUsed) / heapLimit;

    const now = performance.now();
    const cpu = process.cpuUsage(this.lastCpu);
    const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
    const wallUs = Math.max(1, (now - this.lastWall) * 1000);
    const cpuPct = Math.min(100, (100 * (cpu.user + cpu.system)) / wallUs / cores);
    this.lastCpu = process.cpuUsage();
    this.lastWall = now;

    const elu = performance.eventLoopUtilization(this.lastElu);
    this.lastElu = performance.eventLoopUtilization();
    const h = this.histogram;
    const delayP99 = h.count > 0 ? h.percentile(99) / 1e6 : 0;
    const delayMean = h.count > 0 ? h.mean / 1e6 : 0;
    h.reset();

    const stats = pool.stats;
    const usedPct = stats ? (100 * (stats.total - stats.idle)) / stats.max : 0;
    const memPct = Math.max(rssPct, heapPct);
    this.latest = {
      sampled_at: new Date().toISOString(),
      memory: {
        rss_bytes: mem.rss,
        heap_used_bytes: mem.heapUsed,
        heap_total_bytes: mem.heapTotal,
        heap_limit_bytes: heapLimit,
        limit_bytes: limit,
        rss_percent: round(rssPct, 1),
        heap_percent: round(heapPct, 1),
        level: levelOf(memPct, t.warnPct, t.criticalPct),
      },
      cpu: { percent: round(cpuPct, 1), cores, level: levelOf(cpuPct, t.warnPct, t.criticalPct) },
      event_loop: {
        delay_p99_ms: round(delayP99, 2),
        delay_mean_ms: round(delayMean, 2),
        utilization_percent: round(100 * elu.utilization, 1),
        level: levelOf(delayP99, t.eventLoopDelayWarnMs, t.eventLoopDelayCriticalMs),
      },
      // PGlite has one in-process connection and no pool: nothing to report.
      database_pool:
        pool.kind === 'postgres' && stats
            ? {
                kind: 'postgres',
                ...stats,
                used_percent: round(usedPct, 1),
                // Requests waiting for a connection mean the pool is exhausted, whatever the percentage.
                level: stats.waiting > 0 ? 'critical' : levelOf(usedPct, t.warnPct, t.criticalPct),
              }
            : null,
      active_sessions: activeSessions,
      ...this.protectionFigures(),
    };
    return this.latest;
  }

  private protectionFigures(): Pick<ResourceFigures, 'disk' | 'db_query' | 'in_flight'> {
    const p = this.protection;
    if (!p) {
      const empty = emptyFigures();
      return { disk: empty.disk, db_query: empty.db_query, in_flight: empty.in_flight };
    }
    const disk = diskUsage(p.dataDir);
    const q = p.dbQuery();
    const f = p.inFlight();
    // The worse of average and p95: a few very slow queries matter as much as a slow average.
    const qLevel = q.p95_ms === null ? 'ok' : worst(levelOf(q.avg_ms ?? 0, p.dbQueryWarnMs, p.dbQueryCriticalMs), levelOf(q.p95_ms, p.dbQueryWarnMs, p.dbQueryCriticalMs));
    return {
      disk: disk ? { ...disk, warn_pct: p.diskWarnPct, critical_pct: p.diskCriticalPct, level: levelOf(disk.used_percent, p.diskWarnPct, p.diskCriticalPct) } : null,
      db_query: { ...q, warn_ms: p.dbQueryWarnMs, critical_ms: p.dbQueryCriticalMs, level: qLevel },
      in_flight: { ...f, warn: p.inflightWarn, critical: p.inflightCritical, level: levelOf(f.current, p.inflightWarn, p.inflightCritical) },
    };
  }

  /** Re-reads the in-flight count only (cheap; health asks between samples). */
  figures(): ResourceFigures {
    const p = this.protection;
    if (!p || this.latest.sampled_at === null) return this.latest;
    const f = p.inFlight();
    return { ...this.latest, in_flight: { ...f, warn: p.inflightWarn, critical: p.inflightCritical, level: levelOf(f.current, p.inflightWarn, p.inflightCritical) } };
  }

  stop(): void {
    this.histogram.disable();
  }
}

export function emptyFigures(): ResourceFigures {
  return {
    sampled_at: null,
    memory: { rss_bytes: 0, heap_used_bytes: 0, heap_total_bytes: 0, heap_limit_bytes: 0, limit_bytes: 0, rss_percent: 0, heap_percent: 0, level: 'ok' },
    cpu: { percent: 0, cores: 1, level: 'ok' },
    event_loop: { delay_p99_ms: 0, delay_mean_ms: 0, utilization_percent: 0, level: 'ok' },
    database_pool: null,
    active_sessions: 0,
    disk: null,
    db_query: { count: 0, avg_ms: null, p95_ms: null, window_sec: 300, warn_ms: 2000, critical_ms: 5000, level: 'ok' },
    in_flight: { current: 0, peak: 0, refused: 0, warn: 50, critical: 100, level: 'ok' },
  };
}

function worst(a: Level, b: Level): Level {
  return a === 'critical' || b === 'critical' ? 'critical' : a === 'warning' || b === 'warning' ? 'warning' : 'ok';
}
