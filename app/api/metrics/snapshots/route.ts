import { apiHandler, otherMethods, parseQuery } from '@/lib/api';
import { recentSnapshots } from '@/lib/monitoring';
import { snapshotsQuerySchema } from './schema';

export const dynamic = 'force-dynamic';

/** The 5-minute snapshots of the cluster, newest first (the last 24 h). */
export const GET = apiHandler(async (req) => {
  const { limit } = parseQuery(req, snapshotsQuerySchema);
  return Response.json({ snapshots: await recentSnapshots(limit) }, { headers: { 'Cache-Control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
