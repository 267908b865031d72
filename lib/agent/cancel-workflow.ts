import { cancelRun } from './active-runs';
import { RUN_STALE_AFTER_MS } from './run-heartbeat';
import { requestCancel } from './workflow-store';

export type CancelOutcome = 'cancelled' | 'requested' | 'not_found' | 'not_running' | 'forbidden';

/**
 * Cancels a workflow from whichever replica the request reached: at once if
 * it runs here; else flagged in the database for the replica running it (it
 * stops within one heartbeat), or ended here if that replica is gone.
 */
export async function cancelWorkflow(id: string, caller: { sessionId?: string; isAdmin: boolean }): Promise<CancelOutcome> {
  const local = cancelRun(id, caller);
  if (local !== 'not_running') return local;
  const remote = await requestCancel(id, caller, new Date(Date.now() - RUN_STALE_AFTER_MS));
  return remote === 'abandoned' ? 'cancelled' : remote;
}
