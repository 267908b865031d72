import { apiHandler, otherMethods, parseQuery } from '@/lib/api';
import { cached } from '@/lib/cache';
import { getConfig } from '@/lib/config';
import { METRICS_CACHE_PREFIX, monitor } from '@/lib/monitoring';
import { metricsQuerySchema } from './schema';

export const dynamic = 'force-dynamic';

/** The console's figures as JSON (the source's /metrics shape plus windows, series, resources, AI, alerts). */
export const GET = apiHandler(async (req) => {
  const { window } = parseQuery(req, metricsQuerySchema);
  const m = monitor();
  // Per instance: the windows are this process's (the cluster figures come from the rollups).
  const report = await cached(`${METRICS_CACHE_PREFIX}${m.instanceId}:${window}`, getConfig().cache.metricsTtlMs, () => m.report(window));
  return Response.json(report, { headers: { 'Cache-Control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
