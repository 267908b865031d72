import { recordAudit, type AuditActor } from '@/lib/audit';
import { AppError } from '@/lib/errors';
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

/**
 * The cancel action (its own session's run, or any for an admin): audited with
 * its outcome; a refusal is a domain error (403, 404, 409).
 */
export async function cancelWorkflowAs(id: string, actor: AuditActor): Promise<void> {
  const result = await cancelWorkflow(id, actor);
  const done = result === 'cancelled' || result === 'requested';
  await recordAudit({ actor, action: 'workflow.cancel', resourceType: 'workflow', resourceId: id, outcome: done ? 'success' : result === 'forbidden' ? 'denied' : 'failure', error: done ? undefined : result });
  if (result === 'forbidden') throw new AppError('forbidden', 'Only the session that started this workflow (or an admin) can cancel it.');
  if (result === 'not_found') throw new AppError('not_found', `No workflow ${id}.`);
  if (result === 'not_running') throw new AppError('conflict', 'This workflow is not running.');
}
