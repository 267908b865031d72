import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { hrTimeToMilliseconds } from '@opentelemetry/core';

/** A finished span as the in-app trace view shows it. */
export interface StoredSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  startMs: number;
  durationMs: number;
  status: 'unset' | 'ok' | 'error';
  statusMessage?: string;
  attributes: Record<string, unknown>;
  events: Array<{ name: string; timeMs: number; attributes: Record<string, unknown> }>;
}

export interface TraceSummary {
  traceId: string;
  rootName: string;
  startMs: number;
  durationMs: number;
  spanCount: number;
  error: boolean;
}

const MAX_SPANS_PER_TRACE = 500;

export function toStoredSpan(span: ReadableSpan): StoredSpan {
  const ctx = span.spanContext();
  return {
    traceId: ctx.traceId,
    spanId: ctx.spanId,
    parentSpanId: span.parentSpanContext?.spanId,
    name: span.name,
    kind: span.kind,
    startMs: hrTimeToMilliseconds(span.startTime),
    durationMs: Math.round(hrTimeToMilliseconds(span.duration) * 1000) / 1000,
    status: span.status.code === 2 ? 'error' : span.status.code === 1 ? 'ok' : 'unset',
    statusMessage: span.status.message,
    attributes: { ...span.attributes },
    events: span.events.map((e) => ({ name: e.name, timeMs: hrTimeToMilliseconds(e.time), attributes: { ...(e.attributes ?? {}) } })),
  };
}

/**
 * The last N traces, in memory, bounded: a Map keeps insertion order, so the
 * oldest trace is evicted first and a trace never grows past MAX_SPANS_PER_TRACE.
 * It keeps the SDK's finished spans as they are (they do not change once ended)
 * and makes the trace view's copies only when a trace is read: a copy per span
 * made on every request, for the few traces anyone opens, was garbage to collect.
 */
export class TraceStore {
  private readonly traces = new Map<string, ReadableSpan[]>();

  constructor(private readonly capacity: number) {}

  add(span: ReadableSpan): void {
    const traceId = span.spanContext().traceId;
    let spans = this.traces.get(traceId);
    if (!spans) {
      spans = [];
      this.traces.set(traceId, spans);
      if (this.traces.size > this.capacity) {
        const oldest = this.traces.keys().next().value;
        if (oldest !== undefined) this.traces.delete(oldest);
      }
    }
    if (spans.length < MAX_SPANS_PER_TRACE) spans.push(span);
  }

  get(traceId: string): StoredSpan[] | undefined {
    const spans = this.traces.get(traceId);
    return spans ? spans.map(toStoredSpan).sort((a, b) => a.startMs - b.startMs) : undefined;
  }

  list(limit = 50, filter?: (summary: TraceSummary) => boolean): TraceSummary[] {
    const out: TraceSummary[] = [];
    for (const [traceId, spans] of [...this.traces.entries()].reverse()) {
      const ids = new Set(spans.map((s) => s.spanContext().spanId));
      const root = spans.find((s) => !s.parentSpanContext || !ids.has(s.parentSpanContext.spanId)) ?? spans[0]!;
      const start = Math.min(...spans.map((s) => hrTimeToMilliseconds(s.startTime)));
      const end = Math.max(...spans.map((s) => hrTimeToMilliseconds(s.endTime)));
      const summary = {
        traceId,
        rootName: root.name,
        startMs: start,
        durationMs: Math.round((end - start) * 1000) / 1000,
        spanCount: spans.length,
        error: spans.some((s) => s.status.code === 2),
      };
      if (!filter || filter(summary)) out.push(summary);
      if (out.length >= limit) break;
    }
    return out;
  }

  get size(): number {
    return this.traces.size;
  }
}
