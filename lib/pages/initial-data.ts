import 'server-only';
import { asDatabaseUnavailable } from '@/lib/db';
import { logger } from '@/lib/telemetry';
import type { InitialData } from './types';

export type { InitialData } from './types';

/**
 * How long a page waits for its first data. The reads are the API routes' own
 * (cached, milliseconds); a database that hangs must not hold the whole page.
 */
export const INITIAL_DATA_BUDGET_MS = 1_000;

/**
 * A page's first data, read on the server with the same function its API
 * route calls, so the page paints with content instead of a placeholder that
 * the first poll replaces (issue 11: layout shift). Never fails the page: on
 * an error or past the budget it logs and returns null, and the client shows
 * its loading state and polls as it always did.
 */
export async function readInitialData<T>(what: string, read: () => Promise<T>, budgetMs = INITIAL_DATA_BUDGET_MS): Promise<InitialData<T> | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const overBudget = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${budgetMs} ms`)), budgetMs);
  });
  try {
    // Promise.race handles a late rejection of the read: no unhandled rejection after the budget.
    const data = await Promise.race([Promise.resolve().then(read), overBudget]);
    // Exactly what the route sends (Dates as strings, no undefined): the same
    // shape as the client's own fetch, and plain JSON across the server/client boundary.
    return { data: JSON.parse(JSON.stringify(data)) as T, updatedAt: Date.now() };
  } catch (error) {
    const reason = asDatabaseUnavailable(error)?.reason ?? (error instanceof Error ? error.message : String(error));
    logger.warn({ page: what, reason }, 'page rendered without its first data; the browser will load it');
    return null;
  } finally {
    clearTimeout(timer);
  }
}
