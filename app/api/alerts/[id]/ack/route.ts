import { invalidateCache } from '@/lib/cache';
import { METRICS_CACHE_PREFIX, acknowledgeAlert } from '@/lib/monitoring';
import { ApiError, apiHandler, otherMethods, validate } from '@/lib/api';
import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db';
import { enforceRateLimit, requireAdmin } from '@/lib/security';
import { alertParamsSchema } from './schema';

export const dynamic = 'force-dynamic';

/** An admin acknowledges an alert: someone is on it. It still resolves by itself when its condition clears. */
export const POST = apiHandler(async (req, ctx: { params: Promise<{ id: string }> }) => {
  await enforceRateLimit(req, 'read');
  const actor = await requireAdmin(req, { action: 'alert.acknowledge', resourceType: 'alert' });
  const { id } = validate(alertParamsSchema, await ctx.params, 'params');
  const who = actor.sessionId ? `admin session ${actor.sessionId.slice(0, 8)}` : 'admin token';
  const result = await acknowledgeAlert(await db(), id, who, new Date());
  if (result.kind === 'not_found') throw new ApiError('not_found', `No alert ${id}.`);
  if (result.kind === 'resolved') {
    await recordAudit({ actor, action: 'alert.acknowledge', resourceType: 'alert', resourceId: id, outcome: 'failure', error: 'already resolved' });
    throw new ApiError('conflict', 'This alert has already resolved; there is nothing to acknowledge.');
  }
  if (result.kind === 'acknowledged') {
    await recordAudit({ actor, action: 'alert.acknowledge', resourceType: 'alert', resourceId: id, outcome: 'success', details: { rule: result.alert.rule } });
  }
  await invalidateCache(METRICS_CACHE_PREFIX);
  return Response.json({ alert: result.alert });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
