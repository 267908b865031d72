import { apiHandler, otherMethods, parseQuery } from '@/lib/api';
import { listLoadTestRuns } from '@/lib/loadtest';
import { enforceRateLimit } from '@/lib/security';
import { listRunsSchema } from './schema';

export const dynamic = 'force-dynamic';

/** Stored load-test runs with their figures and per-second timelines, newest first. */
export const GET = apiHandler(async (req) => {
  await enforceRateLimit(req, 'read');
  const { limit } = parseQuery(req, listRunsSchema);
  return Response.json({ runs: await listLoadTestRuns(limit) }, { headers: { 'Cache-Control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
