/**
 * Which latency objective a request is judged by (browser-safe, no imports).
 * Agent requests wait for models: a workflow or a chat answer takes 0.5-2 s
 * with the simulators and tens of seconds with real models, by nature. Judged
 * by the 500 ms objective of every other route they would hold the p95 alert on
 * all day, so they have their own (ALERT_AGENT_P95_MS). The same function labels
 * the exported request-duration histogram (`aimon.route.class`), so the
 * Prometheus rules split the traffic exactly as the in-app rules do.
 */
export type RouteClass = 'agent' | 'standard';

export const ROUTE_CLASSES: readonly RouteClass[] = ['standard', 'agent'];

/** Method and route pattern of the requests that wait for model answers. */
const AGENT_ROUTES = new Set(['POST /api/workflows', 'POST /api/workflows/[id]/replay', 'POST /api/chat', 'POST /api/compare/ask']);

export function routeClass(method: string, route: string): RouteClass {
  return AGENT_ROUTES.has(`${method.toUpperCase()} ${route}`) ? 'agent' : 'standard';
}
