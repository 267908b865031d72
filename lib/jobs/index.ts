import 'server-only';
import { getConfig } from '@/lib/config';
import { processSingleton } from '@/lib/runtime/process-singleton';
import { observeGauge } from '@/lib/telemetry';
import { databaseLeases } from './lease';
import { Scheduler } from './scheduler';

export { Scheduler, leaseTtlMs } from './scheduler';
export type { JobContext, JobSpec } from './scheduler';
export type { LeaseStore } from './lease';
export { pruneRetention } from './retention';
export type * from './types';

/** The process's one scheduler (shared by instrumentation and every route bundle). */
export function scheduler(): Scheduler {
  return processSingleton('job-scheduler', () => {
    const config = getConfig();
    const s = new Scheduler({ instanceId: config.monitoring.instanceId, failureThreshold: config.jobs.failureThreshold, leases: databaseLeases });
    observeGauge('aimon.jobs.unhealthy', 'Background jobs failing repeatedly or stale on this instance', () => s.unhealthy().length);
    return s;
  });
}
