import { metrics, type Attributes, type Counter, type Histogram } from '@opentelemetry/api';
import { AggregationType, type ViewOptions } from '@opentelemetry/sdk-metrics';
import { processSingleton } from '@/lib/runtime';
import type { RequestSample } from './request-sample';
import { routeClass } from './route-class';

/**
 * Bucket boundaries in seconds for request durations: the OTel HTTP defaults
 * (5 ms to 10 s) plus 30, 60 and 120 s, since agent requests (a streamed
 * workflow) last up to WORKFLOW_TIMEOUT_MS. The latency objectives (0.5 s, and
 * 10 s for agent routes) are boundaries, so the alerts compare exact counts.
 */
export const REQUEST_DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 30, 60, 120];
/** Workflows take from half a second (simulators) to minutes (real models, WORKFLOW_TIMEOUT_MS 120 s). */
export const WORKFLOW_DURATION_BUCKETS = [0.25, 0.5, 1, 2, 4, 8, 15, 30, 60, 120, 300];
/** Database operations: 1 ms to 10 s, with the slow-query thresholds (2 s, 5 s) as boundaries. */
export const DB_OPERATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10];

/**
 * Views for every meter provider (NodeSDK or the Azure distro). The http and pg
 * instrumentations record `http.server.request.duration` and
 * `db.client.operation.duration` themselves, but without the route (Next.js
 * sets no RPC metadata) and for PostgreSQL only (not the embedded PGlite).
 * The app records both instruments itself, once per request and per Prisma
 * query, with the route template; theirs are dropped so each name has one
 * series set (otherwise every sum in PromQL would count requests twice).
 */
export function metricViews(): ViewOptions[] {
  const drop = { type: AggregationType.DROP } as const;
  return [
    { meterName: '@opentelemetry/instrumentation-http', instrumentName: 'http.server.request.duration', aggregation: drop },
    { meterName: '@opentelemetry/instrumentation-pg', instrumentName: 'db.client.operation.duration', aggregation: drop },
  ];
}

/**
 * The app's own instruments. One meter, created lazily after the SDK has
 * registered its provider; every reader (Prometheus, OTLP, Azure) sees them.
 */
interface Instruments {
  requests: Counter;
  errors: Counter;
  requestDuration: Histogram;
  dbDuration: Histogram;
  tokens: Histogram;
  operationDuration: Histogram;
  workflowDuration: Histogram;
}

function instruments(): Instruments {
  return processSingleton('otel-instruments', () => {
    const meter = metrics.getMeter('aimon');
    return {
      requests: meter.createCounter('aimon.http.server.requests', { description: 'HTTP requests served, by method, route and status' }),
      errors: meter.createCounter('aimon.http.server.errors', { description: 'HTTP requests that failed, by route and class (5xx, 4xx, 429, 403)' }),
      requestDuration: meter.createHistogram('http.server.request.duration', {
        description: 'Duration of HTTP server requests, by method, route template, status and route class (agent or standard)',
        unit: 's',
        advice: { explicitBucketBoundaries: REQUEST_DURATION_BUCKETS },
      }),
      dbDuration: meter.createHistogram('db.client.operation.duration', {
        description: 'Duration of database queries (Prisma, PostgreSQL and embedded PGlite alike)',
        unit: 's',
        advice: { explicitBucketBoundaries: DB_OPERATION_BUCKETS },
      }),
      tokens: meter.createHistogram('gen_ai.client.token.usage', {
        description: 'Tokens used per model call (gen_ai.token.type = input | output)',
        unit: '{token}',
        advice: { explicitBucketBoundaries: [1, 4, 16, 64, 256, 1024, 4096, 16384, 65536] },
      }),
      operationDuration: meter.createHistogram('gen_ai.client.operation.duration', {
        description: 'Duration of model calls',
        unit: 's',
        advice: { explicitBucketBoundaries: [0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92] },
      }),
      workflowDuration: meter.createHistogram('aimon.workflow.duration', {
        description: 'Duration of agent workflows',
        unit: 's',
        // Without advice the SDK's default boundaries (0 to 10 000) are made for milliseconds.
        advice: { explicitBucketBoundaries: WORKFLOW_DURATION_BUCKETS },
      }),
    };
  });
}

export function errorClass(status: number): string | undefined {
  if (status === 429) return '429';
  if (status === 403) return '403';
  if (status >= 500) return '5xx';
  if (status >= 400) return '4xx';
  return undefined;
}

interface RequestAttributes {
  count: Attributes;
  duration: Attributes;
  error: Attributes | undefined;
}

/** More than the app's routes × methods × statuses: past it the sets are made again, never an unbounded map. */
const MAX_ATTRIBUTE_SETS = 2_000;

/**
 * The attribute sets of a request's three records, made once per method, route
 * and status rather than three objects (and a spread) on every request. The
 * SDK only reads them; they are frozen so nothing can change a series' key.
 */
