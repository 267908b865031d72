import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installNextJsTracer, NextJsTracer } from './next-tracer';

// Next.js calls its tracer like this (next/dist/server/lib/trace/tracer.js): startActiveSpan(name, options, fn).
const nextSpan = (type: string, fn: () => unknown = () => undefined) =>
  trace.getTracer('next.js', '16.4.6').startActiveSpan(type, { attributes: { 'next.span_category': 'nextjs', 'next.span_type': type } }, (span) => {
    try {
      return fn();
    } finally {
      span.end();
    }
  });

describe('installNextJsTracer', () => {
  let exporter: InMemorySpanExporter;
  let manager: AsyncLocalStorageContextManager;

  beforeEach(() => {
    exporter = new InMemorySpanExporter();
    manager = new AsyncLocalStorageContextManager().enable();
    context.setGlobalContextManager(manager);
    trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }));
    expect(installNextJsTracer()).toBe(true);
  });

  afterEach(() => {
    trace.disable();
    context.disable();
  });

  it("starts no span for Next.js's bookkeeping, and runs its work in the context it had", () => {
    const request = trace.getTracer('test').startSpan('GET /api/health/live');
    const parent = trace.setSpan(context.active(), request);
    const seen = context.with(parent, () =>
      nextSpan('NextNodeServer.startResponse', () => {
        // Work under a bookkeeping span hangs under the enclosing span, as if there were none.
        trace.getTracer('test').startSpan('child').end();
        return trace.getActiveSpan();
      }),
    );
    request.end();
    expect(seen).toBe(request);
    const names = exporter.getFinishedSpans().map((s) => s.name);
    expect(names).toEqual(['child', 'GET /api/health/live']);
    expect(exporter.getFinishedSpans()[0]!.parentSpanContext?.spanId).toBe(request.spanContext().spanId);
    for (const type of ['LoadComponents.loadRouteModule', 'RouteModule.prepare', 'AppRouteRouteModule.loadUserland']) nextSpan(type);
    expect(exporter.getFinishedSpans()).toHaveLength(2);
  });

  it("keeps every other Next.js span, with its attributes and parent", () => {
    const parentType = 'BaseServer.handleRequest';
    nextSpan(parentType, () => nextSpan('AppRouteRouteHandlers.runHandler'));
    const spans = exporter.getFinishedSpans();
    expect(spans.map((s) => s.attributes['next.span_type'])).toEqual(['AppRouteRouteHandlers.runHandler', parentType]);
    expect(spans[0]!.parentSpanContext?.spanId).toBe(spans[1]!.spanContext().spanId);
    expect(spans[0]!.instrumentationScope).toMatchObject({ name: 'next.js', version: '16.4.6' });
  });

  it('hands out one tracer per version, and leaves other tracers alone', () => {
    expect(trace.getTracer('next.js', '16.4.6')).toBeInstanceOf(NextJsTracer);
    expect(trace.getTracer('next.js', '16.4.6')).toBe(trace.getTracer('next.js', '16.4.6'));
    expect(trace.getTracer('aimon')).not.toBeInstanceOf(NextJsTracer);
  });

  it('does nothing without a registered provider', () => {
    trace.disable();
    expect(installNextJsTracer()).toBe(false);
  });
});
