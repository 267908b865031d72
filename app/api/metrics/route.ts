import { apiHandler, otherMethods, parseQuery } from '@/lib/api';
import { metricsReport } from '@/lib/monitoring';
import { metricsQuerySchema } from './schema';

export const dynamic = 'force-dynamic';

/** The console's figures as JSON (the source's /metrics shape plus windows, series, resources, AI, alerts). */
export const GET = apiHandler(async (req) => {
  const { window } = parseQuery(req, metricsQuerySchema);
  return Response.json(await metricsReport(window), { headers: { 'Cache-Control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
