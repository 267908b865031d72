import type { AppConfig } from '@/lib/config';
import { PrometheusExporter } from '@opentelemetry/exporter-prometheus';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { PrismaInstrumentation } from '@prisma/instrumentation';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { RuntimeNodeInstrumentation } from '@opentelemetry/instrumentation-runtime-node';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchLogRecordProcessor, type LogRecordProcessor } from '@opentelemetry/sdk-logs';
import { PeriodicExportingMetricReader, type MetricReader } from '@opentelemetry/sdk-metrics';
import { BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } from '@opentelemetry/semantic-conventions';
import { logger } from './logger';
import { processSingleton } from '@/lib/runtime';
import { InAppSpanProcessor, onRequestCompleted } from './in-app-processor';
import { metricViews, recordRequestMetrics, registerProcessMetrics } from './metrics';
import { wrapExporter } from './export-health';
import { BookkeepingSampler, configuredSampler } from './bookkeeping-sampler';
import { AZURE_EXPORTER, watchAzureExport } from './azure-export';
import { withoutHiddenSpans } from './export-filter';
import { traceRedisCommands } from './redis-trace';
import { installNextJsTracer } from './next-tracer';
import { leaveServerEmittersUnbound } from './server-emitters';

export interface TelemetryState {
  started: boolean;
  exporters: string[];
  prometheus: PrometheusExporter | undefined;
  inApp: InAppSpanProcessor | undefined;
  shutdown(): Promise<void>;
}

const NOT_STARTED: TelemetryState = {
  started: false,
  exporters: [],
  prometheus: undefined,
  inApp: undefined,
  shutdown: async () => undefined,
};

export function telemetryState(): TelemetryState {
  return processSingleton('telemetry-state', () => ({ ...NOT_STARTED }));
}

/**
 * Starts OpenTelemetry once per process (Node.js runtime only): the in-app
 * processor that feeds the monitoring console and the trace view, Prometheus at
 * /metrics, and the exporters the configuration asks for: Azure Monitor
 * (APPLICATIONINSIGHTS_CONNECTION_STRING), OTLP/HTTP (OTEL_EXPORTER_OTLP_ENDPOINT),
 * both, or none, in which case nothing leaves the process.
 */
