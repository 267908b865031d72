import 'server-only';
import { getConfig } from '@/lib/config';
import { processSingleton } from '@/lib/runtime';
import { observeGauge } from '@/lib/telemetry';
import { databaseLeases } from './lease';
import { Scheduler } from './scheduler';
import type { JobOutcome, JobView } from './types';

export { Scheduler, leaseTtlMs } from './scheduler';
export type { JobContext, JobSpec } from './scheduler';
export type { LeaseStore } from './lease';
export { pruneRetention } from './retention';
export type * from './types';

/** The process's one scheduler (shared by instrumentation and every route bundle). */
export function scheduler(): Scheduler {
  return processSingleton('job-scheduler', () => {
    const config = getConfig();
    const s = new Scheduler({
      instanceId: config.monitoring.instanceId,
      failureThreshold: config.jobs.failureThreshold,
      leases: databaseLeases,
      // On Vercel an instance lives only while it serves: Vercel Cron calls each job instead (runJobOnce).
      onDemand: config.platform.vercel,
    });
    observeGauge('aimon.jobs.unhealthy', 'Background jobs failing repeatedly or stale on this instance', () => s.unhealthy().length);
    return s;
  });
}

/**
 * One run of a registered job, now, under its lease as the timer would run it (for /api/cron/{job}):
 * `busy` when this instance is already running it, `standby` when another instance holds the lease.
 * Undefined for a job that is not registered.
 */
export async function runJobOnce(name: string): Promise<{ outcome: JobOutcome | 'busy'; job: JobView } | undefined> {
  const s = scheduler();
  if (!s.has(name)) return undefined;
  const outcome = await s.runNow(name);
  return { outcome, job: s.report().jobs.find((j) => j.name === name)! };
}
