import { apiHandler, otherMethods } from '@/lib/api';
import { detailedHealth } from '@/lib/monitoring';
import { requestActor } from '@/lib/security';

export const dynamic = 'force-dynamic';

/**
 * For load balancers and monitoring systems: healthy / warning / degraded with
 * the reasons. Degraded answers 503 ("do not route traffic here"), the others 200.
 * Admins also see where the data directory and the database are.
 */
export const GET = apiHandler(async (req) => {
  const health = await detailedHealth({ admin: (await requestActor(req)).isAdmin });
  return Response.json(health, { status: health.status === 'degraded' ? 503 : 200, headers: { 'Cache-Control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
