'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { WorkflowEvent, WorkflowRunView, WorkflowStepView } from '@/lib/agent/types';
import { CONTAINERS_QUERY_KEY } from '@/components/fleet/use-containers';
import { streamEvents } from '@/components/ui/fetch-json';
import { clog } from '@/components/ui/console-log';
import { RUNS_QUERY_KEY } from './use-workflows';

export interface RunState {
  phase: 'idle' | 'running' | 'done' | 'error';
  run?: WorkflowRunView;
  steps: WorkflowStepView[];
  liveText: string;
  error?: string;
  startedAt?: number;
}

/** Starts a workflow and follows it live: steps as they happen, then the result. */
export function useWorkflowRun() {
  const [state, setState] = useState<RunState>({ phase: 'idle', steps: [], liveText: '' });
  const abort = useRef<AbortController | undefined>(undefined);
  const queryClient = useQueryClient();

  const follow = useCallback(
    async (url: string, input: Record<string, unknown>, label: string) => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      const startedAt = Date.now();
      setState({ phase: 'running', steps: [], liveText: '', startedAt });
      clog('Tools', `workflow started: ${label}`);
      try {
        for await (const event of streamEvents<WorkflowEvent>(url, { method: 'POST', json: input, signal: controller.signal })) {
          if (event.type === 'run-started') setState((s) => ({ ...s, run: event.run }));
          if (event.type === 'text-delta') setState((s) => ({ ...s, liveText: s.liveText + event.delta }));
          if (event.type === 'step') {
            if (event.step.kind === 'tool') clog('Tools', `tool ${event.step.toolName} ${event.step.isError ? 'failed' : 'ok'} in ${event.step.durationMs?.toFixed(0) ?? '?'} ms`, event.step.args);
            setState((s) => ({ ...s, steps: [...s.steps, event.step], liveText: event.step.kind === 'model' ? '' : s.liveText }));
            if (event.step.kind === 'tool') void queryClient.invalidateQueries({ queryKey: CONTAINERS_QUERY_KEY });
          }
          if (event.type === 'run-finished') {
            clog('Tools', `workflow ${event.run.status} in ${event.run.latencyMs} ms, ${event.run.toolCalls} tool calls`);
            setState((s) => ({ ...s, phase: 'done', run: event.run }));
          }
          if (event.type === 'error') setState((s) => ({ ...s, phase: 'error', error: event.message }));
        }
      } catch (error) {
        if (controller.signal.aborted) {
          setState((s) => ({ ...s, phase: 'error', error: 'Cancelled.' }));
        } else {
          clog('Tools', `workflow failed: ${(error as Error).message}`);
          setState((s) => ({ ...s, phase: 'error', error: (error as Error).message }));
        }
      } finally {
        void queryClient.invalidateQueries({ queryKey: RUNS_QUERY_KEY });
        void queryClient.invalidateQueries({ queryKey: CONTAINERS_QUERY_KEY });
      }
    },
    [queryClient],
  );

  const start = useCallback(
    (input: { model: 'A' | 'B'; scenario: string; goal?: string }) => follow('/api/workflows', input, `model ${input.model}, ${input.scenario}`),
    [follow],
  );
  /** Replays a stored run (recorded or live) as a new run, followed like any other. */
  const replay = useCallback(
    (runId: string, input: { model: 'A' | 'B'; mode: 'recorded' | 'live' }) => follow(`/api/workflows/${runId}/replay`, input, `replay of ${runId}: model ${input.model}, ${input.mode}`),
    [follow],
  );
  const cancel = useCallback(() => abort.current?.abort(), []);
  const show = useCallback((run: WorkflowRunView) => setState({ phase: 'done', run, steps: run.steps ?? [], liveText: '' }), []);
  return { state, start, replay, cancel, show };
}
