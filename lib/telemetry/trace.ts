import { trace } from '@opentelemetry/api';

/** The active trace id, or undefined outside a recorded span. */
export function currentTraceId(): string | undefined {
  const ctx = trace.getActiveSpan()?.spanContext();
  return ctx && ctx.traceId !== '00000000000000000000000000000000' ? ctx.traceId : undefined;
}
