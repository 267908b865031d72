import { apiHandler, otherMethods } from '@/lib/api';
import { healthReport } from '@/lib/monitoring';
import { enforceRateLimit } from '@/lib/security';

export const dynamic = 'force-dynamic';

/** What the health badge polls: overall status, uptime, version, each component. */
export const GET = apiHandler(async (req) => {
  await enforceRateLimit(req, 'read');
  return Response.json(await healthReport(), { headers: { 'Cache-Control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
