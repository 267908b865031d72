'use client';

import { useState } from 'react';
import type { WorkflowRunView } from '@/lib/agent/types';
import { fetchRun, useRecentRuns } from './use-workflows';
import { LocalTime } from '@/components/ui/local-time';

/** Recent runs (any session), newest first; open one to see its steps and result again. */
export function RunHistory({ onOpen, onDiff }: { onOpen: (run: WorkflowRunView) => void; onDiff: (a: string, b: string) => void }) {
  const { data, error, isPending } = useRecentRuns();
  const [opening, setOpening] = useState<string | undefined>();
  // Two runs picked for a diff, in the order they were picked.
  const [picked, setPicked] = useState<string[]>([]);
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id].slice(-2)));
  const open = async (id: string) => {
    setOpening(id);
    try {
      onOpen(await fetchRun(id));
    } finally {
      setOpening(undefined);
    }
  };
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading" className="card__title">Recent runs</h2>
      {isPending && <p className="muted">Loading…</p>}
      {error && <p className="notice notice--error">{error.message}</p>}
      {data && data.runs.length === 0 && <p className="muted">No runs yet. Inject a fault, then run “Investigate and repair”.</p>}
      {data && data.runs.length > 0 && (
        <ul className="history" aria-label="Recent workflow runs">
          {data.runs.map((run) => (
            <li key={run.id} className="history__row">
              <input type="checkbox" aria-label={`Pick this run of Model ${run.modelSlot} for a diff`} checked={picked.includes(run.id)} onChange={() => toggle(run.id)} disabled={run.status === 'running'} />
              <button type="button" className="history__item" onClick={() => void open(run.id)} disabled={opening === run.id}>
                <span className={`dot dot--${run.status === 'succeeded' ? 'running' : run.status === 'running' ? 'restarting' : 'stopped'}`} aria-hidden="true" />
                <span>
                  <strong>Model {run.modelSlot}</strong> · {run.scenario}
                  {run.replayOf && <span className="muted small"> · replay ({run.replayMode})</span>}
                  <br />
                  <span className="muted small">
                    {run.status} · {run.toolCalls} {run.toolCalls === 1 ? 'tool' : 'tools'} · {run.latencyMs !== undefined ? `${(run.latencyMs / 1000).toFixed(1)} s` : '…'} · <LocalTime at={run.createdAt} />
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {data && data.runs.length > 1 && (
        <p className="small">
          <button type="button" className="button button--ghost" disabled={picked.length !== 2} onClick={() => onDiff(picked[0]!, picked[1]!)}>
            Diff the two picked runs
          </button>{' '}
          <span className="muted">Open a run to replay it.</span>
        </p>
      )}
    </section>
  );
}
