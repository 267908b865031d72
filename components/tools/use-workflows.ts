'use client';

import { useQuery } from '@tanstack/react-query';
import type { RunDiff, WorkflowRunView } from '@/lib/agent/types';
import { fetchJson } from '@/components/ui/fetch-json';

export const RUNS_QUERY_KEY = ['workflows'] as const;
export const RUNS_POLL_MS = 15_000;

export function useRecentRuns() {
  return useQuery({
    queryKey: RUNS_QUERY_KEY,
    queryFn: () => fetchJson<{ runs: WorkflowRunView[] }>('/api/workflows?limit=10'),
    refetchInterval: RUNS_POLL_MS,
  });
}

export function fetchRun(id: string) {
  return fetchJson<{ run: WorkflowRunView }>(`/api/workflows/${id}`).then((r) => r.run);
}

export function useRunDiff(a: string | undefined, b: string | undefined) {
  return useQuery({
    queryKey: ['workflow-diff', a, b],
    queryFn: () => fetchJson<{ diff: RunDiff }>(`/api/workflows/${a}/diff/${b}`).then((r) => r.diff),
    enabled: Boolean(a && b),
  });
}
