import { trace } from '@opentelemetry/api';
import { logs, SeverityNumber } from '@opentelemetry/api-logs';
import { Writable } from 'node:stream';
import pino from 'pino';
import { processSingleton } from '@/lib/runtime';

const SEVERITY: Record<number, [SeverityNumber, string]> = {
  10: [SeverityNumber.TRACE, 'TRACE'],
  20: [SeverityNumber.DEBUG, 'DEBUG'],
  30: [SeverityNumber.INFO, 'INFO'],
  40: [SeverityNumber.WARN, 'WARN'],
  50: [SeverityNumber.ERROR, 'ERROR'],
  60: [SeverityNumber.FATAL, 'FATAL'],
};

/**
 * Forwards each log line, after pino has serialized and redacted it, to the
 * OpenTelemetry logs API (Application Insights `traces`, OTLP logs). Until an
 * SDK registers a logger provider this is a no-op.
 */
const otelStream = new Writable({
  write(chunk: Buffer, _encoding, done) {
    try {
      const line = JSON.parse(chunk.toString()) as Record<string, unknown>;
      const { level, msg, time: _time, trace_id: _t, span_id: _s, service: _service, ...rest } = line;
      const [severityNumber, severityText] = SEVERITY[Number(level)] ?? [SeverityNumber.INFO, 'INFO'];
      const attributes: Record<string, string | number | boolean> = {};
      for (const [key, value] of Object.entries(rest)) {
        attributes[key] = typeof value === 'object' && value !== null ? JSON.stringify(value) : (value as string | number | boolean);
      }
      logs.getLogger('aimon').emit({ severityNumber, severityText, body: String(msg ?? ''), attributes });
    } catch {
      // A log line that cannot be parsed is still on stdout; never fail the caller.
    }
    done();
  },
});

/**
 * The `service` of every log line. Process-wide: Next.js bundles this module
 * into several chunks (instrumentation, each route), each with its own copy.
 */
const logService = () => processSingleton('log-service', () => ({ name: 'aimon' }));

/** The `service` of every log line from now on (start-up sets OTEL_SERVICE_NAME's value). */
export function setLogService(name: string): void {
  logService().name = name;
}

/**
 * JSON logs on stdout (one object per line, ready for any log shipper), with
 * the active trace and span ids so a log line leads to its trace. Secret-looking
 * fields are censored wherever they appear, so a careless `log.info({ req })`
 * cannot leak a token or a cookie.
 */
export const logger = pino(
  {
    // Bootstrap sets the configured level; until then (config may be invalid) log at info.
    level: 'info',
    // No pid/hostname: the service (OTEL_SERVICE_NAME, as in every other signal) comes from the mixin.
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    // The one name for the trace id in every log line: trace_id (with span_id), as OTel's log data model has it.
    mixin() {
      const ctx = trace.getActiveSpan()?.spanContext();
      const service = logService().name;
      return ctx ? { service, trace_id: ctx.traceId, span_id: ctx.spanId } : { service };
    },
    redact: {
      paths: [
        'token', '*.token', 'password', '*.password', 'secret', '*.secret', 'apiKey', '*.apiKey',
        'authorization', '*.authorization', 'cookie', '*.cookie', 'headers.cookie', 'headers.authorization',
        'connectionString', '*.connectionString', 'adminToken', '*.adminToken', 'sessionSecret',
      ],
      censor: '[redacted]',
    },
  },
  pino.multistream([{ level: 'trace', stream: process.stdout }, { level: 'trace', stream: otelStream }]),
);

export type Logger = typeof logger;

/** A URL safe to log: the password (and any query string) removed. */
export function redactUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.password) url.password = '***';
    url.search = '';
    return url.toString();
  } catch {
    return '[unparseable url]';
  }
}
