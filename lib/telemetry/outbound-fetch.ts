/**
 * The fetch to use for calls to other services (model servers, an external MCP
 * server): Node's own, not Next.js's patched one. Next's patch makes a client
 * span of its own for each call, beside the undici instrumentation's (which
 * carries the standard HTTP attributes and the traceparent it sends), so each
 * call would be two dependencies. Looked up at call time: Next patches the
 * global fetch when its server starts.
 */
export function outboundFetch(): typeof fetch {
  const patched = globalThis.fetch as typeof fetch & { _nextOriginalFetch?: typeof fetch };
  return patched._nextOriginalFetch ?? patched;
}
