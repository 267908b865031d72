import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { scratchDatabase, type ScratchDatabase } from './support/scratch';
import { spawnServer, waitReady, type ServerProcess } from './support/server-process';
import { TelemetryReceiver } from './support/telemetry-receiver';

const IKEY = '11111111-2222-3333-4444-555555555555';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let receiver: TelemetryReceiver;
let server: ServerProcess;
let dataDir: string;
let db: ScratchDatabase;

async function until<T>(read: () => T | undefined, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined && value !== false && !(Array.isArray(value) && value.length === 0)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

test.beforeAll(async () => {
  receiver = new TelemetryReceiver();
  const endpoint = await receiver.start();
  const azureEndpoint = await receiver.startTls();
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'aimon-otel-'));
  db = await scratchDatabase('aimon_otel');
  server = await spawnServer({
    AIMON_DATA_DIR: dataDir,
    ADMIN_TOKEN: 'telemetry-spec-admin-token',
    DATABASE_URL: db.url.toString(),
    APPLICATIONINSIGHTS_CONNECTION_STRING: `InstrumentationKey=${IKEY};IngestionEndpoint=${azureEndpoint}/;LiveEndpoint=${azureEndpoint}/`,
    NODE_EXTRA_CA_CERTS: receiver.caFile,
    APPLICATIONINSIGHTS_LIVE_METRICS: 'false',
    OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
    OTEL_METRIC_EXPORT_INTERVAL: '2000',
    OTEL_SERVICE_NAME: 'aimon-e2e',
    // Alerts are part of what is exported: rules run from the first request, every second.
    MONITORING_WARMUP_SEC: '0',
    MONITORING_EVAL_INTERVAL_MS: '1000',
    ALERT_MIN_REQUESTS: '5',
  });
  expect((await waitReady(server)).status).toBe(200);
});

test.afterAll(async () => {
  await server?.stop();
  await receiver?.stop().catch(() => undefined);
  rmSync(dataDir, { recursive: true, force: true });
  await db?.drop();
});

