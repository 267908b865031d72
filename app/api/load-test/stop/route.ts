import { apiHandler, otherMethods } from '@/lib/api';
import { stopLoadTest } from '@/lib/loadtest';
import { enforceRateLimit, requestActor } from '@/lib/security';

export const dynamic = 'force-dynamic';

/** Stops the running load test early (admin or the session that started it): its final figures; 409 if none runs. */
export const POST = apiHandler(async (req) => {
  await enforceRateLimit(req, 'read');
  const actor = await requestActor(req);
  const run = await stopLoadTest(actor);
  return Response.json({ run });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
