import { enforceRateLimit } from '@/lib/security';
import { apiHandler, otherMethods, parseQuery } from '@/lib/api';
import { listTraces } from '@/lib/telemetry';
import { traceListSchema } from './schema';

export const dynamic = 'force-dynamic';

/** Recent traces kept in memory (newest first), for the trace view. */
export const GET = apiHandler(async (req) => {
  await enforceRateLimit(req, 'read');
  const query = parseQuery(req, traceListSchema);
  return Response.json({ traces: listTraces(query) }, { headers: { 'Cache-Control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