export async function startTelemetry(config: AppConfig): Promise<TelemetryState> {
  const state = telemetryState();
  if (state.started || !config.telemetry.enabled) return state;
  const t = config.telemetry;

  const resource = resourceFromAttributes({
    [ATTR_SERVICE_NAME]: config.serviceName,
    [ATTR_SERVICE_VERSION]: config.version,
    // Application Insights' cloud_RoleInstance: one per replica, the same id its job leases and health report carry.
    'service.instance.id': config.monitoring.instanceId,
  });

  const inApp = new InAppSpanProcessor(t.traceStoreSize, { hideOrmQuerySpans: config.database.kind === 'postgres' });
  const prometheus = new PrometheusExporter({ preventServerStart: true });
  const spanProcessors: SpanProcessor[] = [inApp];
  const metricReaders: MetricReader[] = [prometheus];
  const logRecordProcessors: LogRecordProcessor[] = [];
  const exporters: string[] = [];
  // Bounded queues and short time-outs: an unreachable backend costs a dropped
  // batch (counted in aimon.telemetry.export.failures), never a slow request.
  const batch: BatchOptions = { maxQueueSize: t.exportQueueSize, maxExportBatchSize: 512, scheduledDelayMillis: 2_000, exportTimeoutMillis: 5_000 };

  const sampler = new BookkeepingSampler(configuredSampler(t.sampler));
  exporters.push(...(await addOtlpExporters(t, batch, { spanProcessors, metricReaders, logRecordProcessors })));

  let shutdown: () => Promise<void>;
  if (t.azureConnectionString) {
    const [{ useAzureMonitor, shutdownAzureMonitor }, azureExporters] = await Promise.all([
      import('@azure/monitor-opentelemetry'),
      import('@azure/monitor-opentelemetry-exporter'),
    ]);
    watchAzureExport(azureExporters, { operationName: (traceId) => inApp.operationName(traceId), serviceName: config.serviceName });
    // The distro takes no sampler but reads OTEL_TRACES_SAMPLER itself, and its
    // always_off drops spans for the in-app console too (and it does not know
    // the spec's `traceidratio`). lib/config has read the variable already; the
    // distro gets its ratio instead: Application Insights' own sampler, which
    // keeps every span for the console and tells the ingestion the rate.
    delete process.env.OTEL_TRACES_SAMPLER;
    delete process.env.OTEL_TRACES_SAMPLER_ARG;
    useAzureMonitor({
      azureMonitorExporterOptions: { connectionString: t.azureConnectionString, disableOfflineStorage: true },
      resource,
      enableLiveMetrics: t.azureLiveMetrics,
      samplingRatio: azureSamplingRatio(t.sampler),
      tracesPerSecond: 0,
      spanProcessors,
      metricReaders,
      views: metricViews(),
      logRecordProcessors,
      instrumentationOptions: { http: { enabled: false }, postgreSql: { enabled: false }, azureSdk: { enabled: false } },
    });
    // The distro replaces the global OpenTelemetry API object, so the
    // instrumentations are made only now: one made before it would hold the
    // old, never-delegated tracer provider (Prisma's did: no database spans).
    const { registerInstrumentations } = await import('@opentelemetry/instrumentation');
    registerInstrumentations({ instrumentations: createInstrumentations(ingestionHost(t.azureConnectionString)) });
    exporters.unshift(AZURE_EXPORTER);
    shutdown = () => shutdownAzureMonitor();
  } else {
    const { NodeSDK } = await import('@opentelemetry/sdk-node');
    const sdk = new NodeSDK({ resource, sampler, spanProcessors, metricReaders, views: metricViews(), logRecordProcessors, instrumentations: createInstrumentations(undefined) });
    sdk.start();
    shutdown = () => sdk.shutdown();
  }

  // Next.js's bookkeeping spans are not started at all (they were dropped after starting).
  installNextJsTracer();
  // The request's req and res are not bound to its context (listeners wrapped on every request for nothing).
  leaveServerEmittersUnbound();
  traceRedisCommands();
  onRequestCompleted(recordRequestMetrics);
  registerProcessMetrics();
  Object.assign(state, { started: true, exporters, prometheus, inApp, shutdown });
  logger.info({ exporters: exporters.length ? exporters : ['none (in-app only)'] }, 'telemetry started');
  return state;
}

type TelemetryConfig = AppConfig['telemetry'];
interface BatchOptions {
  maxQueueSize: number;
  maxExportBatchSize: number;
  scheduledDelayMillis: number;
  exportTimeoutMillis: number;
}

/**
 * OTLP/HTTP per signal, each to its endpoint (OTEL_EXPORTER_OTLP_<SIGNAL>_ENDPOINT
 * as given, or the base endpoint + /v1/<signal>), in the encoding
 * OTEL_EXPORTER_OTLP_PROTOCOL names (protobuf unless http/json).
 */
async function addOtlpExporters(
  t: TelemetryConfig,
  batch: BatchOptions,
  into: { spanProcessors: SpanProcessor[]; metricReaders: MetricReader[]; logRecordProcessors: LogRecordProcessor[] },
): Promise<string[]> {
  const { traces, metrics, logs, protocol } = t.otlp;
  if (!traces && !metrics && !logs) return [];
  const json = protocol === 'http/json';
  const opts = { timeoutMillis: 5_000 };
  if (traces) {
    const { OTLPTraceExporter } = json ? await import('@opentelemetry/exporter-trace-otlp-http') : await import('@opentelemetry/exporter-trace-otlp-proto');
    into.spanProcessors.push(new BatchSpanProcessor(withoutHiddenSpans(wrapExporter('otlp.traces', new OTLPTraceExporter({ ...opts, url: traces }))), batch));
  }
  // OTEL_METRICS_EXPORTER without otlp: /metrics is scraped instead, nothing counted twice.
  if (metrics && t.otlpMetrics) {
    const { OTLPMetricExporter } = json ? await import('@opentelemetry/exporter-metrics-otlp-http') : await import('@opentelemetry/exporter-metrics-otlp-proto');
    into.metricReaders.push(
      new PeriodicExportingMetricReader({
        exporter: wrapExporter('otlp.metrics', new OTLPMetricExporter({ ...opts, url: metrics })),
        exportIntervalMillis: t.metricIntervalMs,
        exportTimeoutMillis: Math.min(5_000, t.metricIntervalMs),
      }),
    );
  }
  if (logs) {
    const { OTLPLogExporter } = json ? await import('@opentelemetry/exporter-logs-otlp-http') : await import('@opentelemetry/exporter-logs-otlp-proto');
    into.logRecordProcessors.push(new BatchLogRecordProcessor({ exporter: wrapExporter('otlp.logs', new OTLPLogExporter({ ...opts, url: logs })), ...batch }));
  }
  return ['otlp'];
}

