import { apiHandler, otherMethods, parseBody } from '@/lib/api';
import { monitor, startChaos, stopChaos } from '@/lib/monitoring';
import { enforceRateLimit, requireAdmin } from '@/lib/security';
import { chaosSchema } from './schema';

export const dynamic = 'force-dynamic';

/** Whether the chaos switch is on, and until when. */
export const GET = apiHandler(async (req) => {
  await enforceRateLimit(req, 'read');
  return Response.json({ chaos: monitor().chaos.state() }, { headers: { 'Cache-Control': 'no-store' } });
});

/** Turns the chaos switch on (admin): demo traffic fails or slows down for durationSec, then it turns itself off. */
export const POST = apiHandler(async (req) => {
  await enforceRateLimit(req, 'expensive');
  const actor = await requireAdmin(req, { action: 'chaos.start', resourceType: 'chaos' });
  const input = await parseBody(req, chaosSchema);
  return Response.json({ chaos: await startChaos(input, actor) }, { status: 201 });
});

/** Turns it off early (admin). */
export const DELETE = apiHandler(async (req) => {
  await enforceRateLimit(req, 'expensive');
  const actor = await requireAdmin(req, { action: 'chaos.stop', resourceType: 'chaos' });
  return Response.json({ chaos: await stopChaos(actor) });
});

export const { PUT, PATCH } = otherMethods('GET', 'POST', 'DELETE');
