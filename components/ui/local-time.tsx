'use client';

import { formatLocalTime, timePlaceholder, type TimeLayout } from './local-time-format';
import { useHydrated } from './use-hydrated';

/**
 * A time in the browser's zone. The server does not know that zone, so the
 * server render and hydration show a placeholder of the same width, and the
 * time appears right after hydration: no mismatch, no shift.
 */
export function LocalTime({ at, layout = 'time' }: { at: number | string; layout?: TimeLayout }) {
  const hydrated = useHydrated();
  const date = new Date(at);
  return (
    <time className="local-time" dateTime={Number.isNaN(date.getTime()) ? undefined : date.toISOString()}>
      {hydrated ? formatLocalTime(date, layout) : timePlaceholder(layout)}
    </time>
  );
}
