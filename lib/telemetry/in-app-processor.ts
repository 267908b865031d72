import { SpanKind, type Context, type SpanContext } from '@opentelemetry/api';
import { hrTimeToMilliseconds } from '@opentelemetry/core';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { recordDbQuery } from './db-query-times';
import { NEXT_BOOKKEEPING_SPAN_TYPES } from './bookkeeping-sampler';
import { hideFromExport } from './export-filter';
import { logger } from './logger';
import type { RequestListener, RequestSample } from './request-sample';
import { TraceStore } from './trace-store';
import { processSingleton } from '@/lib/runtime';

/** Who wants every finished request; process-wide so subscribing before or after telemetry starts both work. */
export function requestListeners(): Set<RequestListener> {
  return processSingleton('request-listeners', () => new Set<RequestListener>());
}

/** Subscribes to finished requests (one RequestSample each); returns the unsubscribe function. */
export function onRequestCompleted(listener: RequestListener): () => void {
  requestListeners().add(listener);
  return () => requestListeners().delete(listener);
}

function ignoreLateWrite<T>(this: T): T {
  return this;
}

/** Attribute our code sets on any span of a request to tie it to a browser session. */
export const SESSION_ATTRIBUTE = 'aimon.session.id';
const MAX_PENDING = 10_000;
/** Prisma's span for one query sent to the database (through the driver adapter). */
const DB_QUERY_SPAN = 'prisma:client:db_query';

/**
 * The bridge from traces to the in-app console. For every finished request it
 * (1) names the HTTP server span after its route (`GET /api/logs/[service]`),
 * which Application Insights' `requests` table and the KQL pack rely on,
 * (2) emits one RequestSample to the listeners (monitoring), so each request is
 * counted once and agrees with what is exported, and (3) keeps recent spans for
 * the trace view. It exports nothing, so it works with no backend configured.
 */
export class InAppSpanProcessor implements SpanProcessor {
  readonly traces: TraceStore;
  /** Open HTTP server spans (from the http instrumentation), by trace id. */
  private readonly openServerSpans = new Map<string, Span>();
  /** Next.js's own open request spans (`BaseServer.handleRequest`), by trace id. */
  private readonly nextRequestSpans = new Map<string, Span>();
  /**
   * Next.js's request spans that only ran the middleware (proxy.ts), by span
   * id: a page makes two request spans, the middleware pass and then the
   * render, and only the render is the request.
   */
  private readonly middlewarePasses = new Map<string, true>();
  /**
   * Passes that were not followed by a request span (yet), by trace id. When
   * the HTTP server span ends with no Next.js request span open, proxy.ts
   * answered by itself (a malformed API path's 400): the pass is the request,
   * with the status the client got (the pass itself says 200).
   */
  private readonly unansweredPasses = new Map<string, ReadableSpan>();
  /** Session ids seen on spans of traces whose request has not finished yet. */
  private readonly sessions = new Map<string, string>();
  /**
   * Next.js's request spans under an HTTP server span, by span id, with that
   * server span's context: they are not exported (see onStart), and their
   * children are moved up to the server span. Kept after they end: a page's
   * render starts under its middleware pass once the pass has ended.
   */
  private readonly hidden = new Map<string, SpanContext>();
  /** The request's name (`GET /api/health`) by trace id, for telemetry of the request that has no name of its own. */
  private readonly operationNames = new Map<string, string>();

  constructor(
    capacity: number,
    private readonly options: {
      /**
       * On PostgreSQL the pg instrumentation's query spans say what Prisma's
       * `db_query` spans say, plus the server and database (Application
       * Insights' `target`): export those only, one dependency per query.
       */
      hideOrmQuerySpans?: boolean;
    } = {},
  ) {
    this.traces = new TraceStore(capacity);
  }

