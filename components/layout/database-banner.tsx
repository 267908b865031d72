'use client';

import { useHealth } from './use-health';

/**
 * A plain banner on every page while the database is unreachable (issue 10).
 * It reads the health badge's query (same key, same 30 s poll: no second
 * request), so it appears and goes away with the badge. The status region is
 * always in the page and only its text changes, so screen readers announce it.
 */
export function DatabaseBanner() {
  const { data } = useHealth();
  const down = data?.components.database?.status === 'down';
  return (
    <div className="outage-banner" role="status" aria-live="polite" data-testid="database-banner">
      {down ? 'The database is unreachable: history and runs cannot be saved right now; the app retries by itself.' : null}
    </div>
  );
}
