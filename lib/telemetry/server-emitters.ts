import { context, type Context, type ContextManager } from '@opentelemetry/api';

/**
 * Whether an emitter is an incoming request or its response (the server's
 * side, not a client's response: that IncomingMessage has `req`, the
 * ClientRequest that asked for it). Told by class name, not instanceof:
 * importing node:http here, before the HTTP instrumentation's require hook is
 * on, left the bundle's one copy of the module unpatched (no server spans).
 */
export function isServerEmitter(target: unknown): boolean {
  const name = (target as { constructor?: { name?: string } } | null)?.constructor?.name;
  return name === 'ServerResponse' || (name === 'IncomingMessage' && (target as { req?: unknown }).req === undefined);
}

/**
 * Makes the registered context manager leave the server's request and
 * response emitters unbound. The HTTP instrumentation binds both to the
 * request's context on every request, which replaces six of their methods
 * and wraps every listener later added to them (Node.js's, Next.js's and the
 * compression middleware's, about eight per request) in a closure that enters
 * the context again on each event: work and garbage on every request for
 * nothing the app uses. The request's code runs in its context already (the
 * instrumentation emits 'request' inside it, and AsyncLocalStorage carries
 * it across every await), and the instrumentation's own listeners hold the
 * span they end. What changes: a listener on req/res runs in the context the
 * event comes from; the app adds none (route handlers see a Web Request, and
 * an aborted request reaches them as a rejected await, in their context).
 * The client side (outgoing requests' responses) is bound as before.
 * Returns false when the manager has no bind to wrap (the API changed).
 */
export function leaveServerEmittersUnbound(): boolean {
  const manager = (context as unknown as { _getContextManager?: () => ContextManager })._getContextManager?.();
  if (!manager || typeof manager.bind !== 'function' || (manager as { serverEmittersUnbound?: true }).serverEmittersUnbound) return false;
  const bind = manager.bind.bind(manager);
  manager.bind = <T>(ctx: Context, target: T): T => (isServerEmitter(target) ? target : bind(ctx, target));
  (manager as { serverEmittersUnbound?: true }).serverEmittersUnbound = true;
  return true;
}
