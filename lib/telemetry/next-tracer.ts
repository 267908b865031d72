import { INVALID_SPAN_CONTEXT, trace, type Span, type SpanOptions, type Tracer, type TracerProvider } from '@opentelemetry/api';
import { NEXT_BOOKKEEPING_SPAN_TYPES } from './bookkeeping-sampler';

/** What Next.js's bookkeeping spans get instead of a span: records nothing, costs nothing, is never current. */
const NOT_STARTED: Span = trace.wrapSpanContext(INVALID_SPAN_CONTEXT);

function isBookkeeping(options: unknown): boolean {
  const type = (options as SpanOptions | undefined)?.attributes?.['next.span_type'];
  return typeof type === 'string' && NEXT_BOOKKEEPING_SPAN_TYPES.has(type);
}

/**
 * Next.js's tracer (`next.js`), with a short way out for its bookkeeping spans
 * (loading a route's module, starting the response): they are dropped anyway
 * (by BookkeepingSampler, or kept from export by the in-app processor under
 * the Azure distro), but only after the SDK has started them: the sampler,
 * two random ids, a span object and a context switch each, four times per
 * request. Here they are not started at all: Next.js runs its callback with a
 * span that records nothing, in the context it already had. Every other span
 * of Next.js (the request, `resolve page components`, `executing api route`)
 * is the SDK's, unchanged.
 */
export class NextJsTracer implements Tracer {
  constructor(private readonly sdk: Tracer) {}

  startSpan(name: string, options?: SpanOptions, context?: Parameters<Tracer['startSpan']>[2]): Span {
    return isBookkeeping(options) ? NOT_STARTED : this.sdk.startSpan(name, options, context);
  }

  startActiveSpan<F extends (span: Span) => unknown>(name: string, ...rest: unknown[]): ReturnType<F> {
    // Next.js calls (name, options, fn); the other overloads pass through.
    if (rest.length === 2 && typeof rest[1] === 'function' && isBookkeeping(rest[0])) return (rest[1] as F)(NOT_STARTED) as ReturnType<F>;
    return (this.sdk.startActiveSpan as (name: string, ...args: unknown[]) => ReturnType<F>)(name, ...rest);
  }
}

/**
 * Makes the registered tracer provider hand Next.js the tracer above. Next.js
 * asks for its tracer once per span (`trace.getTracer('next.js', version)`),
 * and the SDK builds a cache key for each ask: the answer is kept here too.
 * Call after the SDK (or the Azure distro) has registered its provider;
 * returns false when there is none to wrap.
 */
export function installNextJsTracer(provider: TracerProvider = trace.getTracerProvider()): boolean {
  const delegate = (provider as { getDelegate?: () => TracerProvider }).getDelegate?.() ?? provider;
  if (delegate.constructor.name === 'NoopTracerProvider') return false;
  const getTracer = delegate.getTracer.bind(delegate);
  const nextTracers = new Map<string, Tracer>();
  delegate.getTracer = (name, version, options) => {
    if (name !== 'next.js') return getTracer(name, version, options);
    const key = version ?? '';
    let tracer = nextTracers.get(key);
    if (!tracer) nextTracers.set(key, (tracer = new NextJsTracer(getTracer(name, version, options))));
    return tracer;
  };
  return true;
}