  onStart(span: Span, _parentContext: Context): void {
    // A child of a hidden Next.js request span hangs under the HTTP server span
    // instead, so the exported tree has no gap (set before any exporter reads it).
    if (span.attributes['next.span_type'] === 'Middleware.execute' && span.parentSpanContext) {
      // Its parent is a middleware pass (told before the parent is moved below).
      this.middlewarePasses.set(span.parentSpanContext.spanId, true);
      if (this.middlewarePasses.size > MAX_PENDING) this.dropOldest(this.middlewarePasses);
    }
    const moved = span.parentSpanContext && this.hidden.get(span.parentSpanContext.spanId);
    if (moved) (span as unknown as { parentSpanContext: SpanContext }).parentSpanContext = moved;
    if (this.options.hideOrmQuerySpans && span.name === DB_QUERY_SPAN && span.parentSpanContext) {
      this.hidden.set(span.spanContext().spanId, span.parentSpanContext);
      if (this.hidden.size > MAX_PENDING) this.dropOldest(this.hidden);
    }
    // The first span of this process in a trace that no request of ours
    // started (a background operation's root, an MCP call continuing a
    // caller's trace from params._meta) names the operation, so its
    // exceptions, logs and dependencies carry an operation_Name too. Named
    // at the start: a long job's children are exported before it ends.
    if (span.kind !== SpanKind.SERVER && (!span.parentSpanContext || span.parentSpanContext.isRemote) && !this.operationNames.has(span.spanContext().traceId)) {
      this.nameOperation(span.spanContext().traceId, span.name);
    }
    if (span.kind === SpanKind.SERVER && span.attributes['next.span_type'] === undefined) {
      this.openServerSpans.set(span.spanContext().traceId, span);
      if (this.openServerSpans.size > MAX_PENDING) this.dropOldest(this.openServerSpans);
    } else if (span.attributes['next.span_type'] === 'BaseServer.handleRequest') {
      // Next.js marks its own request spans SERVER too, with http.method: under
      // the http instrumentation's server span, exported, each would be a second
      // request, or (as INTERNAL) an outgoing Http dependency, in Application
      // Insights. The server span already is the request, so this one is kept
      // in-process only (it tells the route and ends the request for the
      // console) and never exported; the span has just started, so every
      // processor after this one sees it as internal.
      const server = this.openServerSpans.get(span.spanContext().traceId);
      if (server) {
        (span as unknown as { kind: SpanKind }).kind = SpanKind.INTERNAL;
        this.hidden.set(span.spanContext().spanId, server.spanContext());
        if (this.hidden.size > MAX_PENDING) this.dropOldest(this.hidden);
      }
      this.nextRequestSpans.set(span.spanContext().traceId, span);
      if (this.nextRequestSpans.size > MAX_PENDING) this.dropOldest(this.nextRequestSpans);
    }
  }

  /** The name of the request a trace belongs to (`GET /api/health`), while it is remembered. */
  operationName(traceId: string): string | undefined {
    return this.operationNames.get(traceId);
  }

  private nameOperation(traceId: string, name: string): void {
    this.operationNames.delete(traceId);
    this.operationNames.set(traceId, name);
    if (this.operationNames.size > MAX_PENDING) this.dropOldest(this.operationNames);
  }

