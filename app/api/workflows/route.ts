import { apiHandler, otherMethods, parseBody, parseQuery, rejectIfOverloaded } from '@/lib/api';
import { executeWorkflow, listRuns, type WorkflowEvent } from '@/lib/agent';
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

  if (!(req.headers.get('accept') ?? '').includes('text/event-stream')) {
    const run = await executeWorkflow(input, actor, { signal: req.signal });
    return Response.json({ run }, { status: 201 });
  }

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (event: WorkflowEvent) => {
        try {
          controller.enqueue(encoder.encode(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`));
        } catch {
          // the client went away; the run is cancelled through req.signal
        }
      };
      executeWorkflow(input, actor, { signal: req.signal, onEvent: send })
        .catch((error: unknown) => send({ type: 'error', message: (error as Error).message }))
        .finally(() => {
          try {
            controller.close();
          } catch {
            // already closed
          }
        });
    },
  });
  return new Response(stream, {
    headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache, no-transform', 'X-Accel-Buffering': 'no' },
  });
});

/** Recent runs, newest first. */
export const GET = apiHandler(async (req) => {
  await enforceRateLimit(req, 'read');
  const { limit } = parseQuery(req, listWorkflowsSchema);
  return Response.json({ runs: await listRuns(limit) }, { headers: { 'Cache-Control': 'no-store' } });
});

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
