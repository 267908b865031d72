import { apiHandler, otherMethods, parseQuery } from '@/lib/api';
import { loadComparison } from '@/lib/compare';
import { enforceRateLimit } from '@/lib/security';
import { compareQuerySchema } from './schema';

export const dynamic = 'force-dynamic';

/** Model A and Model B side by side over `range` (15m, 1h, 6h, 24h, 7d): workflow latency, success, tokens, cost, tool calls; call figures and hallucination rate. */
export const GET = apiHandler(async (req) => {
  await enforceRateLimit(req, 'read');
  const { range } = parseQuery(req, compareQuerySchema);
  return Response.json(await loadComparison(range), { headers: { 'Cache-Control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
