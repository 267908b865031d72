import { invalidateCache } from '@/lib/cache';
import { METRICS_CACHE_PREFIX, monitor } from '@/lib/monitoring';
import { ApiError, apiHandler, otherMethods, parseBody } from '@/lib/api';
import { recordAudit } from '@/lib/audit';
import { enforceRateLimit, requireAdmin } from '@/lib/security';
import { logger } from '@/lib/telemetry';
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
  const m = monitor();
  if (input.durationSec > m.config.chaosMaxDurationSec) {
    throw new ApiError('bad_request', `Invalid body: durationSec: must be at most ${m.config.chaosMaxDurationSec}`);
  }
  const chaos = m.chaos.set(input);
  logger.warn({ chaos, instanceId: m.instanceId }, 'chaos switch on: demo traffic will fail or slow down');
  await recordAudit({ actor, action: 'chaos.start', resourceType: 'chaos', resourceId: input.kind, outcome: 'success', details: { ...input } });
  await invalidateCache(METRICS_CACHE_PREFIX);
  return Response.json({ chaos }, { status: 201 });
});

/** Turns it off early (admin). */
export const DELETE = apiHandler(async (req) => {
  await enforceRateLimit(req, 'expensive');
  const actor = await requireAdmin(req, { action: 'chaos.stop', resourceType: 'chaos' });
  const m = monitor();
  m.chaos.clear();
  logger.info('chaos switch off');
  await recordAudit({ actor, action: 'chaos.stop', resourceType: 'chaos', outcome: 'success' });
  await invalidateCache(METRICS_CACHE_PREFIX);
  return Response.json({ chaos: m.chaos.state() });
});

export const { PUT, PATCH } = otherMethods('GET', 'POST', 'DELETE');
