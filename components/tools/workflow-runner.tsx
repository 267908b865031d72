'use client';

import { useState, type FormEvent } from 'react';
import type { WorkflowRunView } from '@/lib/agent/types';
import { SCENARIOS } from '@/lib/agent/types';
import { RunSteps } from './run-steps';
import { RunResult } from './run-result';
import { RunHistory } from './run-history';
import { ReplayControls } from './replay-controls';
import { RunDiffView } from './run-diff';
import { useWorkflowRun } from './use-workflow-run';
import { Elapsed } from '@/components/ui/elapsed';

/** Pick a model and a scenario (or a goal), run it, and watch each step arrive. */
export function WorkflowRunner() {
  const [model, setModel] = useState<'A' | 'B'>('A');
  const [scenario, setScenario] = useState<string>(SCENARIOS[0].id);
  const [goal, setGoal] = useState('');
  const { state, start, replay, cancel, show } = useWorkflowRun();
  const [diff, setDiff] = useState<[string, string] | undefined>();
  const running = state.phase === 'running';
  const toolCalls = state.steps.filter((s) => s.kind === 'tool').length;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (running) return;
    void start({ model, scenario, goal: scenario === 'custom' ? goal.trim() : undefined });
  };

  return (
    <div className="tools-layout">
      <section className="card" aria-labelledby="run-heading">
        <h2 id="run-heading" className="card__title">Run a workflow</h2>
        <form onSubmit={submit} className="form-grid">
          <div className="field field--wide">
            <label htmlFor="wf-model">Model</label>
            <select id="wf-model" value={model} onChange={(e) => setModel(e.target.value as 'A' | 'B')} disabled={running}>
              <option value="A">Model A: careful, slower</option>
              <option value="B">Model B: fast, cheaper, more often wrong</option>
            </select>
          </div>
          <div className="field field--wide">
            <label htmlFor="wf-scenario">Scenario</label>
            <select id="wf-scenario" value={scenario} onChange={(e) => setScenario(e.target.value)} disabled={running}>
              {SCENARIOS.map((s) => (
                <option key={s.id} value={s.id}>{s.title}</option>
              ))}
              <option value="custom">Free-form goal…</option>
            </select>
          </div>
          {scenario === 'custom' && (
            <div className="field field--wide">
              <label htmlFor="wf-goal">Goal</label>
              <textarea id="wf-goal" rows={2} maxLength={2000} value={goal} onChange={(e) => setGoal(e.target.value)} placeholder="e.g. Make sure the model servers are healthy" disabled={running} />
            </div>
          )}
          <div className="form-actions">
            <button type="submit" className="button" disabled={running || (scenario === 'custom' && goal.trim().length < 3)}>
              {running ? 'Running…' : 'Run workflow'}
            </button>
            {running && (
              <button type="button" className="button button--ghost" onClick={cancel}>
                Cancel
              </button>
            )}
          </div>
        </form>

        {state.phase !== 'idle' && (
          <div className="run-live" aria-live="polite">
            {running && (
              <p className="progress-line" role="status">
                <span className="spinner" aria-hidden="true" /> Working: step {state.steps.filter((s) => s.kind === 'model').length + 1}, {toolCalls} tool call{toolCalls === 1 ? '' : 's'} so far ·{' '}
                {state.startedAt && <Elapsed since={state.startedAt} />}
              </p>
            )}
            {state.error && <p className="notice notice--error" role="alert">{state.error}</p>}
            <RunSteps steps={state.steps} liveText={running ? state.liveText : ''} />
            {state.phase === 'done' && state.run && <RunResult run={state.run} />}
            {state.phase === 'done' && state.run?.replayOf && (
              <p>
                Replay of run <code>{state.run.replayOf.slice(0, 8)}</code> ({state.run.replayMode}).{' '}
                <button type="button" className="button button--ghost" onClick={() => setDiff([state.run!.replayOf!, state.run!.id])}>
                  Diff with the original
                </button>
              </p>
            )}
            {state.phase === 'done' && state.run && (
              <ReplayControls key={state.run.id} run={state.run} disabled={running} onReplay={(input) => { setDiff(undefined); void replay(state.run!.id, input); }} />
            )}
          </div>
        )}
      </section>
      <RunHistory onOpen={(run: WorkflowRunView) => show(run)} onDiff={(a, b) => setDiff([a, b])} />
      {diff && <RunDiffView a={diff[0]} b={diff[1]} onClose={() => setDiff(undefined)} />}
    </div>
  );
}
