import { ApiError, apiHandler, otherMethods, validate } from '@/lib/api';
import { enforceRateLimit, readSession, sessionIsAdmin } from '@/lib/security';
import { getTrace } from '@/lib/telemetry';
import { traceIdSchema } from '../schema';

export const dynamic = 'force-dynamic';

/** One trace's spans; client addresses and session ids only for admins. */
export const GET = apiHandler(async (req, ctx: { params: Promise<{ traceId: string }> }) => {
  await enforceRateLimit(req, 'read');
  const { traceId } = validate(traceIdSchema, await ctx.params, 'params');
  const admin = await sessionIsAdmin(await readSession(req));
  const trace = getTrace(traceId, admin);
  if (!trace) throw new ApiError('not_found', `Trace ${traceId} is not (or no longer) kept in memory.`);
  return Response.json({ trace }, { headers: { 'Cache-Control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