function requestAttributes(method: string, route: string, status: number): RequestAttributes {
  const sets = processSingleton('otel-request-attribute-sets', () => new Map<string, RequestAttributes>());
  const key = `${method} ${status} ${route}`;
  let found = sets.get(key);
  if (!found) {
    if (sets.size >= MAX_ATTRIBUTE_SETS) sets.clear();
    const count = Object.freeze({ 'http.request.method': method, 'http.route': route, 'http.response.status_code': status });
    const cls = errorClass(status);
    found = {
      count,
      // The route template (never the raw path) keeps the series bounded; the class is a function of it.
      duration: Object.freeze({ ...count, 'aimon.route.class': routeClass(method, route) }),
      error: cls ? Object.freeze({ 'http.route': route, 'error.class': cls }) : undefined,
    };
    sets.set(key, found);
  }
  return found;
}

/** Counts one finished request (called once per request, from the in-app processor's feed). */
export function recordRequestMetrics(sample: RequestSample): void {
  const i = instruments();
  const attrs = requestAttributes(sample.method, sample.route, sample.status);
  i.requests.add(1, attrs.count);
  i.requestDuration.record(sample.durationMs / 1000, attrs.duration);
  if (attrs.error) i.errors.add(1, attrs.error);
}

/** One database query (from Prisma's query spans, which cover PostgreSQL and PGlite). */
export function recordDbQueryDuration(durationMs: number): void {
  instruments().dbDuration.record(durationMs / 1000, { 'db.system.name': 'postgresql' });
}

export interface ModelCallMetrics {
  provider: string;
  requestModel: string;
  responseModel?: string;
  operation: 'chat' | 'text_completion';
  inputTokens?: number;
  outputTokens?: number;
  durationMs: number;
  errorType?: string;
}

/** GenAI semantic-convention metrics for one model call. */
export function recordModelCallMetrics(m: ModelCallMetrics): void {
  const i = instruments();
  const attrs = {
    'gen_ai.operation.name': m.operation,
    'gen_ai.provider.name': m.provider,
    'gen_ai.request.model': m.requestModel,
    ...(m.responseModel ? { 'gen_ai.response.model': m.responseModel } : {}),
    ...(m.errorType ? { 'error.type': m.errorType } : {}),
  };
  if (m.inputTokens !== undefined) i.tokens.record(m.inputTokens, { ...attrs, 'gen_ai.token.type': 'input' });
  if (m.outputTokens !== undefined) i.tokens.record(m.outputTokens, { ...attrs, 'gen_ai.token.type': 'output' });
  i.operationDuration.record(m.durationMs / 1000, attrs);
}

export function recordWorkflowDuration(durationMs: number, attrs: { model: string; outcome: string; scenario: string }): void {
  instruments().workflowDuration.record(durationMs / 1000, { 'aimon.model': attrs.model, 'aimon.outcome': attrs.outcome, 'aimon.scenario': attrs.scenario });
}

/** One observation of an observable instrument, for instruments with one series per attribute set (e.g. per model slot). */
export interface Observation {
  value: number;
  attributes: Record<string, string>;
}

function observeAll(result: { observe(value: number, attributes?: Record<string, string>): void }, values: number | readonly Observation[]): void {
  if (typeof values === 'number') result.observe(values);
  else for (const o of values) result.observe(o.value, o.attributes);
}

/**
 * Registers an observable gauge (e.g. active sessions) read at each collection: one value, or one per attribute set.
 * `unit` is UCUM as OpenTelemetry wants it (`By`, `s`, `%`, `1`); /metrics adds it to the name (`_bytes`, `_seconds`).
 */
export function observeGauge(name: string, description: string, read: () => number | readonly Observation[], unit?: string): void {
  processSingleton(`otel-gauge-${name}`, () => {
    const gauge = metrics.getMeter('aimon').createObservableGauge(name, { description, ...(unit ? { unit } : {}) });
    gauge.addCallback((result) => observeAll(result, read()));
    return gauge;
  });
}

/** Registers an observable counter (a monotonic total kept elsewhere, e.g. cache hits) read at each collection. */
export function observeCounter(name: string, description: string, read: () => number | readonly Observation[], unit?: string): void {
  processSingleton(`otel-counter-${name}`, () => {
    const counter = metrics.getMeter('aimon').createObservableCounter(name, { description, ...(unit ? { unit } : {}) });
    counter.addCallback((result) => observeAll(result, read()));
    return counter;
  });
}

/**
 * The process's own resource metrics under their OpenTelemetry names
 * (`process.memory.usage`, `process.cpu.time`), which the runtime
 * instrumentation (event loop, GC, V8 heap) does not cover. Read from Node.js
 * at each collection, so replicas are summed or compared in PromQL
 * (`rate(process_cpu_time_seconds_total[1m])`).
 */
export function registerProcessMetrics(): void {
  processSingleton('otel-process-metrics', () => {
    const meter = metrics.getMeter('aimon');
    const memory = meter.createObservableUpDownCounter('process.memory.usage', { description: 'Resident set size of the process', unit: 'By' });
    memory.addCallback((result) => result.observe(process.memoryUsage.rss()));
    const cpu = meter.createObservableCounter('process.cpu.time', { description: 'CPU time of the process, by mode (user, system)', unit: 's' });
    cpu.addCallback((result) => {
      const usage = process.cpuUsage();
      result.observe(usage.user / 1e6, { 'cpu.mode': 'user' });
      result.observe(usage.system / 1e6, { 'cpu.mode': 'system' });
    });
    return true;
  });
}
