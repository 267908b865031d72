import type { ExportResult } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';

/**
 * Spans that are recorded for the in-app console but never exported (Next.js's
 * request spans under the HTTP server span). A mark on the span object, not on
 * its trace flags: a span started later in its context (a page's render under
 * its middleware pass) must still be sampled.
 */
const hidden = new WeakSet<ReadableSpan>();

export function hideFromExport(span: ReadableSpan): void {
  hidden.add(span);
}

export function isHiddenFromExport(span: ReadableSpan): boolean {
  return hidden.has(span);
}

/** The spans of a batch that may leave the process. */
export function exportable(spans: ReadableSpan[]): ReadableSpan[] {
  return spans.some((s) => hidden.has(s)) ? spans.filter((s) => !hidden.has(s)) : spans;
}

/** Wraps a span exporter so hidden spans never reach it. */
export function withoutHiddenSpans(exporter: SpanExporter): SpanExporter {
  return {
    export(spans: ReadableSpan[], done: (result: ExportResult) => void) {
      exporter.export(exportable(spans), done);
    },
    shutdown: () => exporter.shutdown(),
    forceFlush: () => exporter.forceFlush?.() ?? Promise.resolve(),
  };
}
