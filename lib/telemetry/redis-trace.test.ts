import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import dc from 'node:diagnostics_channel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { traceRedisCommands } from './redis-trace';

describe('Redis command spans', () => {
  const exported = new InMemorySpanExporter();
  // The channel ioredis publishes each command on, driven as ioredis drives it.
  const channel = dc.tracingChannel('ioredis:command');
  const command = (name: string, run: () => Promise<unknown>) =>
    channel.tracePromise(run, { command: name, args: ['aimon:session:secret-id'], database: 0, serverAddress: '10.0.0.5', serverPort: 6380 });

  beforeAll(() => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exported)] }));
    traceRedisCommands();
  });
  afterAll(() => {
    trace.disable();
    context.disable();
  });

  it("is a client span of the operation it runs in, named after the command, without the command's arguments", async () => {
    const parent = trace.getTracer('t').startSpan('GET /api/session');
    await context.with(trace.setSpan(context.active(), parent), () => command('get', async () => 'v'));
    parent.end();
    const span = exported.getFinishedSpans().find((s) => s.name === 'GET')!;
    expect(span.kind).toBe(SpanKind.CLIENT);
    expect(span.parentSpanContext?.spanId).toBe(parent.spanContext().spanId);
    expect(span.attributes).toMatchObject({ 'db.system.name': 'redis', 'db.operation.name': 'GET', 'server.address': '10.0.0.5', 'server.port': 6380 });
    expect(JSON.stringify(span.attributes)).not.toContain('secret-id');
  });

  it('records a failed command, and makes no span outside any operation', async () => {
    exported.reset();
    const parent = trace.getTracer('t').startSpan('job rollups.write');
    await context.with(trace.setSpan(context.active(), parent), () => command('evalsha', () => Promise.reject(new Error('NOSCRIPT'))).catch(() => undefined));
    await command('set', async () => 'OK');
    parent.end();
    const spans = exported.getFinishedSpans().filter((s) => s.attributes['db.system.name'] === 'redis');
    expect(spans.map((s) => s.name)).toEqual(['EVALSHA']);
    expect(spans[0]!.status.code).toBe(SpanStatusCode.ERROR);
    expect(spans[0]!.events[0]!.attributes?.['exception.message']).toBe('NOSCRIPT');
  });
});
