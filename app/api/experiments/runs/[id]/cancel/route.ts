import { apiHandler, otherMethods, validate } from '@/lib/api';
import { cancelExperiment } from '@/lib/experiments';
import { enforceRateLimit, requestActor } from '@/lib/security';
import { idSchema } from '../../../schema';

export const dynamic = 'force-dynamic';

/** Cancels a running experiment of this session (202); 409 when it is not running. */
export const POST = apiHandler(async (req, ctx: { params: Promise<{ id: string }> }) => {
  await enforceRateLimit(req, 'expensive');
  const { id } = validate(idSchema, await ctx.params, 'params');
  const { sessionId } = await requestActor(req);
  await cancelExperiment(id, sessionId);
  return Response.json({ cancelled: true }, { status: 202 });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