test('Application Insights receives correlated requests, dependencies, events, exceptions, logs and metrics', async () => {
  await fetch(`${server.url}/api/health?token=query-secret`);
  await fetch(`${server.url}/api/session`);
  await fetch(`${server.url}/api/no-such-endpoint`);
  await fetch(`${server.url}/api/workflows/${randomUUID()}`);
  const rumBefore = receiver.ofType('ExceptionData').length;
  const rum = await fetch(`${server.url}/api/rum`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      events: [
        { type: 'page_view', path: '/tools' },
        { type: 'web_vital', name: 'LCP', value: 812, rating: 'good', path: '/tools' },
        { type: 'js_error', message: 'TypeError: x is undefined', stack: 'TypeError: x is undefined\n    at app.js:1:1', path: '/tools' },
      ],
    }),
  });
  expect(rum.status).toBe(204);

  const requests = await until(() => {
    const all = receiver.ofType('RequestData');
    return all.some((r) => r.name === 'GET /api/health') && all.some((r) => r.name === 'GET /api/[...path]') ? all : undefined;
  }, 'request telemetry');
  const health = requests.find((r) => r.name === 'GET /api/health')!;
  // Fields the KQL pack reads: name, resultCode, success, duration, operation_Id, cloud_RoleName.
  expect(health).toMatchObject({ responseCode: '200', success: true });
  expect(typeof health.duration).toBe('string');
  expect(health.tags['ai.operation.id']).toMatch(/^[0-9a-f]{32}$/);
  expect(health.tags['ai.cloud.role']).toBe('aimon-e2e');
  const notFound = requests.find((r) => r.name === 'GET /api/[...path]')!;
  // A 4xx is answered as designed: not a failed request (the Failures blade is for 5xx).
  expect(notFound).toMatchObject({ responseCode: '404', success: true });
  // Named after the route template, never the id in the path.
  const unknownRun = await until(() => receiver.ofType('RequestData').find((r) => r.name === 'GET /api/workflows/[id]'), 'the GET /api/workflows/[id] request');
  expect(unknownRun).toMatchObject({ responseCode: '404', success: true });
  expect(String(unknownRun.url)).toMatch(/\/api\/workflows\/[0-9a-f-]{36}$/);
  expect(JSON.stringify(receiver.ofType('RequestData'))).not.toContain('query-secret');

  // PostgreSQL calls made while serving /api/session are dependencies of that request.
  const session = requests.find((r) => r.name === 'GET /api/session')!;
  const deps = await until(
    () =>
      receiver
        .ofType('RemoteDependencyData')
        .filter((d) => d.tags['ai.operation.id'] === session.tags['ai.operation.id'] && /postgres/i.test(String(d.type))),
    'PostgreSQL dependency telemetry for /api/session',
  );
  expect(deps[0]).toMatchObject({ success: true });
  // target = server|database (pg's spans); Prisma's own db_query span (no server) is not a second row per query.
  for (const dep of deps) expect(String(dep.target)).toBe(`127.0.0.1|${db.name}`);
  expect(deps.some((d) => /^pg\.query/.test(String(d.name)) && String(d.data).length > 0)).toBe(true);
  expect(health.url).toBe(`${server.url}/api/health`);
  expect(deps[0]).toHaveProperty('name');
  expect(deps[0]).toHaveProperty('duration');

  const events = await until(() => receiver.ofType('EventData').filter((e) => e.name === 'rum.page_view'), 'custom events');
  expect((events[0]!.properties as Record<string, string>)['aimon.path']).toBe('/tools');

  // With Application Insights the browser SDK reports JavaScript errors itself; the beacon's copy is not a second row.
  expect(receiver.ofType('ExceptionData').slice(rumBefore).some((e) => JSON.stringify(e.exceptions).includes('x is undefined'))).toBe(false);

  const messages = await until(() => receiver.ofType('MessageData'), 'log telemetry (traces table)');
  expect(messages.length).toBeGreaterThan(0);

  const metricNames = await until(() => {
    const names = new Set(receiver.ofType('MetricData').flatMap((m) => (m.metrics as Array<{ name: string }>).map((x) => x.name)));
    return names.has('aimon.http.server.requests') ? names : undefined;
  }, 'custom metrics');
  expect(metricNames.has('aimon.http.server.requests')).toBe(true);
  expect(receiver.envelopes.every((e) => e.iKey === IKEY)).toBe(true);
});

test('a workflow shows up as one operation: request, GenAI model and tool spans, the event, token metrics', async () => {
  const response = await fetch(`${server.url}/api/workflows`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ model: 'A', scenario: 'health-check' }),
  });
  expect(response.status).toBe(201);
  const { run } = await response.json();

  const event = await until(
    () => receiver.ofType('EventData').find((e) => e.name === 'workflow.completed' && (e.properties as Record<string, string>)['aimon.workflow_id'] === run.id),
    'workflow.completed event',
  );
  const dims = event.properties as Record<string, string>;
  // The dimensions deploy/kql/workflows-by-model.kql reads.
  expect(dims).toMatchObject({ 'aimon.model': 'A', 'aimon.scenario': 'health-check', 'aimon.outcome': 'success' });
  expect(Number(dims['aimon.duration_ms'])).toBeGreaterThan(0);
  expect(Number(dims['aimon.tool_calls'])).toBe(run.toolCalls);

  const operation = event.tags['ai.operation.id'];
  const requests = await until(() => receiver.ofType('RequestData').filter((r) => r.tags['ai.operation.id'] === operation), 'the POST /api/workflows request');
  // One request row per request (Next.js's own spans are not requests), named after the route.
  expect(requests.map((r) => r.name)).toEqual(['POST /api/workflows']);
  const deps = await until(() => {
    const all = receiver.ofType('RemoteDependencyData').filter((d) => d.tags['ai.operation.id'] === operation);
    return all.some((d) => String(d.name).startsWith('chat ')) && all.some((d) => String(d.name).startsWith('execute_tool ')) ? all : undefined;
  }, 'GenAI model and tool spans in the same operation');
  const modelCall = deps.find((d) => String(d.name).startsWith('chat '))!;
  const props = modelCall.properties as Record<string, string>;
  expect(props['gen_ai.request.model']).toBe('sim-careful');
  expect(Number(props['gen_ai.usage.input_tokens'])).toBeGreaterThan(0);
  expect(deps.some((d) => d.name === 'execute_tool list_services')).toBe(true);
  // The Agents view's rows: model, tool and agent spans typed GenAI | <provider>, in the conventions' attributes.
  expect(modelCall.type).toBe('GenAI | aimon.simulated');
  expect(props).toMatchObject({ 'gen_ai.operation.name': 'chat', 'gen_ai.provider.name': 'aimon.simulated' });
  const tool = deps.find((d) => d.name === 'execute_tool list_services')!;
  expect(tool.type).toBe('GenAI | aimon.simulated');
  expect(tool.properties as Record<string, string>).toMatchObject({ 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': 'list_services' });
  expect((tool.properties as Record<string, string>)['gen_ai.tool.call.id']).toBeTruthy();
  const agent = await until(() => receiver.ofType('RemoteDependencyData').find((d) => d.tags['ai.operation.id'] === operation && d.name === 'invoke_agent operations-agent'), 'the invoke_agent span');
  expect(agent.type).toBe('GenAI | aimon.simulated');
  expect(agent.properties as Record<string, string>).toMatchObject({ 'gen_ai.operation.name': 'invoke_agent', 'gen_ai.agent.name': 'operations-agent', 'gen_ai.provider.name': 'aimon.simulated' });
  // In-process work is this service on Application Map, not an unknown external node.
  expect(tool.target).toBe('aimon-e2e');

  // deploy/kql/token-usage-over-time.kql reads this metric and these dimensions.
  const tokens = await until(
    () => receiver.ofType('MetricData').find((m) => (m.metrics as Array<{ name: string }>).some((x) => x.name === 'gen_ai.client.token.usage')),
    'token usage metric',
  );
  expect(Object.keys(tokens.properties as object)).toEqual(expect.arrayContaining(['gen_ai.request.model', 'gen_ai.token.type']));
});

