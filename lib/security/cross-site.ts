import { errorResponse } from '@/lib/errors';
import { recordAudit } from '@/lib/audit';
import { clientIp } from './client-ip';
import { csrfRefusal } from './csrf';
import { sessionIdOf } from './session';

/**
 * The CSRF lock of every API route (apiHandler calls it first): a cross-site
 * state-changing request gets 403 and an audit row naming the session whose
 * cookie it rode on; anything else gets undefined and goes on.
 */
export async function refuseCrossSite(req: Request): Promise<Response | undefined> {
  const refusal = csrfRefusal(req);
  if (!refusal) return undefined;
  await recordAudit({
    actor: { sessionId: await sessionIdOf(req), isAdmin: false, ip: clientIp(req) },
    action: 'csrf.refuse',
    resourceType: 'api',
    resourceId: `${req.method} ${new URL(req.url).pathname}`.slice(0, 200),
    outcome: 'denied',
    error: refusal,
  });
  return errorResponse('forbidden', 'Cross-site request refused: call this API from the AIMon site itself, or without a browser.');
}
