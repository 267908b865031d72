import type { ExportResult } from '@opentelemetry/core';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { exportable } from './export-filter';
import { recordExportResult, registerExporter } from './export-health';

/** The name Azure Monitor's batches are counted under (health, aimon_telemetry_export_failures_total). */
export const AZURE_EXPORTER = 'azure-monitor';

const PATCHED = Symbol.for('aimon.azure-export.patched');

interface Envelope {
  tags?: Record<string, string>;
  data?: { baseType?: string; baseData?: Record<string, unknown> };
}
interface Sender {
  exportEnvelopes(envelopes: Envelope[], ...rest: unknown[]): Promise<ExportResult>;
  /** One POST to the ingestion endpoint: its status, or a throw when it cannot be reached. */
  send?(envelopes: Envelope[]): Promise<{ statusCode?: number | null }>;
  [PATCHED]?: true;
}
type ExportFn = (items: unknown, done: (result: ExportResult) => void) => Promise<void> | void;
interface ExporterClass {
  prototype: { export: ExportFn; [PATCHED]?: true };
}

export interface AzureExportHooks {
  /** The request a trace belongs to (`GET /api/health`), for telemetry that has none of its own. */
  operationName(traceId: string): string | undefined;
  /** What an in-process dependency's `target` says: this service. */
  serviceName: string;
}

/**
 * The distro builds its exporters itself and offers no hook on them, so their
 * classes are wrapped (once per process; the distro and this module load the
 * same copy of @azure/monitor-opentelemetry-exporter, both external to the
 * bundle). Each POST to the ingestion endpoint is counted, as the OTLP
 * exporters' batches are: with the endpoint down, health says so and /metrics
 * counts the loss (the trace exporter also calls back twice, its result then
 * SUCCESS; only the first is passed on). Spans recorded only for the console are left out, and the
 * envelopes get what the portal reads but the exporter leaves empty or gets
 * wrong (see completeEnvelopes): a target on every dependency, the
 * operation's name on exceptions, traces and dependencies, GenAI dependency
 * types, parsed stacks, 4xx requests not failed.
 */
export function watchAzureExport(
  exporters: { AzureMonitorTraceExporter: unknown; AzureMonitorMetricExporter: unknown; AzureMonitorLogExporter: unknown },
  hooks: AzureExportHooks,
): void {
  registerExporter(AZURE_EXPORTER);
  const classes: Array<[ExporterClass, 'trace' | 'other']> = [
    [exporters.AzureMonitorTraceExporter as ExporterClass, 'trace'],
    [exporters.AzureMonitorMetricExporter as ExporterClass, 'other'],
    [exporters.AzureMonitorLogExporter as ExporterClass, 'other'],
  ];
  for (const [cls, kind] of classes) {
    const proto = cls.prototype;
    if (proto[PATCHED]) continue;
    proto[PATCHED] = true;
    const original = proto.export;
    proto.export = function patchedExport(this: { sender?: Sender; _sender?: Sender }, items: unknown, done: (result: ExportResult) => void) {
      const sender = this.sender ?? this._sender;
      if (sender && !sender[PATCHED]) {
        sender[PATCHED] = true;
        const exportEnvelopes = sender.exportEnvelopes.bind(sender);
        sender.exportEnvelopes = (envelopes, ...rest) => exportEnvelopes(completeEnvelopes(envelopes, hooks), ...rest);
        // Counted at the POST itself: with offline storage off, the exporter
        // answers SUCCESS for a batch it could not deliver (its "persist" step
        // accepts and drops it), so its result cannot tell a dead endpoint.
        const send = sender.send?.bind(sender);
        if (send) {
          sender.send = async (envelopes) => {
            try {
              const answer = await send(envelopes);
              const ok = answer.statusCode === 200 || answer.statusCode === 206;
              recordExportResult(AZURE_EXPORTER, ok ? { code: 0 } : { code: 1, error: new Error(`ingestion answered HTTP ${answer.statusCode ?? 'nothing'}`) }, envelopes.length);
              return answer;
            } catch (error) {
              recordExportResult(AZURE_EXPORTER, { code: 1, error: error as Error }, envelopes.length);
              throw error;
            }
          };
        }
      }
      let batch = items;
      if (kind === 'trace') {
        batch = exportable(items as ReadableSpan[]);
        rememberTargets(batch as ReadableSpan[]);
        // Nothing left to send is a delivered batch (the exporter would say nothing at all).
        if ((batch as ReadableSpan[]).length === 0) return done({ code: 0 });
      }
      let answered = false;
      return original.call(this, batch, (result) => {
        if (answered) return;
        answered = true;
        done(result);
      });
    };
  }
}

/** Fills what the portal's blades and the KQL pack read and the exporter leaves empty or gets wrong. */
export function completeEnvelopes<E extends Envelope>(envelopes: E[], hooks: AzureExportHooks): E[] {
  for (const envelope of envelopes) {
    const tags = envelope.tags;
    const data = envelope.data?.baseData;
    if (!tags || !data) continue;
    const operationId = tags['ai.operation.id'];
    if (!tags['ai.operation.name'] && operationId) {
      const name = hooks.operationName(operationId);
      if (name) tags['ai.operation.name'] = name;
    }
    switch (envelope.data?.baseType) {
      case 'RemoteDependencyData':
        completeDependency(data, operationId, hooks);
        break;
      case 'RequestData':
        completeRequest(data);
        break;
      case 'ExceptionData':
        for (const details of (data.exceptions as ExceptionDetails[] | undefined) ?? []) {
          // Recorded as a bare message (pg's and Prisma's own spans do), an exception has no type: the exporter writes "undefined".
          if (!details.typeName || details.typeName === 'undefined') details.typeName = /^PostgreSQL error/.test(details.message ?? '') ? 'PostgreSQLError' : 'Error';
          if (details.stack === 'undefined') delete details.stack;
          if (details.stack && !details.parsedStack) details.parsedStack = parseStack(details.stack);
        }
        break;
    }
  }
  return envelopes;
}

