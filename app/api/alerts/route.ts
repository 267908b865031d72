import { apiHandler, otherMethods, parseQuery } from '@/lib/api';
import { monitor } from '@/lib/monitoring';
import { alertsQuerySchema } from './schema';

export const dynamic = 'force-dynamic';

/** Alerts with their history (fired, acknowledged, resolved), open ones first. */
export const GET = apiHandler(async (req) => {
  const query = parseQuery(req, alertsQuerySchema);
  return Response.json({ alerts: await monitor().alerts(query) }, { headers: { 'Cache-Control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
