import { addResponseHeaders } from './response-headers';
import { ApiError } from '@/lib/errors';
import { getConfig } from '@/lib/config';
import { clientIp } from './client-ip';
import { hasLoadTestPass } from './load-test-pass';
import { rateLimitStore, type ConsumeOutcome, type LimiterSpec } from './rate-limit-store';
import { hasSessionCookie, readSession } from './session';

/**
 * Endpoint classes and what they are for. Budgets are per minute, per session
 * (RATE_LIMIT_<CLASS>_PER_MIN) and per client IP (that × RATE_LIMIT_IP_MULTIPLIER,
 * since several people can share an address).
 * - read: cheap requests (GET pages' data, logout)
 * - chat: one model answer per request
 * - expensive: workflows, fault injection, load tests
 * - login: admin login attempts; counted per address only (an attacker can
 *   drop the cookie), so its IP budget is the per-minute value itself
 */
export const RATE_LIMIT_CLASSES = ['read', 'chat', 'expensive', 'login'] as const;
export type RateLimitClass = (typeof RATE_LIMIT_CLASSES)[number];

const WINDOW_SEC = 60;

export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Unix time (seconds) when the binding budget starts afresh. */
  resetAt: number;
  retryAfterSec: number;
  headers: Record<string, string>;
  counter: ConsumeOutcome['counter'];
}

function specs(cls: RateLimitClass): { session: LimiterSpec; ip: LimiterSpec } {
  const { perMinute, ipMultiplier, keyPrefix } = getConfig().rateLimit;
  const points = perMinute[cls];
  return {
    session: { keyPrefix: `${keyPrefix}:rl:${cls}:session`, points, durationSec: WINDOW_SEC },
    ip: { keyPrefix: `${keyPrefix}:rl:${cls}:ip`, points: cls === 'login' ? points : points * ipMultiplier, durationSec: WINDOW_SEC },
  };
}

function decide(outcomes: Array<{ spec: LimiterSpec; outcome: ConsumeOutcome }>): RateLimitDecision {
  // The binding budget: a refusing one if any, else the one with the least left.
  const binding = [...outcomes].sort((a, b) => {
    if (a.outcome.allowed !== b.outcome.allowed) return a.outcome.allowed ? 1 : -1;
    return a.outcome.res.remainingPoints - b.outcome.res.remainingPoints;
  })[0]!;
  const allowed = outcomes.every((o) => o.outcome.allowed);
  const msBeforeNext = Math.max(0, binding.outcome.res.msBeforeNext);
  const limit = binding.spec.points;
  const remaining = Math.max(0, binding.outcome.res.remainingPoints);
  const resetAt = Math.ceil((Date.now() + msBeforeNext) / 1000);
  const retryAfterSec = Math.max(1, Math.ceil(msBeforeNext / 1000));
  const headers: Record<string, string> = {
    'X-RateLimit-Limit': String(limit),
    'X-RateLimit-Remaining': String(allowed ? remaining : 0),
    'X-RateLimit-Reset': String(resetAt),
  };
  if (!allowed) headers['Retry-After'] = String(retryAfterSec);
  return { allowed, limit, remaining: allowed ? remaining : 0, resetAt, retryAfterSec, headers, counter: binding.outcome.counter };
}

/**
 * Counts one request of class `cls` against the caller's session and address,
 * without throwing. `enforceRateLimit` is what route handlers call.
 */
export async function checkRateLimit(
  req: Request,
  cls: RateLimitClass,
  who?: { sessionId?: string; ip?: string },
): Promise<RateLimitDecision | undefined> {
  if (!getConfig().rateLimit.enabled) return undefined;
  // A running load test's own requests (see load-test-pass.ts): bounded by its run limits instead.
  if (hasLoadTestPass(req)) return undefined;
  const store = rateLimitStore();
  const { session, ip } = specs(cls);
  const sessionId =
    cls === 'login' ? undefined : who && 'sessionId' in who ? who.sessionId : hasSessionCookie(req) ? (await readSession(req)).id : undefined;
  const address = who?.ip ?? clientIp(req);
  const checks: Array<Promise<{ spec: LimiterSpec; outcome: ConsumeOutcome }>> = [
    store.consume(ip, address).then((outcome) => ({ spec: ip, outcome })),
  ];
  if (sessionId) {
    checks.push(store.consume(session, sessionId).then((outcome) => ({ spec: session, outcome })));
  }
  return decide(await Promise.all(checks));
}

/**
 * The one-liner for route handlers inside `apiHandler`:
 *
 *   export const POST = apiHandler(async (req) => {
 *     await enforceRateLimit(req, 'expensive');
 *     ...
 *
 * Every response of that handler then carries X-RateLimit-Limit/-Remaining/-Reset;
 * over budget it is a 429 `rate_limited` with Retry-After.
 */
export async function enforceRateLimit(req: Request, cls: RateLimitClass): Promise<RateLimitDecision | undefined> {
  const decision = await checkRateLimit(req, cls);
  if (!decision) return undefined;
  addResponseHeaders(req, decision.headers);
  if (!decision.allowed) {
    throw new ApiError(
      'rate_limited',
      `Too many ${cls === 'login' ? 'login attempts' : 'requests'}: at most ${decision.limit} a minute. Try again in ${decision.retryAfterSec} s.`,
      { limit: decision.limit, retryAfterSec: decision.retryAfterSec },
      { headers: decision.headers },
    );
  }
  return decision;
}

function loginRefusal(decision: { limit: number; retryAfterSec: number; headers: Record<string, string> }): ApiError {
  return new ApiError(
    'rate_limited',
    `Too many failed admin authentications from this address: at most ${decision.limit} a minute. Try again in ${decision.retryAfterSec} s.`,
    { limit: decision.limit, retryAfterSec: decision.retryAfterSec },
    { headers: decision.headers },
  );
}

/**
 * Refuses (429) a caller whose address has used up its `login` budget, before
 * its credential is even compared: while refused, a right guess looks like a
 * wrong one, so guessing the admin token through any route (login, Bearer on
 * an admin route, the MCP endpoint) gets at most RATE_LIMIT_LOGIN_PER_MIN
 * tries a minute per address, on every replica together (the shared store).
 */
export async function refuseIfLoginBudgetSpent(req: Request): Promise<void> {
  if (!getConfig().rateLimit.enabled || hasLoadTestPass(req)) return;
  const { ip } = specs('login');
  const peeked = await rateLimitStore().peek(ip, clientIp(req));
  if (!peeked.exhausted || !peeked.res) return;
  const retryAfterSec = Math.max(1, Math.ceil(peeked.res.msBeforeNext / 1000));
  const headers = {
    'X-RateLimit-Limit': String(ip.points),
    'X-RateLimit-Remaining': '0',
    'X-RateLimit-Reset': String(Math.ceil((Date.now() + peeked.res.msBeforeNext) / 1000)),
    'Retry-After': String(retryAfterSec),
  };
  addResponseHeaders(req, headers);
  throw loginRefusal({ limit: ip.points, retryAfterSec, headers });
}

/**
 * Counts one failed admin authentication against the address's `login`
 * budget (the one the login route spends). Throws the 429 when this failure
 * used the budget up, so the caller answers its own 401/403 otherwise.
 */
export async function countFailedAdminAuth(req: Request): Promise<void> {
  const decision = await checkRateLimit(req, 'login', { ip: clientIp(req) });
  if (!decision) return;
  addResponseHeaders(req, decision.headers);
  if (!decision.allowed) throw loginRefusal(decision);
}
