import { apiHandler, otherMethods, validate } from '@/lib/api';
import { cancelWorkflowAs } from '@/lib/agent';
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
  await cancelWorkflowAs(id, await requestActor(req));
  return Response.json({ cancelled: true }, { status: 202 });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
