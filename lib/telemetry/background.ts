import { context, ROOT_CONTEXT, SpanKind, trace, type Attributes, type Link, type Span } from '@opentelemetry/api';
import { failSpan } from './span-errors';

/** Marks a span as the root of work no request started (a job, a timer, a run after its 202). */
export const BACKGROUND_ATTRIBUTE = 'aimon.operation.background';

export interface BackgroundSpanOptions {
  attributes?: Attributes;
  /**
   * Link the new operation to the span active where it was started (a
   * request that answered 202 and left the work running): the transaction
   * view of either leads to the other, and neither's duration includes the other.
   */
  linkActive?: boolean;
}

/**
 * Runs `fn` as an operation of its own: a new trace whose root span (INTERNAL,
 * named `name`) becomes the operation_Name of every exception, log and
 * dependency inside it in Application Insights. Timers and `void promise`s
 * inherit the context they were created in, so without this a job's next run
 * would hang under the previous run, or under whichever request happened to
 * schedule it, and a job's first run under nothing at all.
 *
 * `name` is a stable, low-cardinality label (`job alerts.evaluate`), never an id.
 * A thrown error is recorded on the span and rethrown.
 */
export async function runInBackgroundSpan<T>(name: string, fn: (span: Span) => Promise<T> | T, options: BackgroundSpanOptions = {}): Promise<T> {
  const active = trace.getSpanContext(context.active());
  const links: Link[] = options.linkActive && active && trace.isSpanContextValid(active) ? [{ context: active }] : [];
  const span = trace.getTracer('aimon').startSpan(
    name,
    { kind: SpanKind.INTERNAL, root: true, links, attributes: { ...options.attributes, [BACKGROUND_ATTRIBUTE]: true } },
    ROOT_CONTEXT,
  );
  try {
    return await context.with(trace.setSpan(ROOT_CONTEXT, span), () => fn(span));
  } catch (error) {
    failSpan(span, error);
    throw error;
  } finally {
    span.end();
  }
}

/**
 * `fn` for a timer (setTimeout, setInterval): each call runs as its own
 * background operation; a failure is recorded on the span and swallowed
 * (a timer has nobody to tell), so `onError` is where it is logged.
 */
export function inBackground(name: string, fn: () => Promise<unknown> | unknown, onError?: (error: unknown) => void): () => void {
  return () => {
    void runInBackgroundSpan(name, fn).catch((error: unknown) => onError?.(error));
  };
}
