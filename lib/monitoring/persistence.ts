import type { MonitoringConfig } from '@/lib/config';
import { db } from '@/lib/db';
import type { AiStats } from './ai-stats';
import type { AlertRules } from './alert-rules';
import { pruneSpend, spendLedger } from './spend';
import { Bucket, MINUTE_MS, type RequestWindows, statsOf } from './request-windows';
import type { ResourceSampler } from './resources';
import { listSnapshots, pruneAlerts, pruneRollups, pruneSnapshots, readClusterMinutes, writeRollups, writeSnapshot, type ClusterMinutes } from './store';

const CLUSTER_CACHE_MS = 4_000;

/** What persistence reads of the monitor it belongs to. */
export interface PersistenceInputs {
  readonly config: MonitoringConfig;
  readonly windows: RequestWindows;
  readonly sampler: ResourceSampler;
  readonly ai: AiStats;
  openAlerts(): number;
  /** The rules in force: the spend ledger is kept as long as the budgets look back. */
  currentRules(): AlertRules;
}

/**
 * What monitoring keeps in the database so that replicas add up: this
 * instance's minute rollups, the cluster snapshot that merges every
 * instance's, the last hour of every instance's minutes (read, cached
 * briefly), and their retention.
 */
export class MetricsPersistence {
  private flushing = false;
  private lastSnapshotSlot = 0;
  private clusterCache: { at: number; value: Promise<ClusterMinutes> } | undefined;

  constructor(private readonly inputs: PersistenceInputs) {}

  private get config(): MonitoringConfig {
    return this.inputs.config;
  }

  /** Writes this instance's changed minute rollups (they are marked dirty again if the write fails). */
  async writeRollupsNow(): Promise<string> {
    if (this.flushing) return 'previous write still running';
    this.flushing = true;
    const dirty = this.inputs.windows.dirtyMinutes();
    try {
      for (const b of dirty) b.dirty = false;
      const prisma = await db();
      await writeRollups(prisma, this.config.instanceId, dirty);
      await spendLedger().write(prisma, this.config.instanceId);
      return `${dirty.length} minute(s) written`;
    } catch (error) {
      for (const b of dirty) b.dirty = true;
      throw error;
    } finally {
      this.flushing = false;
    }
  }

  /** Rollups, then the snapshot if one is due (kept for callers that want both at once). */
  async flush(now = Date.now()): Promise<void> {
    await this.writeRollupsNow();
    await this.snapshotIfDue(now);
  }

  /** The `snapshots.write` job. */
  async snapshotJob(now = Date.now()): Promise<string> {
    return (await this.snapshotIfDue(now)) ? 'snapshot written' : 'no snapshot due';
  }

  /** Old rollups, snapshots beyond MONITORING_SNAPSHOT_KEEP and resolved alerts beyond ALERT_HISTORY_KEEP (the retention job). */
  async prune(now = Date.now()): Promise<void> {
    const prisma = await db();
    await pruneRollups(prisma, now - this.config.rollupRetentionHours * 3_600_000);
    await pruneSpend(prisma, now - Math.max(this.config.rollupRetentionHours, this.inputs.currentRules().budgets.modelWindowHours) * 3_600_000);
    await pruneAlerts(prisma, this.config.alerts.historyKeep);
    await pruneSnapshots(prisma, this.config.snapshotKeep);
  }

  private async snapshotIfDue(now: number): Promise<boolean> {
    const interval = this.config.snapshotIntervalSec * 1000;
    const slot = Math.floor(now / interval) * interval;
    if (slot <= this.lastSnapshotSlot) return false;
    this.lastSnapshotSlot = slot;
    const prisma = await db();
    const cluster = await readClusterMinutes(prisma, slot - interval);
    const sum = new Bucket();
    for (const [t, b] of cluster.minutes) if (t < slot) sum.add(b);
    await writeSnapshot(prisma, slot, this.config.instanceId, {
      instances: cluster.instances,
      requests: statsOf(`${this.config.snapshotIntervalSec}s`, interval / 1000, sum),
      resources: this.inputs.sampler.figures(),
      ai: this.inputs.ai.figures().totals,
      open_alerts: this.inputs.openAlerts(),
    });
    await pruneSnapshots(prisma, this.config.snapshotKeep);
    return true;
  }

  /** Every instance's minutes of the last hour, read at most every CLUSTER_CACHE_MS. */
  clusterMinutes(): Promise<ClusterMinutes> {
    const now = Date.now();
    if (!this.clusterCache || now - this.clusterCache.at > CLUSTER_CACHE_MS) {
      const value = db().then((prisma) => readClusterMinutes(prisma, Math.floor(now / MINUTE_MS) * MINUTE_MS - 59 * MINUTE_MS));
      value.catch(() => undefined);
      this.clusterCache = { at: now, value };
    }
    return this.clusterCache.value;
  }
}

/** The cluster snapshots, newest first (GET /api/metrics/snapshots). */
export async function recentSnapshots(limit: number): ReturnType<typeof listSnapshots> {
  return listSnapshots(await db(), limit);
}
