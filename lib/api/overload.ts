import { getConfig } from '@/lib/config';
import { inFlight } from '@/lib/runtime';
import { logger } from '@/lib/telemetry';
import { ApiError } from '@/lib/errors';

let lastLogged = 0;

/**
 * First line of an expensive route (workflows, chat, load tests): above
 * INFLIGHT_CRITICAL requests in flight it answers 503 `overloaded` with
 * Retry-After rather than queueing work without bound. Cheap reads and the
 * health probes never call it, so they keep answering under pressure.
 */
export function rejectIfOverloaded(): void {
  const { protection } = getConfig();
  const counter = inFlight();
  // This request is already counted: refuse when the others exceed the limit.
  if (counter.current - 1 < protection.inflightCritical) return;
  counter.refused += 1;
  if (Date.now() - lastLogged > 10_000) {
    lastLogged = Date.now();
    logger.warn({ inFlight: counter.current, critical: protection.inflightCritical }, 'overloaded: refusing expensive requests');
  }
  throw new ApiError('overloaded', `The server is busy (${counter.current} requests in flight); try again in ${protection.retryAfterSec} s.`, undefined, {
    headers: { 'Retry-After': String(protection.retryAfterSec) },
  });
}
