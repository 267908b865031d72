// What the browser, lib/monitoring's pure parts and the benchmarks may import from
// lib/telemetry without 'server-only' or the OpenTelemetry SDK.
export { routeClass, ROUTE_CLASSES } from './route-class';
export type { RouteClass } from './route-class';
export type { RequestListener, RequestSample } from './request-sample';
export { rumBatchSchema, rumEventSchema } from './rum-types';
export type { RumBatch, RumEvent } from './rum-types';
export type { StoredSpan, TraceSummary } from './trace-store';