test('a chat turn shows up as one operation: request, agent, model and tool spans, chat.message and hallucination.detected', async () => {
  const response = await fetch(`${server.url}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    // Model B claims a restart it could not do (chat offers read-only tools): the check flags it.
    body: JSON.stringify({ model: 'B', message: 'Please restart web-ui.' }),
  });
  expect(response.status).toBe(201);
  const body = await response.json();
  expect(body.grounding.verdict).toBe('hallucination');

  const event = await until(
    () => receiver.ofType('EventData').find((e) => e.name === 'chat.message' && (e.properties as Record<string, string>)['aimon.model'] === 'B'),
    'chat.message event',
  );
  const dims = event.properties as Record<string, string>;
  // The dimensions deploy/kql/hallucination-rate-by-model.kql reads.
  expect(dims['aimon.hallucinated']).toBe('true');
  expect(Number(dims['aimon.latency_ms'])).toBeGreaterThanOrEqual(0);
  expect(Number(dims['aimon.output_tokens'])).toBeGreaterThan(0);

  const operation = event.tags['ai.operation.id'];
  const flagged = await until(
    () => receiver.ofType('EventData').find((e) => e.name === 'hallucination.detected' && e.tags['ai.operation.id'] === operation),
    'hallucination.detected event in the same operation',
  );
  expect((flagged.properties as Record<string, string>)['aimon.model']).toBe('B');
  expect(Number((flagged.properties as Record<string, string>)['aimon.unsupported_claims'])).toBeGreaterThan(0);

  const requests = await until(() => receiver.ofType('RequestData').filter((r) => r.tags['ai.operation.id'] === operation), 'the POST /api/chat request');
  expect(requests.map((r) => r.name)).toEqual(['POST /api/chat']);
  const deps = await until(() => {
    const all = receiver.ofType('RemoteDependencyData').filter((d) => d.tags['ai.operation.id'] === operation);
    return all.some((d) => d.name === 'invoke_agent chat-assistant') && all.some((d) => String(d.name).startsWith('chat ')) && all.some((d) => String(d.name).startsWith('execute_tool '))
      ? all
      : undefined;
  }, 'agent, GenAI model and tool spans of the chat turn');
  const modelCall = deps.find((d) => String(d.name).startsWith('chat '))!;
  expect((modelCall.properties as Record<string, string>)['gen_ai.request.model']).toBe('sim-fast');
  // The stored question and answer are database dependencies of the same operation.
  expect(deps.some((d) => /postgres/i.test(String(d.type)))).toBe(true);
});

test('pages in Chromium: page views with session and user ids, AJAX calls correlated with their server requests, JS errors', async ({ browser }) => {
  // The receiver's certificate is self-signed: the browser SDK posts to it over https.
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  const cspErrors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && /Content Security Policy/i.test(m.text()) && cspErrors.push(m.text()));
  await page.goto(`${server.url}/tools`);
  await page.locator('a[href="/chat"]').first().click();
  await page.waitForURL('**/chat');
  await page.evaluate(() => setTimeout(() => { throw new Error('e2e browser boom'); }, 0));

  const fromBrowser = (type: string) => receiver.ofType(type).filter((e) => e.tags['ai.cloud.role'] === 'aimon-e2e-browser');
  const views = await until(() => {
    // The browser SDK spells the type PageviewData (the ingestion takes both spellings).
    const all = [...fromBrowser('PageviewData'), ...fromBrowser('PageViewData')];
    return all.some((v) => String(v.uri ?? v.url).endsWith('/tools')) && all.some((v) => String(v.uri ?? v.url).endsWith('/chat')) ? all : undefined;
  }, 'page views of /tools and of /chat (a client-side navigation)');
  for (const view of views) {
    expect(view.tags['ai.session.id']).toMatch(/\S{6,}/);
    expect(view.tags['ai.user.id']).toMatch(/\S{6,}/);
    expect(view.name).toBeTruthy();
  }
  // The same visitor: one user, one session.
  expect(new Set(views.map((v) => v.tags['ai.user.id'])).size).toBe(1);

  // The pages' fetches are AJAX dependencies; the server request each one made has it as parent, in the same operation.
  const correlated = await until(() => {
    const ajax = fromBrowser('RemoteDependencyData').filter((d) => /fetch|ajax/i.test(String(d.type)));
    const requests = receiver.ofType('RequestData');
    return ajax.filter((d) => requests.some((r) => r.tags['ai.operation.id'] === d.tags['ai.operation.id'] && String(d.id).includes(r.tags['ai.operation.parentId'] ?? '-')));
  }, 'an AJAX dependency whose server request shares its operation_Id');
  expect(String(correlated[0]!.target)).toContain('127.0.0.1');

  const errors = await until(() => fromBrowser('ExceptionData').filter((e) => JSON.stringify(e.exceptions).includes('e2e browser boom')), 'the JS error');
  expect(errors[0]!.tags['ai.session.id']).toBe(views[0]!.tags['ai.session.id']);
  expect(cspErrors).toEqual([]);
  await context.close();
});

test('a server exception carries its operation name, and the alert it raises is exported', async () => {
  for (let i = 0; i < 8; i++) expect((await fetch(`${server.url}/api/demo/work?crash=1&ms=1`)).status).toBe(500);
  const exceptions = await until(
    () => receiver.ofType('ExceptionData').filter((e) => JSON.stringify(e.exceptions).includes('Demo exception requested')),
    'the route handler exception',
  );
  expect(exceptions[0]!.tags['ai.operation.name']).toBe('GET /api/demo/work');
  const failed = receiver.ofType('RequestData').find((r) => r.tags['ai.operation.id'] === exceptions[0]!.tags['ai.operation.id'])!;
  expect(failed).toMatchObject({ name: 'GET /api/demo/work', responseCode: '500', success: false });
  const alert = await until(
    () => receiver.ofType('EventData').find((e) => e.name === 'alert.fired' && (e.properties as Record<string, string>)['aimon.alert.rule'] === 'server_errors_burst'),
    'the alert.fired event of the 5xx burst rule',
  );
  expect(Number((alert.properties as Record<string, string>)['aimon.alert.value'])).toBeGreaterThan(0);
});

test('an MCP request continues the trace in its params._meta', async () => {
  const traceId = randomBytes(16).toString('hex');
  const parent = randomBytes(8).toString('hex');
  const response = await fetch(`${server.url}/api/mcp`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'tools/call', params: { name: 'list_services', arguments: {}, _meta: { traceparent: `00-${traceId}-${parent}-01` } } }),
  });
  expect(response.status).toBe(200);
  const dep = await until(() => receiver.ofType('RemoteDependencyData').find((d) => d.name === 'tools/call list_services' && d.tags['ai.operation.id'] === traceId), 'the tools/call span in the caller\'s trace');
  expect(dep.tags['ai.operation.parentId']).toBe(parent);
  expect((dep.properties as Record<string, string>)['mcp.method.name']).toBe('tools/call');
  // The in-process MCP server is this service on Application Map; the caller's trace is named by the call.
  expect(dep).toMatchObject({ target: 'aimon-e2e', type: 'GenAI' });
  expect(dep.tags['ai.operation.name']).toBe('tools/call list_services');
});

test("a background job's database error is an exception of that job's operation: named, typed, its message, no secrets", async () => {
  // A table the run-once jobs need goes away for a moment: their next lease renewal (alerts.evaluate's, every 2 s) fails in PostgreSQL.
  const client = new pg.Client({ connectionString: db.url.toString() });
  await client.connect();
  await client.query('ALTER TABLE job_leases RENAME TO job_leases_away');
  const isRun = (e: { tags: Record<string, string> }) => !String(e.tags['ai.operation.name']).endsWith(' lease');
  let failed: Array<Record<string, unknown> & { tags: Record<string, string> }>;
  try {
    // The run's exception (a lease renewal between runs may record one from its query too).
    failed = await until(() => {
      const all = receiver.ofType('ExceptionData').filter((e) => JSON.stringify(e.exceptions).includes('job_leases'));
      return all.some(isRun) ? all : undefined;
    }, "the job's database error");
  } finally {
    await client.query('ALTER TABLE job_leases_away RENAME TO job_leases');
    await client.end();
  }
  const requestOperations = new Set(receiver.ofType('RequestData').map((r) => r.tags['ai.operation.id']));
  for (const e of failed) {
    // Not a request's: an operation of its own, named after the job.
    expect(requestOperations.has(e.tags['ai.operation.id'])).toBe(false);
    expect(e.tags['ai.operation.id']).toMatch(/^[0-9a-f]{32}$/);
    expect(e.tags['ai.operation.name']).toMatch(/^job [a-z]+\.[a-z]+( lease)?$/);
    const [details] = e.exceptions as Array<{ typeName: string; message: string; hasFullStack?: boolean; parsedStack?: Array<{ method: string }> }>;
    // A class name (PrismaClientKnownRequestError), not an error code: what problem ids group by.
    expect(details!.typeName).toMatch(/^[A-Za-z]*Error$/);
    expect(details!.message).toContain('relation "job_leases" does not exist');
    if (details!.hasFullStack) expect(details!.parsedStack?.length).toBeGreaterThan(0);
    expect(JSON.stringify(e)).not.toContain('telemetry-spec-admin-token');
  }
  // The run itself is the operation's root row (failed), in-process, and the failed query hangs under it.
  const run = failed.find(isRun)!;
  const operation = run.tags['ai.operation.id'];
  // The run's own exception (on its root span) has its stack, parsed into frames.
  const own = failed.filter((e) => e.tags['ai.operation.id'] === operation && (e.exceptions as Array<{ parsedStack?: unknown[] }>)[0]!.parsedStack?.length);
  expect(own.length).toBeGreaterThan(0);
  const rows = await until(() => {
    const all = receiver.ofType('RemoteDependencyData').filter((d) => d.tags['ai.operation.id'] === operation);
    return all.some((d) => String(d.name).startsWith('job ')) && all.some((d) => d.type === 'postgresql') ? all : undefined;
  }, "the failed job's dependency rows");
  const root = rows.find((d) => String(d.name).startsWith('job '))!;
  expect(root).toMatchObject({ type: 'InProc', success: false, target: 'aimon-e2e', name: run.tags['ai.operation.name'] });
  expect(root.tags['ai.operation.parentId']).toBeUndefined();
  expect(rows.find((d) => d.type === 'postgresql' && d.success === false)).toBeDefined();
});

test('an experiment goes on after its 202 as an operation of its own, linked to the request that started it', async () => {
  const created = await fetch(`${server.url}/api/experiments/sets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'telemetry', questions: [{ text: 'Which services are degraded?' }] }),
  });
  expect(created.status).toBe(201);
  const cookie = created.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { set } = await created.json();
  const started = await fetch(`${server.url}/api/experiments/runs`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ setId: set.id }) });
  expect(started.status).toBe(202);
  const request = await until(() => receiver.ofType('RequestData').find((r) => r.name === 'POST /api/experiments/runs'), 'the POST /api/experiments/runs request');
  const run = await until(() => receiver.ofType('RemoteDependencyData').find((d) => d.name === 'experiment.run'), 'the experiment.run operation');
  expect(run.tags['ai.operation.id']).not.toBe(request.tags['ai.operation.id']);
  expect(run.tags['ai.operation.name']).toBe('experiment.run');
  // _MS.links: how the transaction view finds the request from the run (and the run from the request).
  const links = JSON.parse((run.properties as Record<string, string>)['_MS.links'] ?? '[]') as Array<{ operation_Id: string; id: string }>;
  expect(links).toEqual([{ operation_Id: request.tags['ai.operation.id'], id: expect.any(String) }]);
  // The model calls of the run are in the run's operation, typed for the Agents view.
  const chats = await until(
    () => receiver.ofType('RemoteDependencyData').filter((d) => d.tags['ai.operation.id'] === run.tags['ai.operation.id'] && String(d.name).startsWith('chat ')),
    "the run's model calls",
  );
  for (const chat of chats) {
    expect(chat.type).toBe('GenAI | aimon.simulated');
    expect(chat.tags['ai.operation.name']).toBe('experiment.run');
  }
});

