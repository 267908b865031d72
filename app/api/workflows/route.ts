import { apiHandler, eventStreamResponse, otherMethods, parseBody, parseQuery, rejectIfOverloaded, wantsEventStream } from '@/lib/api';
import { executeWorkflow, listRuns, type WorkflowEvent } from '@/lib/agent';
import { attributeSpend, refuseIfOverBudget } from '@/lib/monitoring';
import { enforceRateLimit, ensureSession, requestActor } from '@/lib/security';
import { listWorkflowsSchema, startWorkflowSchema } from './schema';

export const dynamic = 'force-dynamic';

/**
 * Starts a workflow. `Accept: text/event-stream` streams every step as it
 * happens (Server-Sent Events; closing the stream cancels the run);
 * `Accept: application/json` waits and returns the finished run.
 */
export const POST = apiHandler(async (req) => {
  rejectIfOverloaded();
  await enforceRateLimit(req, 'expensive');
  const input = await parseBody(req, startWorkflowSchema, 8 * 1024);
  await ensureSession(req);
  const actor = await requestActor(req);
  await refuseIfOverBudget(actor.sessionId);

  // The run's model calls count against this session's cost budget, streamed or not.
  return attributeSpend(actor.sessionId, async () => {
    if (!wantsEventStream(req)) {
      const run = await executeWorkflow(input, actor, { signal: req.signal });
      return Response.json({ run }, { status: 201 });
    }
    return eventStreamResponse<WorkflowEvent>(
      (send) => executeWorkflow(input, actor, { signal: req.signal, onEvent: send }),
      (error) => (error as Error).message,
    );
  });
});

/** Recent runs, newest first. */
export const GET = apiHandler(async (req) => {
  await enforceRateLimit(req, 'read');
  const { limit } = parseQuery(req, listWorkflowsSchema);
  return Response.json({ runs: await listRuns(limit) }, { headers: { 'Cache-Control': 'no-store' } });
});

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
