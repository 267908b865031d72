'use client';

import type { ReactNode } from 'react';
import { LocalTime } from './local-time';
import { useHydrated } from './use-hydrated';

/**
 * "Updated 14:03:22 …" with a "refreshing…" mark that keeps its room while
 * hidden, so the note never changes width when a poll starts or ends (a
 * right-aligned note that grows moves, and that counts as layout shift).
 * `busyAt`: where the mark sits, "end" for a left-aligned note, "start" for a
 * right-aligned one (the hidden room then sits on the far side of the text).
 */
export function RefreshNote({ updatedAt, fetching, busyAt = 'end', className = '', children }: { updatedAt: number | string | undefined; fetching: boolean; busyAt?: 'start' | 'end'; className?: string; children?: ReactNode }) {
  // Whether a request is in flight is the browser's business: on the server (and
  // during hydration) there is none, whatever the query's optimistic state says.
  const busy = useHydrated() && fetching;
  const mark = (
    <span className="refresh-note__busy" data-busy={busy} aria-hidden={!busy}>
      {busyAt === 'start' ? 'refreshing… · ' : ' · refreshing…'}
    </span>
  );
  return (
    <span className={`refresh-note ${className}`.trim()} data-testid="refresh-note">
      {busyAt === 'start' && mark}
      {updatedAt !== undefined && (
        <>
          Updated <LocalTime at={updatedAt} />
        </>
      )}
      {children}
      {busyAt === 'end' && mark}
    </span>
  );
}
