import { context, SpanKind, trace, type Span } from '@opentelemetry/api';
import dc from 'node:diagnostics_channel';
import { failSpan } from './span-errors';

interface CommandTraceContext {
  command: string;
  database: number;
  serverAddress: string;
  serverPort: number | undefined;
  error?: unknown;
}

const open = new WeakMap<object, Span>();
let subscribed = false;

/**
 * One CLIENT span per Redis command (`GET`, `EVALSHA`; Application Insights'
 * `redis` dependency, target host:port), from the diagnostics channel ioredis
 * publishes on: no instrumentation package patches ioredis 6. Only inside an
 * operation (as pg's spans): a command outside any would be a trace of its
 * own. The command's name is the statement; its arguments (keys carry
 * session ids and client addresses) are left out.
 */
export function traceRedisCommands(): void {
  if (subscribed || typeof dc.tracingChannel !== 'function') return;
  subscribed = true;
  const tracer = trace.getTracer('aimon.redis');
  dc.tracingChannel<unknown, CommandTraceContext>('ioredis:command').subscribe({
    start(ctx) {
      const parent = context.active();
      if (!trace.getSpanContext(parent)) return;
      const operation = ctx.command.toUpperCase();
      open.set(
        ctx,
        tracer.startSpan(
          operation,
          {
            kind: SpanKind.CLIENT,
            attributes: {
              'db.system.name': 'redis',
              'db.operation.name': operation,
              'db.query.text': operation,
              'db.namespace': String(ctx.database),
              'server.address': ctx.serverAddress,
              ...(ctx.serverPort !== undefined ? { 'server.port': ctx.serverPort } : {}),
            },
          },
          parent,
        ),
      );
    },
    error(ctx) {
      const span = open.get(ctx);
      if (span) failSpan(span, ctx.error);
    },
    asyncEnd(ctx) {
      open.get(ctx)?.end();
      open.delete(ctx);
    },
    end() {},
    asyncStart() {},
  });
}