test("what the portal and every deploy/kql query read is there: no dependency rows for incoming requests, no bookkeeping rows", async () => {
  const requests = receiver.ofType('RequestData');
  const deps = receiver.ofType('RemoteDependencyData');
  // An incoming request is a request row only: no Http dependency is a call to this server, none is Next's request span.
  const self = new URL(server.url).host;
  expect(deps.filter((d) => d.type === 'Http' && String(d.target ?? '').includes(self) && d.tags['ai.cloud.role'] !== 'aimon-e2e-browser')).toEqual([]);
  expect(deps.filter((d) => (d.properties as Record<string, string> | undefined)?.['next.span_type'] === 'BaseServer.handleRequest')).toEqual([]);
  expect(deps.filter((d) => /^(middleware|RSC) /.test(String(d.name)) && d.type === 'Http')).toEqual([]);
  for (const bookkeeping of ['start response', 'prepare route module', 'load route module', 'prisma:client:serialize']) {
    expect(deps.filter((d) => String(d.name).startsWith(bookkeeping)), bookkeeping).toEqual([]);
  }
  // Each request is one row, named after its route (the first readiness probe too).
  expect(requests.filter((r) => !/^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) \//.test(String(r.name))).map((r) => r.name)).toEqual([]);
  expect(new Set(requests.map((r) => r.id)).size).toBe(requests.length);

  const nonEmpty = (row: Record<string, unknown>, fields: string[], what: string) => {
    for (const field of fields) expect([undefined, null, ''], `${what}: ${field} in ${JSON.stringify(row).slice(0, 300)}`).not.toContain(row[field]);
  };
  // requests-by-route, latency-by-route, failures-and-exceptions: name, resultCode, success, duration, cloud_RoleName; plus the ids the transaction view joins on.
  for (const r of requests) nonEmpty({ ...r, cloud_RoleName: r.tags['ai.cloud.role'], operation_Id: r.tags['ai.operation.id'] }, ['name', 'responseCode', 'success', 'duration', 'id', 'cloud_RoleName', 'operation_Id'], 'request');
  // The url keeps the port (the first request, which started telemetry, has no HTTP server span and no url).
  for (const r of requests.filter((x) => x.url)) expect(String(r.url)).toMatch(new RegExp(`^${server.url}/`));
  // dependency-failures and transaction-by-operation-id: type, target, name, success, duration, id, operation_ParentId.
  for (const d of deps) nonEmpty({ ...d, operation_Id: d.tags['ai.operation.id'] }, ['type', 'target', 'name', 'success', 'duration', 'id', 'operation_Id'], 'dependency');
  // (Server side: the browser SDK's calls hang under their page view, which the ingestion fills in.)
  // Only a background operation's root has none: a parentless row of anything else is work outside any operation.
  const backgroundRoot = (d: Record<string, unknown>) => (d.properties as Record<string, string> | undefined)?.['aimon.operation.background'] === 'true';
  for (const d of deps.filter((x) => x.tags['ai.cloud.role'] === 'aimon-e2e' && !backgroundRoot(x))) nonEmpty({ parent: d.tags['ai.operation.parentId'] }, ['parent'], `dependency ${String(d.name)}`);
  expect(deps.filter(backgroundRoot).map((d) => String(d.name)).filter((n) => !/^(job [a-z]+\.[a-z]+( lease)?|[a-z-]+(\.[a-z-]+)+)$/.test(n))).toEqual([]);
  // failures-and-exceptions: type, outerMessage (the first exception's), operation_Name; every
  // exception, a background operation's (a job's, a heartbeat's) as much as a request's.
  const exceptions = receiver.ofType('ExceptionData');
  expect(exceptions.length).toBeGreaterThan(0);
  for (const e of exceptions) {
    const [first] = e.exceptions as Array<{ typeName: string; message: string }>;
    nonEmpty({ type: first?.typeName, outerMessage: first?.message, operation_Name: e.tags['ai.operation.name'], operation_Id: e.tags['ai.operation.id'] }, ['type', 'outerMessage', 'operation_Name', 'operation_Id'], 'exception');
    expect(first?.typeName, JSON.stringify(first)).not.toBe('undefined');
  }
  // Performance and transaction search group dependencies by operation: every one names it.
  for (const d of deps) nonEmpty({ operation_Name: d.tags['ai.operation.name'], tags: d.tags }, ['operation_Name'], `dependency ${String(d.name)}`);
  // transaction-by-operation-id: traces' message inside an operation (a log line outside any, at start-up, has neither).
  for (const m of receiver.ofType('MessageData').filter((x) => x.tags['ai.operation.id'])) nonEmpty({ ...m, operation_Name: m.tags['ai.operation.name'] }, ['message', 'operation_Name'], 'trace');
  // Application Map: each server envelope names its role and its replica.
  for (const e of receiver.envelopes.filter((x) => x.tags['ai.cloud.role'] === 'aimon-e2e')) expect(e.tags['ai.cloud.roleInstance'], JSON.stringify(e.tags)).toBeTruthy();
  // workflows-by-model, hallucination-rate-by-model: the custom dimensions they read.
  const dims = (name: string) => receiver.ofType('EventData').filter((e) => e.name === name).map((e) => e.properties as Record<string, string>);
  for (const d of dims('workflow.completed')) nonEmpty(d, ['aimon.model', 'aimon.outcome', 'aimon.scenario', 'aimon.duration_ms', 'aimon.tool_calls'], 'workflow.completed');
  for (const d of dims('chat.message')) nonEmpty(d, ['aimon.model', 'aimon.hallucinated'], 'chat.message');
  expect(dims('workflow.completed').length).toBeGreaterThan(0);
  expect(dims('chat.message').length).toBeGreaterThan(0);
  // token-usage-over-time: customMetrics gen_ai.client.token.usage with model and token type, and a value to sum.
  const tokens = receiver.ofType('MetricData').filter((m) => (m.metrics as Array<{ name: string }>).some((x) => x.name === 'gen_ai.client.token.usage'));
  expect(tokens.length).toBeGreaterThan(0);
  for (const t of tokens) {
    nonEmpty(t.properties as Record<string, string>, ['gen_ai.request.model', 'gen_ai.token.type'], 'token metric');
    expect(Number((t.metrics as Array<{ value: number }>)[0]!.value)).toBeGreaterThan(0);
  }
});

test('OTLP receives spans named after routes, metrics and logs, with the service name', async () => {
  await fetch(`${server.url}/api/health`);
  const spans = await until(() => receiver.otlpSpans().filter((s) => s.name === 'GET /api/health'), 'OTLP spans');
  const server_span = spans.find((s) => s.attributes['http.route'] === '/api/health');
  expect(server_span).toBeDefined();
  expect(server_span!.resource['service.name']).toBe('aimon-e2e');
  // OTEL_EXPORTER_OTLP_PROTOCOL unset: http/protobuf, the spec's default.
  expect(new Set(receiver.otlpRequests.map((r) => r.contentType))).toEqual(new Set(['application/x-protobuf']));
  await until(() => JSON.stringify(receiver.otlp.metrics).includes('aimon.http.server.requests') || undefined, 'OTLP metrics');
  await until(() => receiver.otlp.logs.length || undefined, 'OTLP logs');
});

test('/metrics counts each request once, by method, route and status', async () => {
  const before = await scrape();
  for (let i = 0; i < 5; i++) await fetch(`${server.url}/api/health/live`);
  await fetch(`${server.url}/api/health/live`, { method: 'POST' });
  const key = (status: number) => `aimon_http_server_requests_total{http_request_method="${status === 405 ? 'POST' : 'GET'}",http_route="/api/health/live",http_response_status_code="${status}"`;
  const delta = (after: Map<string, number>, status: number) => (after.get(key(status)) ?? 0) - (before.get(key(status)) ?? 0);
  // A request is counted when its server span ends, a moment after the response.
  let after = await scrape();
  for (let i = 0; i < 20 && (delta(after, 200) < 5 || delta(after, 405) < 1); i++) {
    await new Promise((r) => setTimeout(r, 100));
    after = await scrape();
  }
  expect(delta(after, 200)).toBe(5);
  expect(delta(after, 405)).toBe(1);
});

test('/metrics counts a page view once: the render, not also the middleware pass before it', async () => {
  const before = await scrape();
  for (let i = 0; i < 3; i++) await (await fetch(`${server.url}/traces`)).text();
  const total = (m: Map<string, number>, route: string) =>
    [...m].filter(([k]) => k.startsWith('aimon_http_server_requests_total{') && k.includes(`http_route="${route}"`)).reduce((s, [, v]) => s + v, 0);
  let after = await scrape();
  for (let i = 0; i < 20 && total(after, '/traces') - total(before, '/traces') < 3; i++) {
    await new Promise((r) => setTimeout(r, 100));
    after = await scrape();
  }
  expect(total(after, '/traces') - total(before, '/traces')).toBe(3);
  expect(total(after, 'unmatched') - total(before, 'unmatched')).toBe(0);
});

test('with the backends gone, requests still succeed and the lost exports are counted', async () => {
  await receiver.stop();
  for (let i = 0; i < 20; i++) {
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
  }
  const deadline = Date.now() + 30_000;
  let lost = 0;
  while (Date.now() < deadline && lost === 0) {
    const metrics = await scrape();
    lost = [...metrics.entries()].filter(([k]) => k.startsWith('aimon_telemetry_export_failures_total')).reduce((sum, [, v]) => sum + v, 0);
    if (!lost) await new Promise((r) => setTimeout(r, 500));
  }
  expect(lost).toBeGreaterThan(0);
  // Application Insights' ingestion counts too, not only OTLP.
  const azureLost = async () => [...(await scrape()).entries()].filter(([k]) => k.startsWith('aimon_telemetry_export_failures_total{exporter="azure-monitor"')).reduce((sum, [, v]) => sum + v, 0);
  const azureDeadline = Date.now() + 30_000;
  let azure = await azureLost();
  while (azure === 0 && Date.now() < azureDeadline) {
    await new Promise((r) => setTimeout(r, 500));
    azure = await azureLost();
  }
  expect(azure).toBeGreaterThan(0);
  const health = await (await fetch(`${server.url}/api/health`)).json();
  expect(health.components.telemetry.status).toBe('degraded');
  expect(health.components.telemetry.detail).toContain('azure-monitor (');
});

/** Parses the Prometheus text format into `name{labels-without-scope}` → value. */
async function scrape(): Promise<Map<string, number>> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(\{.*\})?\s+(\S+)/.exec(line);
    if (!match) continue;
    const labels = (match[2] ?? '').replace(/,?otel_scope_name="[^"]*"/, '').replace(/,?otel_scope_version="[^"]*"/, '').replace('{,', '{');
    const key = match[1] + (labels === '{}' ? '' : labels.replace(/\}$/, ''));
    out.set(key, (out.get(key) ?? 0) + Number(match[3]));
  }
  return out;
}
