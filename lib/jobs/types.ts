/** Browser-safe shapes of the background-jobs panel and `/api/health/detailed` (no server-only import). */

export type JobOutcome = 'success' | 'failure' | 'standby';

/**
 * ok: ran within its interval; failing: failed JOB_FAILURE_THRESHOLD times in a
 * row; stale: has not finished a run for three of its intervals; standby: a
 * run-once job another instance holds; pending: not run yet.
 */
export type JobStatus = 'ok' | 'failing' | 'stale' | 'standby' | 'pending';

export interface JobView {
  name: string;
  title: string;
  intervalMs: number;
  /** Runs on one instance at a time (a lease row in the database). */
  singleton: boolean;
  status: JobStatus;
  /** Why the status is not ok (shown as the reason in health). */
  reason?: string;
  running: boolean;
  lastStartedAt: string | null;
  lastEndedAt: string | null;
  lastDurationMs: number | null;
  lastOutcome: JobOutcome | null;
  lastError: string | null;
  /** What the last successful run did (e.g. "deleted 12 rows"). */
  lastDetail: string | null;
  consecutiveFailures: number;
  runs: number;
  failures: number;
  nextRunAt: string | null;
  /** For run-once jobs: the instance holding the lease, when known. */
  leaseHolder: string | null;
}

export interface JobsReport {
  instanceId: string;
  jobs: JobView[];
}
