import { ApiError, apiHandler, otherMethods, parseQuery, validate } from '@/lib/api';
import { getFleet, isServiceName, parseSince, SINCE_HELP } from '@/lib/fleet';
import { logsParamsSchema, logsQuerySchema } from './schema';

export const dynamic = 'force-dynamic';

/** Log lines of one service, newest first: ?level= (minimum), q= (text), since= (ISO or 15m), limit= (1-500). */
export const GET = apiHandler(async (req, ctx: { params: Promise<{ service: string }> }) => {
  const { service } = validate(logsParamsSchema, await ctx.params, 'params');
  const query = parseQuery(req, logsQuerySchema);
  const since = query.since === undefined ? undefined : parseSince(query.since, Date.now());
  if (query.since !== undefined && !since) {
    throw new ApiError('bad_request', `Invalid query: since must be ${SINCE_HELP}.`);
  }
  if (!isServiceName(service)) throw new ApiError('not_found', `No service named ${service}.`);
  const lines = await getFleet().logs(service, { level: query.level, q: query.q || undefined, since, limit: query.limit });
  return Response.json({ service, lines });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
