import { apiHandler, otherMethods } from '@/lib/api';
import { objectivesFor } from '@/lib/monitoring';
import { enforceRateLimit, requestActor } from '@/lib/security';

export const dynamic = 'force-dynamic';

/** Quality objectives per model (budget left, burn rates), cost budgets with the top spenders, and the request SLO's burn rates. */
export const GET = apiHandler(async (req) => {
  await enforceRateLimit(req, 'read');
  const actor = await requestActor(req);
  return Response.json(await objectivesFor({ sessionId: actor.sessionId, isAdmin: actor.isAdmin }), { headers: { 'Cache-Control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
