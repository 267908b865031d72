import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { scratchDirs } from './support/scratch';
import { spawnServer, waitReady, type ServerProcess } from './support/server-process';
import { TelemetryReceiver } from './support/telemetry-receiver';

// The standard OpenTelemetry variables, as the spec defines them, on a server of its own (PGlite, OTLP only).
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const dirs = scratchDirs('aimon-otel-env');
let receiver: TelemetryReceiver;
let server: ServerProcess;

test.beforeAll(async () => {
  receiver = new TelemetryReceiver();
  const endpoint = await receiver.start();
  receiver.signalPaths.set('/custom/traces', 'traces');
  server = await spawnServer({
    AIMON_DATA_DIR: dirs.make(),
    ADMIN_TOKEN: 'otel-env-spec-admin-token',
    OTEL_SERVICE_NAME: 'aimon-env',
    OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
    // Used as given: nothing is appended to a per-signal endpoint.
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${endpoint}/custom/traces`,
    OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
    OTEL_METRIC_EXPORT_INTERVAL: '1000',
    // Root spans are never sampled; a sampled parent is followed.
    OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
    OTEL_TRACES_SAMPLER_ARG: '0',
  });
  expect((await waitReady(server)).status).toBe(200);
});

test.afterAll(async () => {
  await server?.stop();
  await receiver?.stop();
  dirs.cleanup();
});

const until = async <T>(read: () => T | undefined, what: string, timeoutMs = 30_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
};

test('OTEL_TRACES_SAMPLER: parentbased_traceidratio exports what a sampled parent asks for, nothing of unsampled roots, and the console still counts both', async () => {
  const sampledTrace = randomBytes(16).toString('hex');
  const rootTrace = randomBytes(16).toString('hex');
  await (await fetch(`${server.url}/api/health/live`, { headers: { traceparent: `00-${sampledTrace}-${randomBytes(8).toString('hex')}-01` } })).text();
  await (await fetch(`${server.url}/api/health/live`, { headers: { traceparent: `00-${rootTrace}-${randomBytes(8).toString('hex')}-00` } })).text();
  for (let i = 0; i < 3; i++) await (await fetch(`${server.url}/api/containers`)).text();

  const spans = await until(() => {
    const all = receiver.otlpSpans();
    return all.some((s) => s.traceId === sampledTrace && s.name === 'GET /api/health/live') ? all : undefined;
  }, 'the sampled trace');
  expect(spans.filter((s) => s.traceId === rootTrace)).toEqual([]);
  expect(spans.filter((s) => s.name === 'GET /api/containers')).toEqual([]);
  expect(spans.every((s) => s.resource['service.name'] === 'aimon-env')).toBe(true);
  // The in-app trace view keeps the unsampled requests (they were recorded, not exported).
  expect((await fetch(`${server.url}/api/traces/${rootTrace}`)).status).toBe(200);
});

test('per-signal endpoints are used as given, the base endpoint gets /v1/<signal>, in the protocol asked for', async () => {
  await until(() => receiver.otlpRequests.some((r) => r.signal === 'metrics') && receiver.otlpRequests.some((r) => r.signal === 'logs') || undefined, 'metrics and logs');
  const paths = new Map(receiver.otlpRequests.map((r) => [r.signal, r.path]));
  expect(Object.fromEntries(paths)).toEqual({ traces: '/custom/traces', metrics: '/v1/metrics', logs: '/v1/logs' });
  expect(new Set(receiver.otlpRequests.map((r) => r.contentType.split(';')[0]))).toEqual(new Set(['application/json']));
  expect(JSON.stringify(receiver.otlp.metrics)).toContain('aimon.http.server.requests');
});

test("logs name the service OTEL_SERVICE_NAME names, and the trace id under one field name", async () => {
  const traceId = randomBytes(16).toString('hex');
  await (await fetch(`${server.url}/api/demo/work?crash=1&ms=1`, { headers: { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` } })).text();
  const line = await until(() => server.output().split('\n').find((l) => l.includes(traceId) && l.includes('unhandled error')), 'the error log line');
  const entry = JSON.parse(line) as Record<string, unknown>;
  expect(entry).toMatchObject({ service: 'aimon-env', trace_id: traceId });
  expect(Object.keys(entry).filter((k) => /trace/i.test(k) && k !== 'trace_id')).toEqual([]);
  const lines = server.output().split('\n').filter((l) => l.startsWith('{'));
  expect(lines.every((l) => (JSON.parse(l) as { service?: string }).service === 'aimon-env')).toBe(true);
});
