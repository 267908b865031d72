import { SpanStatusCode, type Span } from '@opentelemetry/api';

/**
 * Marks a span failed by `error`: the exception event (Application Insights'
 * `exceptions` row, with its type, message and stack), ERROR status and
 * `error.type`, which the conventions require on a failed operation.
 */
export function failSpan(span: Span, error: unknown): string {
  const type = (error as Error)?.name || 'Error';
  // By its class, not its `code` (the SDK prefers a code): Prisma's P2010 or
  // pg's 42P01 would make every database error one problem in the Failures
  // blade, and the code is in the message anyway.
  const e = error as Partial<Error> | undefined;
  span.recordException({ name: type, message: e?.message ?? String(error), ...(e?.stack ? { stack: e.stack } : {}) });
  span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error)?.message ?? String(error) });
  span.setAttribute('error.type', type);
  return type;
}
