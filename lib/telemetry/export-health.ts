import { metrics } from '@opentelemetry/api';
import { ExportResultCode, type ExportResult } from '@opentelemetry/core';
import { processSingleton } from '@/lib/runtime';

interface ExporterLike<T> {
  export(items: T, resultCallback: (result: ExportResult) => void): void;
  shutdown(): Promise<void>;
  forceFlush?(): Promise<void>;
}

export interface ExportHealth {
  name: string;
  ok: number;
  failed: number;
  droppedItems: number;
  lastError?: string;
  lastFailureAt?: string;
  lastSuccessAt?: string;
}

const registry = () => processSingleton('telemetry-export-health', () => new Map<string, ExportHealth>());

function counter() {
  return metrics.getMeter('aimon').createCounter('aimon.telemetry.export.failures', {
    description: 'Telemetry batches (and their items) an exporter could not deliver; they are dropped, never retried forever.',
  });
}

export function countExportFailure(name: string, items: number, error: string): void {
  const entry = registry().get(name) ?? { name, ok: 0, failed: 0, droppedItems: 0 };
  entry.failed += 1;
  entry.droppedItems += items;
  entry.lastError = error.slice(0, 200);
  entry.lastFailureAt = new Date().toISOString();
  registry().set(name, entry);
  counter().add(1, { exporter: name });
}

/** Per exporter: batches delivered and lost, and the last error (for health). */
export function exportHealth(): ExportHealth[] {
  return [...registry().values()];
}

/** Counts one batch's outcome for `name` (registered on first use). */
export function recordExportResult(name: string, result: ExportResult, items: number): void {
  const entry = registry().get(name) ?? { name, ok: 0, failed: 0, droppedItems: 0 };
  registry().set(name, entry);
  if (result.code === ExportResultCode.SUCCESS) {
    entry.ok += 1;
    entry.lastSuccessAt = new Date().toISOString();
  } else {
    countExportFailure(name, items, result.error?.message ?? 'export failed');
  }
}

/** Lists `name` in health before its first batch. */
export function registerExporter(name: string): void {
  registry().set(name, registry().get(name) ?? { name, ok: 0, failed: 0, droppedItems: 0 });
}

/** Wraps an exporter so each failed batch is counted and its cause remembered. */
export function wrapExporter<T, E extends ExporterLike<T>>(name: string, exporter: E): E {
  registerExporter(name);
  return new Proxy(exporter, {
    get(target, prop, receiver) {
      if (prop === 'export') {
        return (items: T, done: (result: ExportResult) => void) =>
          target.export(items, (result) => {
            recordExportResult(name, result, Array.isArray(items) ? items.length : 1);
            done(result);
          });
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
