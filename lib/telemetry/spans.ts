import { trace, type Attributes, type Span, SpanKind } from '@opentelemetry/api';
import { failSpan } from './span-errors';

const tracer = () => trace.getTracer('aimon');

/**
 * Runs `fn` inside a span named `name`: exceptions are recorded with their stack
 * and rethrown, the span always ends. Features use this instead of the OTel API.
 */
export async function withSpan<T>(
  name: string,
  attributes: Attributes,
  fn: (span: Span) => Promise<T>,
  options: { kind?: SpanKind } = {},
): Promise<T> {
  return tracer().startActiveSpan(name, { attributes, kind: options.kind ?? SpanKind.INTERNAL }, async (span) => {
    try {
      return await fn(span);
    } catch (error) {
      failSpan(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}

/** Sets attributes on the active span (if any). */
export function annotateActiveSpan(attributes: Attributes): void {
  trace.getActiveSpan()?.setAttributes(attributes);
}
