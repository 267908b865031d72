import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BACKGROUND_ATTRIBUTE, inBackground, runInBackgroundSpan } from './background';
import { InAppSpanProcessor } from './in-app-processor';

describe('background operations', () => {
  const exported = new InMemorySpanExporter();
  const inApp = new InAppSpanProcessor(50);
  beforeAll(() => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [inApp, new SimpleSpanProcessor(exported)] }));
  });
  afterAll(() => {
    trace.disable();
    context.disable();
  });
  beforeEach(() => exported.reset());
  const tracer = () => trace.getTracer('test');

  it('runs in a new trace of its own, even when started inside a request, and links to that request', async () => {
    const request = tracer().startSpan('GET /api/experiments/runs', { kind: SpanKind.SERVER });
    let inner: string | undefined;
    await context.with(trace.setSpan(context.active(), request), () =>
      runInBackgroundSpan('experiment.run', async () => {
        inner = trace.getActiveSpan()?.spanContext().traceId;
        tracer().startSpan('child').end();
      }, { linkActive: true }),
    );
    request.end();
    const root = exported.getFinishedSpans().find((s) => s.name === 'experiment.run')!;
    expect(root.kind).toBe(SpanKind.INTERNAL);
    expect(root.parentSpanContext).toBeUndefined();
    expect(root.spanContext().traceId).not.toBe(request.spanContext().traceId);
    expect(inner).toBe(root.spanContext().traceId);
    expect(root.links.map((l) => l.context.spanId)).toEqual([request.spanContext().spanId]);
    expect(root.attributes[BACKGROUND_ATTRIBUTE]).toBe(true);
    const child = exported.getFinishedSpans().find((s) => s.name === 'child')!;
    expect(child.parentSpanContext?.spanId).toBe(root.spanContext().spanId);
  });

  it('names the operation from its start, so what is exported before it ends has a name', async () => {
    let traceId = '';
    let seen: string | undefined;
    await runInBackgroundSpan('job alerts.evaluate', async (span) => {
      traceId = span.spanContext().traceId;
      seen = inApp.operationName(traceId);
    });
    expect(seen).toBe('job alerts.evaluate');
    expect(inApp.operationName(traceId)).toBe('job alerts.evaluate');
  });

  it('records a failure as an exception on the root span and rethrows it', async () => {
    const error = Object.assign(new Error('relation "alert_states" does not exist'), { name: 'PrismaClientKnownRequestError', code: 'P2010' });
    await expect(runInBackgroundSpan('job rollups.write', () => Promise.reject(error))).rejects.toBe(error);
    const root = exported.getFinishedSpans().find((s) => s.name === 'job rollups.write')!;
    expect(root.status.code).toBe(SpanStatusCode.ERROR);
    expect(root.attributes['error.type']).toBe('PrismaClientKnownRequestError');
    const event = root.events.find((e) => e.name === 'exception')!;
    // Its class, not its code, is the exception's type (the problem the Failures blade groups by).
    expect(event.attributes).toMatchObject({ 'exception.type': 'PrismaClientKnownRequestError', 'exception.message': 'relation "alert_states" does not exist' });
    expect(String(event.attributes?.['exception.stacktrace'])).toContain('background.test.ts');
  });

  it('gives each timer tick its own trace, not the one of the code that set the timer', async () => {
    const errors: unknown[] = [];
    const tick = inBackground('workflow.heartbeat', () => {
      throw new Error('beat failed');
    }, (e) => errors.push(e));
    const request = tracer().startSpan('POST /api/workflows', { kind: SpanKind.SERVER });
    context.with(trace.setSpan(context.active(), request), () => {
      tick();
      tick();
    });
    request.end();
    await new Promise((r) => setTimeout(r, 10));
    const beats = exported.getFinishedSpans().filter((s) => s.name === 'workflow.heartbeat');
    expect(beats).toHaveLength(2);
    expect(new Set(beats.map((b) => b.spanContext().traceId)).size).toBe(2);
    expect(beats.every((b) => b.spanContext().traceId !== request.spanContext().traceId && b.links.length === 0)).toBe(true);
    expect(errors).toHaveLength(2);
  });
});
