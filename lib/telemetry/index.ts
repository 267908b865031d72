import 'server-only';

export { logger, redactUrl } from './logger';
export type { Logger } from './logger';
export { currentTraceId } from './trace';
export { startTelemetry, telemetryState } from './sdk';
export { exportHealth } from './export-health';
export type { ExportHealth } from './export-health';
export type { StoredSpan, TraceSummary } from './trace-store';
export { onRequestCompleted, SESSION_ATTRIBUTE } from './in-app-processor';
export type { RequestSample, RequestListener } from './request-sample';
export { errorClass, observeGauge, recordModelCallMetrics, recordWorkflowDuration } from './metrics';
export type { ModelCallMetrics } from './metrics';
export { prometheusText } from './prometheus';
export { trackEvent } from './events';
export type { EventName } from './events';
export { withSpan, annotateActiveSpan } from './spans';
