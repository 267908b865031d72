import { ApiError, apiHandler, otherMethods, validate } from '@/lib/api';
import { cancelWorkflow } from '@/lib/agent';
import { recordAudit } from '@/lib/audit';
import { enforceRateLimit, requestActor } from '@/lib/security';
import { workflowIdSchema } from '../../schema';

export const dynamic = 'force-dynamic';

/**
 * Cancels a running workflow (its own session's, or any for an admin), on
 * whichever replica runs it: 202 once it is stopped or flagged to stop.
 */
export const POST = apiHandler(async (req, ctx: { params: Promise<{ id: string }> }) => {
  await enforceRateLimit(req, 'expensive');
  const { id } = validate(workflowIdSchema, await ctx.params, 'params');
  const actor = await requestActor(req);
  const result = await cancelWorkflow(id, actor);
  const done = result === 'cancelled' || result === 'requested';
  await recordAudit({ actor, action: 'workflow.cancel', resourceType: 'workflow', resourceId: id, outcome: done ? 'success' : result === 'forbidden' ? 'denied' : 'failure', error: done ? undefined : result });
  if (result === 'forbidden') throw new ApiError('forbidden', 'Only the session that started this workflow (or an admin) can cancel it.');
  if (result === 'not_found') throw new ApiError('not_found', `No workflow ${id}.`);
  if (result === 'not_running') throw new ApiError('conflict', 'This workflow is not running.');
  return Response.json({ cancelled: true }, { status: 202 });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