  onEnd(span: ReadableSpan): void {
    const ctx = span.spanContext();
    const route = span.attributes['next.route'];
    const open = this.openServerSpans.get(ctx.traceId);
    if (open && open.spanContext().spanId === ctx.spanId) {
      this.openServerSpans.delete(ctx.traceId);
      // Next.js copies http.route onto this span once more after the response,
      // when it has ended; the SDK answers every such write by capturing a stack
      // for a diagnostic warning (profiled: ~3 % of a cheap route's CPU). The
      // route is named here, so later writes to this ended span are dropped.
      (span as unknown as { setAttribute: unknown }).setAttribute = ignoreLateWrite;
      const pass = this.unansweredPasses.get(ctx.traceId);
      if (pass && !this.nextRequestSpans.has(ctx.traceId)) {
        this.unansweredPasses.delete(ctx.traceId);
        this.finishRequest(pass, Number(span.attributes['http.response.status_code'] ?? 0));
      }
      if (span.attributes['http.route'] === undefined) {
        // No Next.js span named the route before this one ended (a POST to a route
        // handler resolves no page components): Next's own request span, still
        // open, knows it by now. The span has ended, so its fields are set directly;
        // this processor runs first, so every exporter sees the name.
        const nextSpan = this.nextRequestSpans.get(ctx.traceId);
        const late = nextSpan?.attributes['http.route'] ?? nextSpan?.attributes['next.route'];
        if (typeof late === 'string') {
          const method = String(span.attributes['http.request.method'] ?? 'GET');
          (span as unknown as { name: string }).name = `${method} ${late}`;
          (span.attributes as Record<string, unknown>)['http.route'] = late;
        }
      }
      this.nameOperation(ctx.traceId, span.name);
    } else if (open && typeof route === 'string') {
      // Next.js resolves the route while the HTTP server span (which ends first,
      // on response finish) is still open: name it now, before it is exported.
      open.updateName(`${String(open.attributes['http.request.method'] ?? 'GET')} ${route}`);
      open.setAttribute('http.route', route);
      this.nameOperation(ctx.traceId, open.name);
    } else if (!open && typeof route === 'string') {
      // No HTTP server span (the request that started telemetry): Next's own
      // request span is the request, and its children are exported (some
      // before it ends) with its name as their operation's.
      const nextSpan = this.nextRequestSpans.get(ctx.traceId);
      if (nextSpan?.kind === SpanKind.SERVER) this.nameOperation(ctx.traceId, `${String(nextSpan.attributes['http.method'] ?? 'GET')} ${route}`);
    }
    const nextType = span.attributes['next.span_type'];
    const hiddenRequest = this.hidden.has(ctx.spanId);
    if (hiddenRequest || (typeof nextType === 'string' && NEXT_BOOKKEEPING_SPAN_TYPES.has(nextType))) {
      // (Bookkeeping spans get here only where the sampler could not drop them: the Azure distro.)
      hideFromExport(span);
    } else if (span.attributes['next.span_type'] === 'BaseServer.handleRequest' && span.kind === SpanKind.SERVER) {
      // No HTTP server span (the request that started telemetry): Next's span is
      // the request. Name it after its route, as the server span would have been.
      const late = span.attributes['http.route'] ?? route;
      const method = String(span.attributes['http.method'] ?? 'GET');
      if (typeof late === 'string' && !span.name.includes('/')) (span as unknown as { name: string }).name = `${method} ${late}`;
      this.nameOperation(ctx.traceId, span.name);
    }
    if (span.attributes['next.span_type'] === 'Middleware.execute') {
      // proxy.ts's run is in-process work, not an outgoing HTTP call: without
      // the request's method it is exported as InProc, not as an Http dependency.
      const attributes = span.attributes as Record<string, unknown>;
      delete attributes['http.method'];
      delete attributes['http.request.method'];
    }
    const session = span.attributes[SESSION_ATTRIBUTE];
    if (typeof session === 'string') {
      this.sessions.set(ctx.traceId, session);
      if (this.sessions.size > MAX_PENDING) this.dropOldest(this.sessions);
    }
    if (span.attributes['next.span_type'] === 'BaseServer.handleRequest') {
      if (this.nextRequestSpans.get(ctx.traceId)?.spanContext().spanId === ctx.spanId) this.nextRequestSpans.delete(ctx.traceId);
      const onlyMiddleware = this.middlewarePasses.delete(ctx.spanId) && route === undefined && span.attributes['http.route'] === undefined;
      if (!onlyMiddleware) this.finishRequest(span);
      else if (this.openServerSpans.has(ctx.traceId)) {
        this.unansweredPasses.set(ctx.traceId, span);
        if (this.unansweredPasses.size > MAX_PENDING) this.dropOldest(this.unansweredPasses);
      }
    }
    // Prisma's query spans cover PostgreSQL and PGlite alike (pg's own spans would count twice).
    if (span.name === DB_QUERY_SPAN && span.attributes['db.query.text'] !== undefined) {
      recordDbQuery(hrTimeToMilliseconds(span.endTime), hrTimeToMilliseconds(span.duration));
    }
    if (!hiddenRequest) this.traces.add(span);
  }

  private finishRequest(span: ReadableSpan, status?: number): void {
    const a = span.attributes;
    this.unansweredPasses.delete(span.spanContext().traceId);
    const route = String(a['http.route'] ?? a['next.route'] ?? 'unmatched');
    const method = String(a['http.method'] ?? 'GET');
    const traceId = span.spanContext().traceId;
    const sample: RequestSample = {
      route,
      path: String(a['http.target'] ?? route).split('?')[0]!,
      method,
      status: status ?? Number(a['http.status_code'] ?? 0),
      durationMs: hrTimeToMilliseconds(span.duration),
      endMs: hrTimeToMilliseconds(span.endTime),
      traceId,
      sessionId: this.sessions.get(traceId),
    };
    this.sessions.delete(traceId);
    for (const listener of requestListeners()) {
      try {
        listener(sample);
      } catch (error) {
        logger.error({ err: error }, 'request listener failed');
      }
    }
  }

  private dropOldest(map: Map<string, unknown>): void {
    const oldest = map.keys().next().value;
    if (oldest !== undefined) map.delete(oldest);
  }

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}
