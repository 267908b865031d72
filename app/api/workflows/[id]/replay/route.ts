import { apiHandler, eventStreamResponse, otherMethods, parseBody, rejectIfOverloaded, validate, wantsEventStream } from '@/lib/api';
import { replayWorkflow, type WorkflowEvent } from '@/lib/agent';
import { attributeSpend, refuseIfOverBudget } from '@/lib/monitoring';
import { enforceRateLimit, ensureSession, requestActor } from '@/lib/security';
import { replayWorkflowSchema, workflowIdSchema } from '../../schema';

export const dynamic = 'force-dynamic';

/**
 * Replays a finished run with a model, recorded or live, as a new run linked
 * to it; streams like POST /api/workflows. 404 unknown run, 409 still running.
 */
export const POST = apiHandler(async (req, ctx: { params: Promise<{ id: string }> }) => {
  rejectIfOverloaded();
  await enforceRateLimit(req, 'expensive');
  const { id } = validate(workflowIdSchema, await ctx.params, 'params');
  const input = await parseBody(req, replayWorkflowSchema, 1024);
  await ensureSession(req);
  const actor = await requestActor(req);
  await refuseIfOverBudget(actor.sessionId);

  // A replay's model calls count against this session's cost budget, like a run's.
  return attributeSpend(actor.sessionId, async () => {
    if (!wantsEventStream(req)) {
      const run = await replayWorkflow(id, input, actor, { signal: req.signal });
      return Response.json({ run }, { status: 201 });
    }
    return eventStreamResponse<WorkflowEvent>(
      (send) => replayWorkflow(id, input, actor, { signal: req.signal, onEvent: send }),
      (error) => (error as Error).message,
    );
  });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