/** OTEL_TRACES_SAMPLER as the Azure distro's ratio (its sampler hashes the trace id, so the parent's decision is not consulted). */
function azureSamplingRatio(sampler: TelemetryConfig['sampler']): number {
  if (sampler.name.endsWith('always_off')) return 0;
  return sampler.name.endsWith('traceidratio') ? sampler.ratio : 1;
}

/** The ingestion host of a connection string (the exporter's own calls are not the app's dependencies). */
function ingestionHost(connectionString: string): string | undefined {
  const endpoint = /IngestionEndpoint=([^;]+)/i.exec(connectionString)?.[1];
  try {
    return endpoint ? new URL(endpoint).host : undefined;
  } catch {
    return undefined;
  }
}

/** Hosts the Azure distro itself calls (instance metadata, its dynamic settings): not the app's dependencies. */
const AZURE_SDK_HOSTS = /^(169\.254\.169\.254|.*\.monitor\.azure\.com)(:\d+)?$/;

function createInstrumentations(ingestion: string | undefined) {
  return [
    withoutServerDuration(new HttpInstrumentation({
      // Our own polling of health and metrics would drown the traces.
      ignoreIncomingRequestHook: (req) => /^\/(_next\/|favicon)/.test(req.url ?? ''),
      ignoreOutgoingRequestHook: (req) => {
        const host = String(req.host ?? req.hostname ?? '') + (req.port ? `:${String(req.port)}` : '');
        return AZURE_SDK_HOSTS.test(host) || (ingestion !== undefined && host === ingestion);
      },
      // The request's URL as the client asked for it, port included (the
      // instrumentation records only the host name, and Application Insights'
      // requests.url is built from it); the query string is left out, it may
      // carry what is not ours to keep.
      startIncomingSpanHook: (req) => {
        const host = req.headers.host;
        return host ? { 'url.full': `http://${host}${(req.url ?? '/').split('?')[0]}` } : {};
      },
    })),
    new UndiciInstrumentation(),
    // Taking a pooled connection is not a call to the database (pg.connect, a new connection, is).
    withoutPgOperationDuration(new PgInstrumentation({ requireParentSpan: true, ignoreConnectSpans: true })),
    // Prisma's own spans cover the embedded PGlite too, which has no wire protocol
    // to instrument. Serializing and compiling a query are CPU bookkeeping, a row
    // each per query in Application Insights: not made at all.
    new PrismaInstrumentation({ ignoreSpanTypes: ['prisma:client:serialize', 'prisma:client:compile'] }),
    // Event-loop delay and utilization, GC durations, V8 heap (nodejs.*, v8js.* metrics).
    new RuntimeNodeInstrumentation(),
  ];
}

/**
 * The instrumentation's own http.server.request.duration has no route and is
 * dropped by metricViews: not recorded at all, which saves a histogram record
 * (attribute hashing included) on every request.
 */
function withoutServerDuration(http: HttpInstrumentation): HttpInstrumentation {
  (http as unknown as { _recordServerDuration: () => void })._recordServerDuration = () => undefined;
  return http;
}

/**
 * The same for pg's db.client.operation.duration (no route, PostgreSQL only,
 * dropped by metricViews: the app records its own from Prisma's query spans):
 * not recorded, a histogram record and its attribute object saved per query.
 */
function withoutPgOperationDuration(pg: PgInstrumentation): PgInstrumentation {
  (pg as unknown as { recordOperationDuration: () => void }).recordOperationDuration = () => undefined;
  return pg;
}
