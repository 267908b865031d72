import type { RumEvent } from '@/lib/telemetry/types';

/**
 * Browser-side queue of RUM events, flushed in batches every few seconds and
 * when the page is hidden (sendBeacon survives navigation). Never throws: losing
 * a telemetry batch must not break the page.
 */
const FLUSH_MS = 5_000;
const MAX_BATCH = 50;
let queue: RumEvent[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;

export function reportRum(event: RumEvent): void {
  if (typeof window === 'undefined') return;
  queue.push(event);
  if (queue.length >= MAX_BATCH) flushRum();
  else timer ??= setTimeout(flushRum, FLUSH_MS);
}

export function flushRum(): void {
  if (timer) clearTimeout(timer);
  timer = undefined;
  if (!queue.length) return;
  const batch = queue.slice(0, MAX_BATCH);
  queue = queue.slice(MAX_BATCH);
  const body = JSON.stringify({ events: batch });
  try {
    const blob = new Blob([body], { type: 'application/json' });
    if (!navigator.sendBeacon?.('/api/rum', blob)) {
      void fetch('/api/rum', { method: 'POST', body, headers: { 'Content-Type': 'application/json' }, keepalive: true }).catch(() => undefined);
    }
  } catch {
    // dropped on purpose
  }
  if (queue.length) timer = setTimeout(flushRum, FLUSH_MS);
}
