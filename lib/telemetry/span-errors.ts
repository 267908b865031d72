import { SpanStatusCode, type Span } from '@opentelemetry/api';

/**
 * Marks a span failed by `error`: the exception event (Application Insights'
 * `exceptions` row, with its type, message and stack), ERROR status and
 * `error.type`, which the conventions require on a failed operation.
 */
export function failSpan(span: Span, error: unknown): string {
  const type = (error as Error)?.name || 'Error';
  if (error instanceof Error) span.recordException(error);
  else span.recordException({ name: type, message: String(error) });
  span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error)?.message ?? String(error) });
  span.setAttribute('error.type', type);
  return type;
}
