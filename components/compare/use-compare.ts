'use client';

import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { AskBothResult, CompareRange, ComparisonReport } from '@/lib/compare/types';
import type { InitialData } from '@/lib/pages/types';
import { clog } from '@/components/ui/console-log';
import { fetchJson } from '@/components/ui/fetch-json';

/** The source's comparison dashboard refreshes every 10 s; so does this one. */
export const COMPARE_POLL_MS = 10_000;
export const COMPARE_QUERY_KEY = ['compare'] as const;

/**
 * `initial`: the report the page read on the server for the range it opens
 * with; it seeds only that range's query (another range has other figures).
 */
export function useComparison(range: CompareRange, initial?: (InitialData<ComparisonReport> & { range: CompareRange }) | null) {
  const seed = initial?.range === range ? initial : undefined;
  return useQuery({
    queryKey: [...COMPARE_QUERY_KEY, range],
    queryFn: async () => {
      const report = await fetchJson<ComparisonReport>(`/api/compare?range=${range}`);
      clog('Comparison', 'Metrics data:', { model_a: report.models.A, model_b: report.models.B });
      return report;
    },
    refetchInterval: COMPARE_POLL_MS,
    placeholderData: keepPreviousData,
    initialData: seed?.data,
    initialDataUpdatedAt: seed?.updatedAt,
  });
}

export function useAskBoth() {
  return useMutation({
    mutationFn: async (prompt: string) => {
      const started = performance.now();
      const result = await fetchJson<AskBothResult>('/api/compare/ask', { method: 'POST', json: { prompt } });
      clog('Comparison', `Ask both answered in ${((performance.now() - started) / 1000).toFixed(2)} s`, result.answers.map((a) => ({ slot: a.slot, latencyMs: a.latencyMs, error: a.error })));
      return result;
    },
  });
}
