import 'server-only';
import { trace, SpanStatusCode } from '@opentelemetry/api';
import { asDatabaseUnavailable } from '@/lib/db';
import { inFlight } from '@/lib/runtime';
import { refuseCrossSite, withPendingHeaders } from '@/lib/security';
import { currentTraceId, logger } from '@/lib/telemetry';
import { errorResponse, isAppError, type AppError } from '@/lib/errors';

type RouteHandler<C> = (req: Request, ctx: C) => Promise<Response> | Response;

/**
 * Wraps a route handler: a cross-site state-changing call is refused first
 * (CSRF, 403, audited), and every failure leaves as `{ error: { code, message } }`:
 * a domain error (lib/errors) by its code, a database outage as 503 with its plain reason, anything
 * else as a generic 500 whose cause is logged with the trace id, never sent.
 * Headers registered during the call (`addResponseHeaders`, e.g. the rate
 * limiter's `X-RateLimit-*`) are added to whichever response leaves.
 */
export function apiHandler<C = unknown>(handler: RouteHandler<C>): RouteHandler<C> {
  return async (req, ctx) => {
    const crossSite = await refuseCrossSite(req);
    if (crossSite) return crossSite;
    // Counted for self-protection (lib/api/overload.ts) until the handler has its response.
    const counter = inFlight();
    if (counter.draining) {
      // Shutting down (lib/server/start.ts): a load balancer retries elsewhere.
      return errorResponse('unavailable', 'This server is shutting down; retry in a moment.', { headers: { 'Retry-After': '1', Connection: 'close' } });
    }
    counter.current += 1;
    if (counter.current > counter.peak) counter.peak = counter.current;
    try {
      return withPendingHeaders(req, await handler(req, ctx));
    } catch (error) {
      return withPendingHeaders(req, toErrorResponse(error, req));
    } finally {
      counter.current -= 1;
    }
  };
}

/** The message a domain error that may not be shown answers with, by its code. */
const HIDDEN_MESSAGE: Partial<Record<AppError['code'], string>> = {
  unavailable: 'This is unavailable right now; try again in a moment.',
};

export function toErrorResponse(error: unknown, req?: Request): Response {
  // By code, not class: a domain error thrown in another bundle is another class.
  if (isAppError(error)) {
    if (!error.expose) logger.warn({ err: error, code: error.code }, 'domain error with a message not for users');
    const message = error.expose ? error.message : (HIDDEN_MESSAGE[error.code] ?? 'The request could not be completed.');
    return errorResponse(error.code, message, { details: error.expose ? error.details : undefined, headers: error.headers });
  }
  const outage = asDatabaseUnavailable(error);
  if (outage) {
    return errorResponse('unavailable', `Database unavailable: ${outage.reason}`, { headers: { 'Retry-After': '5' } });
  }
  const traceId = currentTraceId();
  // The exception, with its stack, on the request's trace (Application Insights `exceptions`).
  const span = trace.getActiveSpan();
  span?.recordException(error instanceof Error ? error : new Error(String(error)));
  span?.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
  logger.error(
    // The trace id is on the line already (trace_id, from the logger).
    { err: error, method: req?.method, path: req ? new URL(req.url).pathname : undefined },
    'unhandled error in route handler',
  );
  return errorResponse('internal', `Something went wrong on our side${traceId ? ` (trace ${traceId})` : ''}.`);
}

const ALL_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
type Method = (typeof ALL_METHODS)[number];

/**
 * Handlers answering 405 with the JSON error shape and an Allow header for the
 * methods a route does not implement (Next.js would answer with an empty body).
 * Usage: `export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');`
 */
export function otherMethods(...allowed: Method[]): Record<Method, () => Response> {
  const allow = [...allowed, ...(allowed.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', ');
  const reject = () =>
    errorResponse('method_not_allowed', `Method not allowed. Allowed: ${allow}.`, { headers: { Allow: allow } });
  return Object.fromEntries(ALL_METHODS.map((m) => [m, reject])) as Record<Method, () => Response>;
}
