import { apiHandler, otherMethods, validate } from '@/lib/api';
import { acknowledgeAlert } from '@/lib/monitoring';
import { enforceRateLimit, requireAdmin } from '@/lib/security';
import { alertParamsSchema } from './schema';

export const dynamic = 'force-dynamic';

/** An admin acknowledges an alert: someone is on it. It still resolves by itself when its condition clears. */
export const POST = apiHandler(async (req, ctx: { params: Promise<{ id: string }> }) => {
  await enforceRateLimit(req, 'read');
  const actor = await requireAdmin(req, { action: 'alert.acknowledge', resourceType: 'alert' });
  const { id } = validate(alertParamsSchema, await ctx.params, 'params');
  return Response.json({ alert: await acknowledgeAlert(id, actor) });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
