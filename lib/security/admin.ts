import { recordAudit, type AuditActor } from '@/lib/audit';
import { ApiError } from '@/lib/errors';
import { clientIp } from './client-ip';
import { isAdminToken } from './secrets';
import { countFailedAdminAuth, refuseIfLoginBudgetSpent } from './rate-limit';
import { closeAdminSession, openAdminSession, readSession, sessionIsAdmin } from './session';

/** Who is asking: session id (if any), admin or not, and the client address. */
export async function requestActor(req: Request): Promise<AuditActor> {
  const session = await readSession(req);
  return { sessionId: session.id, isAdmin: bearerIsAdmin(req) || (await sessionIsAdmin(session)), ip: clientIp(req) };
}

export function bearerToken(req: Request): string | undefined {
  const header = req.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1];
}

function bearerIsAdmin(req: Request): boolean {
  const token = bearerToken(req);
  return token !== undefined && isAdminToken(token);
}

/**
 * Lets the request through only with the admin session or `Authorization: Bearer
 * <ADMIN_TOKEN>`: 401 without credentials, 403 with wrong ones. Refusals are audited.
 * A wrong token also spends the address's `login` budget, and once that is
 * spent every token is refused with 429 before it is compared (no audit row:
 * a flood of guesses must not become a flood of writes).
 */
export async function requireAdmin(req: Request, resource: { action: string; resourceType: string }): Promise<AuditActor> {
  const session = await readSession(req);
  const token = bearerToken(req);
  const actor: AuditActor = { sessionId: session.id, isAdmin: false, ip: clientIp(req) };
  if (token !== undefined) {
    await refuseIfLoginBudgetSpent(req);
    if (isAdminToken(token)) return { ...actor, isAdmin: true };
    await countFailedAdminAuth(req);
  } else if (await sessionIsAdmin(session)) {
    return { ...actor, isAdmin: true };
  }
  const code = token === undefined ? 'unauthorized' : 'forbidden';
  await recordAudit({ actor, ...resource, outcome: 'denied', error: code });
  throw new ApiError(
    code,
    code === 'unauthorized'
      ? 'Admin access required: log in at /admin/login or send Authorization: Bearer <ADMIN_TOKEN>.'
      : 'The admin token is not valid.',
  );
}

/** Exchanges the admin token for an admin flag in the session. */
/**
 * Exchanges the admin token for an admin login under a fresh id (see
 * openAdminSession). The login route spends the `login` budget on every attempt.
 */
export async function loginAdmin(req: Request, token: string): Promise<void> {
  const session = await readSession(req);
  const ok = isAdminToken(token);
  if (ok) await openAdminSession(session);
  // The actor after the attempt: a successful login is already the admin's.
  const actor = await requestActor(req);
  await recordAudit({ actor, action: 'admin.login', resourceType: 'session', resourceId: actor.sessionId, outcome: ok ? 'success' : 'denied', error: ok ? undefined : 'invalid token' });
  if (!ok) throw new ApiError('unauthorized', 'That admin token is not valid.');
}

/** Ends the admin login on every replica: a copy of the cookie is no admin's any more. */
export async function logoutAdmin(req: Request): Promise<void> {
  const actor = await requestActor(req);
  await closeAdminSession(await readSession(req));
  await recordAudit({ actor, action: 'admin.logout', resourceType: 'session', resourceId: actor.sessionId, outcome: 'success' });
}

