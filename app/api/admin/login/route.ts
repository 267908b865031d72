import { ApiError, apiHandler, otherMethods, parseBody } from '@/lib/api';
import { recordAudit } from '@/lib/audit';
import { enforceRateLimit, ensureSession, loginAdmin, requestActor } from '@/lib/security';
import { loginSchema } from './schema';

export const dynamic = 'force-dynamic';

/** Exchanges the admin token for an admin session (HttpOnly cookie). */
export const POST = apiHandler(async (req) => {
  await enforceRateLimit(req, 'login'); // before anything else: refused attempts cost nothing
  const { token } = await parseBody(req, loginSchema, 2048);
  await ensureSession(req);
  const ok = await loginAdmin(req, token);
  const actor = await requestActor(req);
  await recordAudit({
    actor,
    action: 'admin.login',
    resourceType: 'session',
    resourceId: actor.sessionId,
    outcome: ok ? 'success' : 'denied',
    error: ok ? undefined : 'invalid token',
  });
  if (!ok) throw new ApiError('unauthorized', 'That admin token is not valid.');
  return Response.json({ admin: true });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
