import { apiHandler, otherMethods, parseBody } from '@/lib/api';
import { enforceRateLimit, readSession } from '@/lib/security';
import { recordRumEvents, rumBatchSchema } from '@/lib/telemetry';

export const dynamic = 'force-dynamic';

/** Browser telemetry (page views, Web Vitals, JS errors, API timings), batched by components/telemetry. */
export const POST = apiHandler(async (req) => {
  await enforceRateLimit(req, 'read');
  const { events } = await parseBody(req, rumBatchSchema, 64 * 1024);
  const session = await readSession(req);
  recordRumEvents(events, session.id);
  return new Response(null, { status: 204 });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
