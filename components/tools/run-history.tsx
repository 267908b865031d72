'use client';

import { useState } from 'react';
import type { WorkflowRunView } from '@/lib/agent/types';
import { fetchRun, useRecentRuns } from './use-workflows';
import { LocalTime } from '@/components/ui/local-time';

/** Recent runs (any session), newest first; open one to see its steps and result again. */
export function RunHistory({ onOpen }: { onOpen: (run: WorkflowRunView) => void }) {
  const { data, error, isPending } = useRecentRuns();
  const [opening, setOpening] = useState<string | undefined>();
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
            <li key={run.id}>
              <button type="button" className="history__item" onClick={() => void open(run.id)} disabled={opening === run.id}>
                <span className={`dot dot--${run.status === 'succeeded' ? 'running' : run.status === 'running' ? 'restarting' : 'stopped'}`} aria-hidden="true" />
                <span>
                  <strong>Model {run.modelSlot}</strong> · {run.scenario}
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
    </section>
  );
}
