import { context, SpanKind, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutHiddenSpans } from './export-filter';
import { InAppSpanProcessor, onRequestCompleted, SESSION_ATTRIBUTE } from './in-app-processor';
import type { RequestSample } from './request-sample';

describe('InAppSpanProcessor', () => {
  const inApp = new InAppSpanProcessor(3);
  const exported = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [inApp, new SimpleSpanProcessor(withoutHiddenSpans(exported))] });
  const tracer = provider.getTracer('test');
  const samples: RequestSample[] = [];
  let unsubscribe: () => void;

  beforeAll(() => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    unsubscribe = onRequestCompleted((s) => samples.push(s));
  });
  afterAll(() => {
    unsubscribe();
    context.disable();
  });

  /** What the http instrumentation and Next.js produce for one request, in their real order. */
  function simulateRequest(path: string, route: string, status: number, session?: string) {
    const http = tracer.startSpan('GET', { kind: SpanKind.SERVER, attributes: { 'http.request.method': 'GET', 'url.path': path } });
    const httpCtx = trace.setSpan(context.active(), http);
    const next = tracer.startSpan(
      'GET',
      { kind: SpanKind.SERVER, attributes: { 'next.span_type': 'BaseServer.handleRequest', 'http.method': 'GET', 'http.target': `${path}?x=1` } },
      httpCtx,
    );
    const nextCtx = trace.setSpan(httpCtx, next);
    const resolve = tracer.startSpan('resolve page components', { attributes: { 'next.route': route } }, nextCtx);
    resolve.end();
    const handler = tracer.startSpan('executing api route', { attributes: session ? { [SESSION_ATTRIBUTE]: session } : {} }, nextCtx);
    handler.end();
    next.setAttributes({ 'http.status_code': status, 'http.route': route, 'next.route': route });
    http.setAttribute('http.response.status_code', status);
    http.end(); // the HTTP span ends first, on response finish
    next.end();
    return http.spanContext().traceId;
  }

  it('names the HTTP server span after the route before it is exported', () => {
    const traceId = simulateRequest('/api/logs/web-ui', '/api/logs/[service]', 200);
    const root = exported.getFinishedSpans().find((s) => s.spanContext().traceId === traceId && s.kind === SpanKind.SERVER && !s.attributes['next.span_type']);
    expect(root?.name).toBe('GET /api/logs/[service]');
    expect(root?.attributes['http.route']).toBe('/api/logs/[service]');
  });

  it('leaves one SERVER span per request: Next.js request spans under it become internal', () => {
    const traceId = simulateRequest('/api/health', '/api/health', 200);
    const server = exported.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId && s.kind === SpanKind.SERVER);
    expect(server.map((s) => s.name)).toEqual(['GET /api/health']);
  });

  it("exports no Next.js request span under the server span (it would be an Http dependency), and moves its children up", () => {
    const traceId = simulateRequest('/api/session', '/api/session', 200);
    const spans = exported.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
    expect(spans.some((s) => s.attributes['next.span_type'] === 'BaseServer.handleRequest')).toBe(false);
    const server = spans.find((s) => s.kind === SpanKind.SERVER)!;
    const children = spans.filter((s) => s !== server);
    expect(children.map((s) => s.name).sort()).toEqual(['executing api route', 'resolve page components']);
    for (const child of children) expect(child.parentSpanContext?.spanId).toBe(server.spanContext().spanId);
    expect(inApp.operationName(traceId)).toBe('GET /api/session');
  });

  it("exports proxy.ts's run as in-process work, not as an HTTP call", () => {
    const http = tracer.startSpan('GET', { kind: SpanKind.SERVER, attributes: { 'http.request.method': 'GET', 'url.path': '/tools' } });
    const httpCtx = trace.setSpan(context.active(), http);
    const pass = tracer.startSpan('GET', { kind: SpanKind.SERVER, attributes: { 'next.span_type': 'BaseServer.handleRequest', 'http.method': 'GET' } }, httpCtx);
    tracer.startSpan('middleware GET', { attributes: { 'next.span_type': 'Middleware.execute', 'http.method': 'GET' } }, trace.setSpan(httpCtx, pass)).end();
    pass.end();
    http.end();
    const middleware = exported.getFinishedSpans().find((s) => s.spanContext().traceId === http.spanContext().traceId && s.name === 'middleware GET')!;
    expect(middleware.attributes['http.method']).toBeUndefined();
    expect(middleware.parentSpanContext?.spanId).toBe(http.spanContext().spanId);
  });

  it('names the server span of a POST to a route handler, which resolves no page components', () => {
    const http = tracer.startSpan('POST', { kind: SpanKind.SERVER, attributes: { 'http.request.method': 'POST', 'url.path': '/api/workflows' } });
    const httpCtx = trace.setSpan(context.active(), http);
    const next = tracer.startSpan('POST', { kind: SpanKind.SERVER, attributes: { 'next.span_type': 'BaseServer.handleRequest', 'http.method': 'POST' } }, httpCtx);
    next.setAttributes({ 'next.route': '/api/workflows', 'http.route': '/api/workflows', 'http.status_code': 201 });
    http.end();
    next.end();
    const root = exported.getFinishedSpans().find((s) => s.spanContext().spanId === http.spanContext().spanId);
    expect(root?.name).toBe('POST /api/workflows');
    expect(root?.attributes['http.route']).toBe('/api/workflows');
  });

  it('emits exactly one sample per request, with route, status, path and session', () => {
    samples.length = 0;
    const traceId = simulateRequest('/api/chat', '/api/chat', 503, 'session-123');
    expect(samples).toHaveLength(1);
    expect(samples[0]).toMatchObject({ route: '/api/chat', path: '/api/chat', method: 'GET', status: 503, traceId, sessionId: 'session-123' });
    expect(samples[0]!.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('counts a page behind the middleware once: the render, not the middleware pass before it', () => {
    samples.length = 0;
    const http = tracer.startSpan('GET', { kind: SpanKind.SERVER, attributes: { 'http.request.method': 'GET', 'url.path': '/tools' } });
    const httpCtx = trace.setSpan(context.active(), http);
    // Next.js: the middleware pass ends, then the render runs in its context, both request spans.
    const pass = tracer.startSpan('GET', { kind: SpanKind.SERVER, attributes: { 'next.span_type': 'BaseServer.handleRequest', 'http.method': 'GET', 'http.target': '/tools' } }, httpCtx);
    const passCtx = trace.setSpan(httpCtx, pass);
    tracer.startSpan('middleware GET', { attributes: { 'next.span_type': 'Middleware.execute' } }, passCtx).end();
    pass.setAttributes({ 'http.status_code': 200 });
    pass.end();
    const render = tracer.startSpan('GET', { kind: SpanKind.SERVER, attributes: { 'next.span_type': 'BaseServer.handleRequest', 'http.method': 'GET', 'http.target': '/tools' } }, passCtx);
    tracer.startSpan('resolve page components', { attributes: { 'next.route': '/tools' } }, trace.setSpan(passCtx, render)).end();
    render.setAttributes({ 'http.status_code': 200, 'http.route': '/tools', 'next.route': '/tools' });
    http.end();
    render.end();
    expect(samples.map((s) => s.route)).toEqual(['/tools']);
    // A request without the middleware (an API route) is counted as usual.
    simulateRequest('/api/health', '/api/health', 200);
    expect(samples.map((s) => s.route)).toEqual(['/tools', '/api/health']);
  });

  it('counts a request the middleware answered by itself (a malformed API path), once, with its 4xx', () => {
    samples.length = 0;
    const http = tracer.startSpan('GET', { kind: SpanKind.SERVER, attributes: { 'http.request.method': 'GET', 'url.path': '/api/logs/%FF' } });
    const httpCtx = trace.setSpan(context.active(), http);
    const pass = tracer.startSpan('GET', { kind: SpanKind.SERVER, attributes: { 'next.span_type': 'BaseServer.handleRequest', 'http.method': 'GET', 'http.target': '/api/logs/%FF' } }, httpCtx);
    tracer.startSpan('middleware GET', { attributes: { 'next.span_type': 'Middleware.execute' } }, trace.setSpan(httpCtx, pass)).end();
    // Next.js says 200 on the pass; the client got the proxy's 400.
    pass.setAttributes({ 'http.status_code': 200 });
    pass.end();
    expect(samples).toHaveLength(0);
    http.setAttributes({ 'http.response.status_code': 400 });
    http.end();
    expect(samples).toHaveLength(1);
    expect(samples[0]).toMatchObject({ path: '/api/logs/%FF', status: 400 });
  });

  it('keeps only the last N traces', () => {
    const ids = [1, 2, 3, 4].map((i) => simulateRequest(`/p${i}`, `/p${i}`, 200));
    expect(inApp.traces.size).toBe(3);
    expect(inApp.traces.get(ids[0]!)).toBeUndefined();
    expect(inApp.traces.list(10).map((t) => t.traceId)).toEqual([ids[3], ids[2], ids[1]]);
    // The HTTP server span and Next's route spans; Next's own request span is not kept.
    expect(inApp.traces.get(ids[3]!)).toHaveLength(3);
  });
});

describe('InAppSpanProcessor operation names', () => {
  const inApp = new InAppSpanProcessor(10);
  const tracer = new BasicTracerProvider({ spanProcessors: [inApp] }).getTracer('test');

  it("names a trace continued from another process's span (an MCP call's params._meta) after its first span here", () => {
    const remote = trace.setSpanContext(context.active(), { traceId: 'c'.repeat(32), spanId: 'd'.repeat(16), traceFlags: 1, isRemote: true });
    const call = tracer.startSpan('tools/call list_services', {}, remote);
    tracer.startSpan('pg.query:SELECT', {}, trace.setSpan(remote, call)).end();
    expect(inApp.operationName('c'.repeat(32))).toBe('tools/call list_services');
    call.end();
  });

  it('names the request that started telemetry (Next.js\'s span, no HTTP server span) once its route is known', () => {
    const next = tracer.startSpan('GET', { kind: SpanKind.SERVER, attributes: { 'next.span_type': 'BaseServer.handleRequest', 'http.method': 'GET' } });
    const traceId = next.spanContext().traceId;
    tracer.startSpan('resolve page components', { attributes: { 'next.route': '/api/health/ready' } }, trace.setSpan(context.active(), next)).end();
    // Before Next's span ends: its children are exported first.
    expect(inApp.operationName(traceId)).toBe('GET /api/health/ready');
    next.setAttribute('http.route', '/api/health/ready');
    next.end();
    expect(inApp.operationName(traceId)).toBe('GET /api/health/ready');
  });

  it("leaves a request's name to its server span, and a child never renames its operation", () => {
    const server = tracer.startSpan('GET', { kind: SpanKind.SERVER, attributes: { 'http.request.method': 'GET' } });
    const traceId = server.spanContext().traceId;
    expect(inApp.operationName(traceId)).toBeUndefined();
    tracer.startSpan('child', {}, trace.setSpan(context.active(), server)).end();
    expect(inApp.operationName(traceId)).toBeUndefined();
    server.end();
    expect(inApp.operationName(traceId)).toBe('GET');
  });
});

describe('InAppSpanProcessor on PostgreSQL', () => {
  it("exports pg's query span (it names server and database) instead of Prisma's db_query, under Prisma's operation span", () => {
    const inApp = new InAppSpanProcessor(10, { hideOrmQuerySpans: true });
    const exported = new InMemorySpanExporter();
    const tracer = new BasicTracerProvider({ spanProcessors: [inApp, new SimpleSpanProcessor(withoutHiddenSpans(exported))] }).getTracer('test');
    const operation = tracer.startSpan('prisma:client:operation');
    const dbQuery = tracer.startSpan('prisma:client:db_query', { attributes: { 'db.query.text': 'SELECT 1' } }, trace.setSpan(context.active(), operation));
    const pgQuery = tracer.startSpan('pg.query:SELECT aimon', { attributes: { 'db.system.name': 'postgresql', 'server.address': '127.0.0.1' } }, trace.setSpan(context.active(), dbQuery));
    pgQuery.end();
    dbQuery.end();
    operation.end();
    const spans = exported.getFinishedSpans();
    expect(spans.map((s) => s.name)).toEqual(['pg.query:SELECT aimon', 'prisma:client:operation']);
    expect(spans[0]!.parentSpanContext?.spanId).toBe(operation.spanContext().spanId);
  });
});
