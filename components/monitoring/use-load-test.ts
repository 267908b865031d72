'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LoadTestInput, LoadTestRunView, LoadTestStatusView } from '@/lib/loadtest/types';
import { clog } from '@/components/ui/console-log';
import { fetchJson } from '@/components/ui/fetch-json';

/** The source demo polls load-test status every 5 s. */
export const LOAD_TEST_POLL_MS = 5_000;
export const LOAD_TEST_QUERY_KEY = ['load-test'] as const;

export function useLoadTestStatus() {
  return useQuery({
    queryKey: [...LOAD_TEST_QUERY_KEY, 'status'],
    queryFn: async () => {
      const status = await fetchJson<LoadTestStatusView>('/api/load-test/status');
      const run = status.run;
      clog('LoadTest', `Current status: ${status.running ? 'running' : (run?.status ?? 'idle')}, Users: ${run?.users ?? 0}, RPS: ${run?.rps ?? 0}`);
      return status;
    },
    refetchInterval: LOAD_TEST_POLL_MS,
  });
}

export function useLoadTestRuns() {
  return useQuery({
    queryKey: [...LOAD_TEST_QUERY_KEY, 'runs'],
    queryFn: () => fetchJson<{ runs: LoadTestRunView[] }>('/api/load-test/runs?limit=20'),
    refetchInterval: LOAD_TEST_POLL_MS * 6,
  });
}

export function useLoadTestControls() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: LOAD_TEST_QUERY_KEY });
  const start = useMutation({
    mutationFn: async (request: LoadTestInput) => {
      const { run } = await fetchJson<{ run: LoadTestRunView }>('/api/load-test/start', { method: 'POST', json: request });
      clog('LoadTest', `Started: ${run.scenario}, Users: ${run.users}, ${run.durationSec} s at up to ${run.targetRps} req/s`);
      return run;
    },
    onSettled: refresh,
  });
  const stop = useMutation({
    mutationFn: async () => {
      const { run } = await fetchJson<{ run: LoadTestRunView }>('/api/load-test/stop', { method: 'POST' });
      clog('LoadTest', `Stopped after ${run.elapsedSec} s: ${run.requests} requests, ${run.errors} errors, RPS: ${run.rps}`);
      return run;
    },
    onSettled: refresh,
  });
  return { start, stop };
}
