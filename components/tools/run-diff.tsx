'use client';

import type { RunDiff, RunDiffSide, WorkflowStepView } from '@/lib/agent/types';
import { useRunDiff } from './use-workflows';
import styles from './run-diff.module.css';

function short(value: unknown, max = 140): string {
  const text = JSON.stringify(value ?? {});
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function Call({ step }: { step?: WorkflowStepView }) {
  if (!step) return <span className="muted">(no step)</span>;
  return (
    <>
      <strong>{step.toolName}</strong> <code>{short(step.args, 80)}</code>
      <br />
      <span className={step.isError ? 'text-bad small' : 'muted small'}>→ {short(step.result)}</span>
    </>
  );
}

const figures = (s: RunDiffSide) => [s.status, `${s.toolCalls} tool calls`, `${s.inputTokens + s.outputTokens} tokens`, `$${s.costUsd.toFixed(4)}`, s.latencyMs !== undefined ? `${(s.latencyMs / 1000).toFixed(1)} s` : '—'];

/** Two runs aligned by tool call: the first step where they part highlighted, with each run's figures and outcome. */
export function RunDiffView({ a, b, onClose }: { a: string; b: string; onClose: () => void }) {
  const { data: diff, error, isPending } = useRunDiff(a, b);
  return (
    <section className="card" aria-labelledby="diff-heading" data-testid="run-diff">
      <h2 id="diff-heading" className="card__title">Run diff</h2>
      {isPending && <p className="muted">Comparing…</p>}
      {error && <p className="notice notice--error">{error.message}</p>}
      {diff && <DiffBody diff={diff} />}
      <button type="button" className="button button--ghost" onClick={onClose}>Close the diff</button>
    </section>
  );
}

function DiffBody({ diff }: { diff: RunDiff }) {
  const first = diff.firstDivergence?.position;
  return (
    <>
      <p role="status" data-testid="diff-summary">{diff.summary}</p>
      {diff.firstDivergence && (
        <p className="small" data-testid="diff-first">
          First divergence: step {diff.firstDivergence.position} ({diff.firstDivergence.kind === 'conclusion' ? 'same calls, another outcome' : `different ${diff.firstDivergence.kind === 'missing' ? 'length' : diff.firstDivergence.kind}`})
        </p>
      )}
      <div className={styles.scroll}>
        <table className={styles.table} aria-label="Runs side by side">
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">{diff.a.label} · Model {diff.a.modelSlot}</th>
              <th scope="col">{diff.b.label} · Model {diff.b.modelSlot}</th>
            </tr>
          </thead>
          <tbody>
            {diff.steps.map((s) => (
              <tr key={s.position} className={s.position === first ? styles.first : s.same ? undefined : styles.differs} data-same={s.same} data-first={s.position === first || undefined}>
                <td>{s.position}{s.same ? '' : ` · ${s.difference}`}</td>
                <td><Call step={s.a} /></td>
                <td><Call step={s.b} /></td>
              </tr>
            ))}
            <tr>
              <td>Outcome</td>
              <td>{figures(diff.a).join(' · ')}</td>
              <td>{figures(diff.b).join(' · ')}</td>
            </tr>
          </tbody>
        </table>
      </div>
    </>
  );
}