function completeDependency(data: Record<string, unknown>, operationId: string | undefined, hooks: AzureExportHooks): void {
  const id = String(data.id ?? '');
  const properties = (data.properties ?? {}) as Record<string, string>;
  if (!data.target) {
    // The exporter sets a target only for HTTP, database and RPC calls. A model
    // call names its server (server.address/port); in-process work (agent and
    // tool spans, the in-process MCP server, Next's route spans) runs in this
    // service, so Application Map draws no unknown external node for it.
    data.target = spanTargets.get(id) ?? hooks.serviceName;
  } else if (data.type === 'redis' && spanTargets.has(id)) {
    // The exporter names a Redis call after its database index ("0"): the server is the node on Application Map.
    data.target = spanTargets.get(id);
  }
  spanTargets.delete(id);
  // A root INTERNAL span (a background operation's) is in-process work too;
  // the exporter calls only a child one InProc.
  if (data.type === 'Dependency') data.type = 'InProc';
  const operation = properties['gen_ai.operation.name'];
  if (operation) {
    // Application Insights' Agents view lists dependencies typed `GenAI | <provider>`
    // and still reads the provider from gen_ai.system (the conventions' former
    // name); a tool span has no provider of its own: its agent's model's.
    const provider = properties['gen_ai.provider.name'] ?? (operationId ? traceProviders.get(operationId) : undefined);
    data.type = provider ? `GenAI | ${provider}` : 'GenAI';
    if (provider) {
      properties['gen_ai.system'] ??= provider;
      data.properties = properties;
    }
  }
  if (data.type === 'Http' && typeof data.data === 'string') data.data = withoutQuery(data.data);
}

function completeRequest(data: Record<string, unknown>): void {
  // The exporter fails every request of 400 and up; a 4xx is the client's
  // mistake, answered as designed, and the Failures blade is for 5xx (as the
  // HTTP conventions mark server spans failed only for those).
  const code = Number(data.responseCode);
  if (Number.isInteger(code) && code >= 400 && code < 500) data.success = true;
  if (typeof data.url === 'string') data.url = withoutQuery(data.url);
}

/** A URL without its query string and credentials, which may carry what is not ours to keep. */
function withoutQuery(raw: string): string {
  try {
    const url = new URL(raw);
    url.search = '';
    url.username = '';
    url.password = '';
    return url.toString();
  } catch {
    return raw.split('?')[0]!;
  }
}

interface ExceptionDetails {
  typeName?: string;
  message?: string;
  stack?: string;
  parsedStack?: StackFrame[];
}
interface StackFrame {
  level: number;
  method: string;
  assembly?: string;
  fileName?: string;
  line?: number;
}

const FRAME = /^\s*at (?:(.+?) \()?(.+?)(?::(\d+))?(?::\d+)?\)?$/;

/**
 * A V8 stack as Application Insights' frames: the problem id (Failures
 * blade grouping) and the stack view are built from them; the text alone
 * leaves `details[0].parsedStack` empty.
 */
export function parseStack(stack: string): StackFrame[] {
  const frames: StackFrame[] = [];
  for (const line of stack.split('\n')) {
    if (!/^\s*at /.test(line)) continue;
    const m = FRAME.exec(line);
    if (!m) continue;
    const [, method, location, lineNo] = m;
    const fileName = location!.replace(/^file:\/\//, '');
    frames.push({
      level: frames.length,
      method: (method ?? '<anonymous>').slice(0, 1024),
      assembly: fileName.split('/').slice(-1)[0]!.slice(0, 1024),
      fileName: fileName.slice(0, 1024),
      ...(lineNo ? { line: Number(lineNo) } : {}),
    });
    if (frames.length >= 50) break;
  }
  return frames;
}

/**
 * server.address/port of the spans being converted, by span id: the exporter
 * drops them from the envelope's properties, and the conversion runs between
 * the export call and the send.
 */
const spanTargets = new Map<string, string>();
/** gen_ai.provider.name seen in a trace, by trace id: its tool spans' provider. */
const traceProviders = new Map<string, string>();

function rememberTargets(spans: ReadableSpan[]): void {
  for (const span of spans) {
    const provider = span.attributes['gen_ai.provider.name'];
    if (typeof provider === 'string') {
      traceProviders.delete(span.spanContext().traceId);
      traceProviders.set(span.spanContext().traceId, provider);
    }
    const address = span.attributes['server.address'];
    if (typeof address !== 'string') continue;
    const port = span.attributes['server.port'];
    spanTargets.set(span.spanContext().spanId, port !== undefined ? `${address}:${String(port)}` : address);
  }
  // Bounded: an id whose envelope never comes (an HTTP call, which has its own target) ages out.
  while (spanTargets.size > 5_000) spanTargets.delete(spanTargets.keys().next().value!);
  while (traceProviders.size > 5_000) traceProviders.delete(traceProviders.keys().next().value!);
}
