import { metrics, type Counter, type Histogram } from '@opentelemetry/api';
import { processSingleton } from '@/lib/runtime/process-singleton';
import type { RequestSample } from './request-sample';

/**
 * The app's own instruments. One meter, created lazily after the SDK has
 * registered its provider; every reader (Prometheus, OTLP, Azure) sees them.
 */
interface Instruments {
  requests: Counter;
  errors: Counter;
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
      workflowDuration: meter.createHistogram('aimon.workflow.duration', { description: 'Duration of agent workflows', unit: 's' }),
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

/** Counts one finished request (called once per request, from the in-app processor's feed). */
export function recordRequestMetrics(sample: RequestSample): void {
  const i = instruments();
  const attrs = { 'http.request.method': sample.method, 'http.route': sample.route, 'http.response.status_code': sample.status };
  i.requests.add(1, attrs);
  const cls = errorClass(sample.status);
  if (cls) i.errors.add(1, { 'http.route': sample.route, 'error.class': cls });
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

/** Registers an observable gauge (e.g. active sessions) read at each collection: one value, or one per attribute set. */
export function observeGauge(name: string, description: string, read: () => number | readonly Observation[]): void {
  processSingleton(`otel-gauge-${name}`, () => {
    const gauge = metrics.getMeter('aimon').createObservableGauge(name, { description });
    gauge.addCallback((result) => observeAll(result, read()));
    return gauge;
  });
}

/** Registers an observable counter (a monotonic total kept elsewhere, e.g. cache hits) read at each collection. */
export function observeCounter(name: string, description: string, read: () => number | readonly Observation[]): void {
  processSingleton(`otel-counter-${name}`, () => {
    const counter = metrics.getMeter('aimon').createObservableCounter(name, { description });
    counter.addCallback((result) => observeAll(result, read()));
    return counter;
  });
}
