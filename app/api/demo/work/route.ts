import { ApiError, apiHandler, errorResponse, otherMethods, parseQuery } from '@/lib/api';
import { monitor } from '@/lib/monitoring';
import { workQuerySchema } from './schema';

export const dynamic = 'force-dynamic';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Demo traffic for the monitoring console: simulated work that the chaos
 * switch can make fail or slow, and that traffic scripts can ask for a status
 * or an exception. It touches nothing else.
 */
export const GET = apiHandler(async (req) => {
  const query = parseQuery(req, workQuerySchema);
  const chaos = monitor().chaos.decide();
  const workMs = query.ms ?? 5 + Math.floor(Math.random() * 25);
  await sleep(workMs + chaos.delayMs);
  if (chaos.fail) return errorResponse('internal', 'Injected failure: the chaos switch is on.');
  if (query.crash) throw new Error('Demo exception requested by a traffic script');
  if (query.status && query.status >= 400) {
    return Response.json({ error: { code: 'demo_status', message: `Demo answer with status ${query.status}.` } }, { status: query.status });
  }
  if (query.status && query.status !== 200) throw new ApiError('bad_request', 'Invalid query: status: use 200 or a 4xx/5xx status');
  return Response.json({ ok: true, workMs: workMs + chaos.delayMs });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
