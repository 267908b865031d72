'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExperimentEvent, ExperimentRunView, QuestionSetView } from '@/lib/experiments/types';
import { fetchJson } from '@/components/ui/fetch-json';
import { readEvents } from '@/components/ui/read-events';

export const SETS_QUERY_KEY = ['experiment-sets'] as const;
export const EXPERIMENT_RUNS_QUERY_KEY = ['experiment-runs'] as const;

export function useQuestionSets() {
  return useQuery({ queryKey: SETS_QUERY_KEY, queryFn: () => fetchJson<{ sets: QuestionSetView[] }>('/api/experiments/sets').then((r) => r.sets) });
}

export type SetDraft = { id?: string; name: string; questions: Array<{ id?: string; text: string; expectedFacts?: string[] }> };

export function useSaveSet() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (draft: SetDraft) =>
      fetchJson<{ set: QuestionSetView }>(draft.id ? `/api/experiments/sets/${draft.id}` : '/api/experiments/sets', {
        method: draft.id ? 'PUT' : 'POST',
        json: { name: draft.name, questions: draft.questions },
      }).then((r) => r.set),
    onSuccess: () => void client.invalidateQueries({ queryKey: SETS_QUERY_KEY }),
  });
}

export function useDeleteSet() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => fetch(`/api/experiments/sets/${id}`, { method: 'DELETE' }),
    onSuccess: () => void client.invalidateQueries({ queryKey: SETS_QUERY_KEY }),
  });
}

/**
 * The session's experiment: started here, or found running when the page
 * loads (a reload, another tab), followed through GET /api/experiments/runs/{id}'s
 * event stream until it ends. The run itself goes on on the server either way.
 */
export function useExperiment() {
  const [run, setRun] = useState<ExperimentRunView | undefined>();
  const [error, setError] = useState<string | undefined>();
  const following = useRef<AbortController | undefined>(undefined);

  const follow = useCallback(async (id: string) => {
    following.current?.abort();
    const controller = new AbortController();
    following.current = controller;
    try {
      const response = await fetch(`/api/experiments/runs/${id}`, { headers: { Accept: 'text/event-stream' }, signal: controller.signal });
      if (!response.ok || !response.body) throw new Error(`The server answered ${response.status}.`);
      for await (const event of readEvents<ExperimentEvent>(response.body)) {
        if (event.type === 'run' || event.type === 'finished') setRun(event.run);
        if (event.type === 'result') setRun((r) => (r ? { ...r, done: event.done, results: [...r.results, event.result] } : r));
        if (event.type === 'error') setError(event.message);
      }
    } catch (e) {
      if (!controller.signal.aborted) setError((e as Error).message);
    }
  }, []);

  useEffect(() => {
    let live = true;
    void fetchJson<{ runs: ExperimentRunView[] }>('/api/experiments/runs')
      .then(({ runs }) => {
        const latest = runs.find((r) => r.status === 'running') ?? runs[0];
        if (live && latest) {
          setRun(latest);
          if (latest.status === 'running') void follow(latest.id);
          else void fetchJson<{ run: ExperimentRunView }>(`/api/experiments/runs/${latest.id}`).then((r) => live && setRun(r.run));
        }
      })
      .catch(() => undefined);
    return () => {
      live = false;
      following.current?.abort();
    };
  }, [follow]);

  const start = useCallback(
    async (setId: string) => {
      setError(undefined);
      try {
        const { run: started } = await fetchJson<{ run: ExperimentRunView }>('/api/experiments/runs', { method: 'POST', json: { setId } });
        setRun(started);
        void follow(started.id);
      } catch (e) {
        setError((e as Error).message);
      }
    },
    [follow],
  );
  const cancel = useCallback(async () => {
    if (!run) return;
    await fetchJson(`/api/experiments/runs/${run.id}/cancel`, { method: 'POST' }).catch((e: Error) => setError(e.message));
  }, [run]);
  return { run, error, start, cancel };
}
