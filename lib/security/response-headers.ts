import { processSingleton } from '@/lib/runtime';

/**
 * Headers that something inside a route handler wants on the response, whatever
 * the response turns out to be (success, validation error, 429): the rate limiter
 * registers `X-RateLimit-*` here and `apiHandler` applies them on the way out.
 * Keyed weakly by the request, so nothing outlives it.
 */
const pending = () => processSingleton('api-response-headers', () => new WeakMap<Request, Record<string, string>>());

export function addResponseHeaders(req: Request, headers: Record<string, string>): void {
  const map = pending();
  map.set(req, { ...map.get(req), ...headers });
}

/** The response with the headers registered for `req` (a copy when its headers are immutable). */
export function withPendingHeaders(req: Request, response: Response): Response {
  const headers = pending().get(req);
  if (!headers) return response;
  try {
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    return response;
  } catch {
    // Response.redirect() and fetched responses have immutable headers.
    const copy = new Response(response.body, response);
    for (const [name, value] of Object.entries(headers)) copy.headers.set(name, value);
    return copy;
  }
}
