import { apiHandler, otherMethods } from '@/lib/api';
import { recordAudit } from '@/lib/audit';
import { enforceRateLimit, logoutAdmin, requestActor } from '@/lib/security';

export const dynamic = 'force-dynamic';

export const POST = apiHandler(async (req) => {
  await enforceRateLimit(req, 'read');
  const actor = await requestActor(req);
  await logoutAdmin(req);
  await recordAudit({ actor, action: 'admin.logout', resourceType: 'session', resourceId: actor.sessionId, outcome: 'success' });
  return Response.json({ admin: false });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
