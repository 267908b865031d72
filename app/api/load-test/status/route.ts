import { apiHandler, otherMethods } from '@/lib/api';
import { currentLoadTest, loadTestLimits, type LoadTestStatusView } from '@/lib/loadtest';
import { enforceRateLimit } from '@/lib/security';

export const dynamic = 'force-dynamic';

/** Running or not, and the live (or last) run: users, elapsed and total time, requests, errors, req/s, mean and p95 latency. */
export const GET = apiHandler(async (req) => {
  await enforceRateLimit(req, 'read');
  const body: LoadTestStatusView = { ...currentLoadTest(), limits: loadTestLimits() };
  return Response.json(body, { headers: { 'Cache-Control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
