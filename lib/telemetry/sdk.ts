import type { AppConfig } from '@/lib/config';
import { PrometheusExporter } from '@opentelemetry/exporter-prometheus';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-http';
import { OTLPLogExporter } from '@opentelemetry/exporter-logs-otlp-http';
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
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { logger } from './logger';
import { processSingleton } from '@/lib/runtime/process-singleton';
import { InAppSpanProcessor, onRequestCompleted } from './in-app-processor';
import { metricViews, recordRequestMetrics, registerProcessMetrics } from './metrics';
import { wrapExporter } from './export-health';
import { BookkeepingSampler } from './bookkeeping-sampler';

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
    'service.instance.id': `${hostname()}-${randomUUID().slice(0, 8)}`,
  });

  const inApp = new InAppSpanProcessor(t.traceStoreSize);
  const prometheus = new PrometheusExporter({ preventServerStart: true });
  const spanProcessors: SpanProcessor[] = [inApp];
  const metricReaders: MetricReader[] = [prometheus];
  const logRecordProcessors: LogRecordProcessor[] = [];
  const exporters: string[] = [];
  // Bounded queues and short time-outs: an unreachable backend costs a dropped
  // batch (counted in aimon.telemetry.export.failures), never a slow request.
  const batch = { maxQueueSize: t.exportQueueSize, maxExportBatchSize: 512, scheduledDelayMillis: 2_000, exportTimeoutMillis: 5_000 };

  if (t.otlpEndpoint) {
    const opts = { timeoutMillis: 5_000 };
    spanProcessors.push(new BatchSpanProcessor(wrapExporter('otlp.traces', new OTLPTraceExporter({ ...opts, url: `${t.otlpEndpoint}/v1/traces` })), batch));
    if (t.otlpMetrics) {
      metricReaders.push(
        new PeriodicExportingMetricReader({
          exporter: wrapExporter('otlp.metrics', new OTLPMetricExporter({ ...opts, url: `${t.otlpEndpoint}/v1/metrics` })),
          exportIntervalMillis: t.metricIntervalMs,
          exportTimeoutMillis: Math.min(5_000, t.metricIntervalMs),
        }),
      );
    }
    logRecordProcessors.push(
      new BatchLogRecordProcessor({ exporter: wrapExporter('otlp.logs', new OTLPLogExporter({ ...opts, url: `${t.otlpEndpoint}/v1/logs` })), ...batch }),
    );
    exporters.push('otlp');
  }

  const instrumentations = [
    new HttpInstrumentation({
      // Our own polling of health and metrics would drown the traces.
      ignoreIncomingRequestHook: (req) => /^\/(_next\/|favicon)/.test(req.url ?? ''),
    }),
    new UndiciInstrumentation(),
    new PgInstrumentation({ requireParentSpan: true }),
    // Prisma's own spans cover the embedded PGlite too, which has no wire protocol to instrument.
    new PrismaInstrumentation(),
    // Event-loop delay and utilization, GC durations, V8 heap (nodejs.*, v8js.* metrics).
    new RuntimeNodeInstrumentation(),
  ];

  let shutdown: () => Promise<void>;
  if (t.azureConnectionString) {
    const { useAzureMonitor, shutdownAzureMonitor } = await import('@azure/monitor-opentelemetry');
    useAzureMonitor({
      azureMonitorExporterOptions: { connectionString: t.azureConnectionString, disableOfflineStorage: true },
      resource,
      enableLiveMetrics: t.azureLiveMetrics,
      // Every request matters to the console's numbers; sample nothing away.
      samplingRatio: 1,
      tracesPerSecond: 0,
      spanProcessors,
      metricReaders,
      views: metricViews(),
      logRecordProcessors,
      instrumentationOptions: { http: { enabled: false }, postgreSql: { enabled: false }, azureSdk: { enabled: false } },
    });
    // The distro registers its own providers; add ours to them.
    const { registerInstrumentations } = await import('@opentelemetry/instrumentation');
    registerInstrumentations({ instrumentations });
    exporters.unshift('azure-monitor');
    shutdown = () => shutdownAzureMonitor();
  } else {
    const { NodeSDK } = await import('@opentelemetry/sdk-node');
    const sdk = new NodeSDK({ resource, sampler: new BookkeepingSampler(), spanProcessors, metricReaders, views: metricViews(), logRecordProcessors, instrumentations });
    sdk.start();
    shutdown = () => sdk.shutdown();
  }

  onRequestCompleted(recordRequestMetrics);
  registerProcessMetrics();
  Object.assign(state, { started: true, exporters, prometheus, inApp, shutdown });
  logger.info({ exporters: exporters.length ? exporters : ['none (in-app only)'] }, 'telemetry started');
  return state;
}
