import type { Page } from '@playwright/test';

/**
 * Watches a page from its first byte: layout shifts (as Chromium reports them
 * for CLS, input-driven ones excluded) and uncaught errors, such as React's
 * hydration mismatch (#418) when server and browser render different text.
 * Call before page.goto.
 */
export async function watchStability(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: { value: number; sources: string[] }[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] }[]) {
        if (entry.hadRecentInput) continue;
        w.__shifts.push({
          value: entry.value,
          sources: (entry.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : String(s.node?.nodeName))),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return {
    errors,
    /** The page's layout shift score so far, and what moved (for the failure message). */
    async layoutShift(): Promise<{ score: number; moved: string[] }> {
      const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts);
      return { score: shifts.reduce((sum, s) => sum + s.value, 0), moved: shifts.flatMap((s) => s.sources) };
    },
  };
}

/** CLS aim of issue 11. */
export const CLS_BUDGET = 0.05;

/** A time zone other than the server's (which runs in UTC here): hydration must not depend on it. */
export const FOREIGN_TIME_ZONE = 'Pacific/Auckland';
