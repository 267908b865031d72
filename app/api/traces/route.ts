import { enforceRateLimit } from '@/lib/security';
import { apiHandler, otherMethods, parseQuery } from '@/lib/api';
import { getConfig } from '@/lib/config';
import { listTraces } from '@/lib/telemetry';
import { traceListSchema } from './schema';

export const dynamic = 'force-dynamic';

/** Recent traces kept in this instance's memory (newest first), for the trace view; `instance` says whose. */
export const GET = apiHandler(async (req) => {
  await enforceRateLimit(req, 'read');
  const query = parseQuery(req, traceListSchema);
  const { monitoring, platform } = getConfig();
  const instance = { id: monitoring.instanceId, serverless: platform.vercel };
  return Response.json({ traces: listTraces(query), instance }, { headers: { 'Cache-Control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
