import { metrics } from '@opentelemetry/api';
import { PrometheusExporter } from '@opentelemetry/exporter-prometheus';
import { MeterProvider } from '@opentelemetry/sdk-metrics';
import { afterAll, describe, expect, it } from 'vitest';
import { metricViews, recordRequestMetrics, recordWorkflowDuration, registerProcessMetrics, REQUEST_DURATION_BUCKETS, WORKFLOW_DURATION_BUCKETS } from './metrics';
import { prometheusMetricName, prometheusUnitSuffix, toPrometheusText } from './prometheus';

describe('Prometheus names (OpenTelemetry compatibility spec)', () => {
  it('turns units into suffixes', () => {
    expect(prometheusUnitSuffix('s', false)).toBe('seconds');
    expect(prometheusUnitSuffix('ms', false)).toBe('milliseconds');
    expect(prometheusUnitSuffix('By', true)).toBe('bytes');
    expect(prometheusUnitSuffix('1', true)).toBe('ratio');
    expect(prometheusUnitSuffix('1', false)).toBe('');
    expect(prometheusUnitSuffix('{token}', false)).toBe('');
    expect(prometheusUnitSuffix('By/s', false)).toBe('bytes_per_second');
    expect(prometheusUnitSuffix(undefined, false)).toBe('');
    expect(prometheusMetricName('http.server.request.duration', 's', false)).toBe('http.server.request.duration_seconds');
    expect(prometheusMetricName('aimon.disk.used.percent', '%', true)).toBe('aimon.disk.used.percent');
    expect(prometheusMetricName('gen_ai.client.token.usage', '{token}', false)).toBe('gen_ai.client.token.usage');
  });
});

describe('the exported metrics as Prometheus reads them', () => {
  const reader = new PrometheusExporter({ preventServerStart: true });
  const provider = new MeterProvider({ readers: [reader], views: metricViews() });
  metrics.setGlobalMeterProvider(provider);
  afterAll(() => provider.shutdown());

  it('has request durations in seconds per route template and class, workflow durations in second buckets, process metrics', async () => {
    const base = { path: '', status: 200, endMs: Date.now(), traceId: 't' };
    recordRequestMetrics({ ...base, method: 'GET', route: '/api/logs/[service]', path: '/api/logs/redis', durationMs: 12 });
    recordRequestMetrics({ ...base, method: 'POST', route: '/api/workflows', durationMs: 1_300 });
    recordWorkflowDuration(1_300, { model: 'A', outcome: 'success', scenario: 'health-check' });
    registerProcessMetrics();
    // What the http instrumentation would record for the same request, without the route: dropped.
    metrics.getMeter('@opentelemetry/instrumentation-http').createHistogram('http.server.request.duration', { unit: 's' }).record(0.012, { 'http.request.method': 'GET' });

    const { resourceMetrics } = await reader.collect();
    const text = toPrometheusText(resourceMetrics);
    expect(text).toContain('# TYPE http_server_request_duration_seconds histogram');
    expect(text).toMatch(/^http_server_request_duration_seconds_count\{http_request_method="GET",http_route="\/api\/logs\/\[service\]",http_response_status_code="200",aimon_route_class="standard",otel_scope_name="aimon"\} 1$/m);
    expect(text).toMatch(/^http_server_request_duration_seconds_bucket\{http_request_method="POST",http_route="\/api\/workflows",http_response_status_code="200",aimon_route_class="agent",otel_scope_name="aimon",le="2\.5"\} 1$/m);
    expect(text).not.toContain('/api/logs/redis');
    expect(text).not.toContain('instrumentation-http');
    const requestBounds = [...text.matchAll(/^http_server_request_duration_seconds_bucket\{http_request_method="POST".*le="([^"]+)"\}/gm)].map((m) => m[1]);
    expect(requestBounds).toEqual([...REQUEST_DURATION_BUCKETS.map(String), '+Inf']);

    const workflowBounds = [...text.matchAll(/^aimon_workflow_duration_seconds_bucket\{.*le="([^"]+)"\} (\d+)$/gm)].map((m) => [m[1], Number(m[2])]);
    expect(workflowBounds.map(([le]) => le)).toEqual([...WORKFLOW_DURATION_BUCKETS.map(String), '+Inf']);
    // 1.3 s falls in (1, 2]: below it nothing, from it on the one run.
    expect(workflowBounds.find(([le]) => le === '1')![1]).toBe(0);
    expect(workflowBounds.find(([le]) => le === '2')![1]).toBe(1);

    expect(text).toMatch(/^aimon_http_server_requests_total\{.*http_route="\/api\/workflows".*\} 1$/m);
    expect(text).toMatch(/^process_memory_usage_bytes\{otel_scope_name="aimon"\} [1-9]\d+$/m);
    expect(text).toMatch(/^process_cpu_time_seconds_total\{cpu_mode="user",otel_scope_name="aimon"\} \d/m);
  });
});
