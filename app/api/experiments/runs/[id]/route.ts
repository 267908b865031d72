import { apiHandler, eventStreamResponse, otherMethods, validate, wantsEventStream } from '@/lib/api';
import { getExperimentRun, streamExperimentRun, type ExperimentEvent } from '@/lib/experiments';
import { enforceRateLimit, requestActor } from '@/lib/security';
import { idSchema } from '../../schema';

export const dynamic = 'force-dynamic';

/** One run with its results; `Accept: text/event-stream` follows its progress until it ends. */
export const GET = apiHandler(async (req, ctx: { params: Promise<{ id: string }> }) => {
  await enforceRateLimit(req, 'read');
  const { id } = validate(idSchema, await ctx.params, 'params');
  const { sessionId } = await requestActor(req);
  if (!wantsEventStream(req)) return Response.json({ run: await getExperimentRun(id, sessionId) }, { headers: { 'Cache-Control': 'no-store' } });
  // An unknown run is a 404 before the stream opens.
  await getExperimentRun(id, sessionId);
  return eventStreamResponse<ExperimentEvent>(
    (send) => streamExperimentRun(id, sessionId, send, req.signal),
    (error) => (error as Error).message,
  );
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
