'use client';

import { useEffect, useState } from 'react';
import { EXAMPLE_QUESTIONS, QUESTION_MAX_CHARS, QUESTIONS_MAX, type ExperimentResultView, type ExperimentRunView, type ModelTotals } from '@/lib/experiments/types';
import { ms, usd } from '@/components/compare/format';
import { useDeleteSet, useExperiment, useQuestionSets, useSaveSet, type SetDraft } from './use-experiments';

const NEW_SET: SetDraft = { name: 'Example questions', questions: EXAMPLE_QUESTIONS.map((q) => ({ ...q })) };

function SetEditor({ draft, onChange }: { draft: SetDraft; onChange: (d: SetDraft) => void }) {
  const update = (i: number, patch: Partial<SetDraft['questions'][number]>) => onChange({ ...draft, questions: draft.questions.map((q, j) => (j === i ? { ...q, ...patch } : q)) });
  return (
    <div className="form-grid" aria-label="Question set">
      <div className="field field--wide">
        <label htmlFor="exp-name">Set name</label>
        <input id="exp-name" value={draft.name} maxLength={100} onChange={(e) => onChange({ ...draft, name: e.target.value })} />
      </div>
      <ol className="field--wide" aria-label="Questions">
        {draft.questions.map((q, i) => (
          <li key={q.id ?? `new-${i}`} className="field">
            <label htmlFor={`exp-q-${i}`}>Question {i + 1}</label>
            <input id={`exp-q-${i}`} value={q.text} maxLength={QUESTION_MAX_CHARS} onChange={(e) => update(i, { text: e.target.value })} />
            <label htmlFor={`exp-f-${i}`} className="small muted">Expected facts (comma-separated, optional)</label>
            <input
              id={`exp-f-${i}`}
              value={(q.expectedFacts ?? []).join(', ')}
              onChange={(e) => update(i, { expectedFacts: e.target.value.split(',').map((f) => f.trim()).filter(Boolean) })}
            />
            <button type="button" className="button button--ghost" onClick={() => onChange({ ...draft, questions: draft.questions.filter((_, j) => j !== i) })}>
              Remove question {i + 1}
            </button>
          </li>
        ))}
      </ol>
      <div className="form-actions">
        <button type="button" className="button button--ghost" disabled={draft.questions.length >= QUESTIONS_MAX} onClick={() => onChange({ ...draft, questions: [...draft.questions, { text: '' }] })}>
          Add a question
        </button>
        <span className="muted small">{draft.questions.length} / {QUESTIONS_MAX}</span>
      </div>
    </div>
  );
}

function Cell({ result }: { result?: ExperimentResultView }) {
  if (!result) return <td className="muted">…</td>;
  return (
    <td data-verdict={result.verdict ?? 'failed'}>
      {result.error ? <span className="text-bad">{result.error}</span> : <span>{result.text.length > 160 ? `${result.text.slice(0, 160)}…` : result.text}</span>}
      <br />
      <span className="small">
        <strong>{result.verdict ?? 'failed'}</strong>
        {result.findings.length > 0 && ` (${result.findings.map((f) => f.message).join('; ')})`}
        {result.missingFacts.length > 0 && ` · missing: ${result.missingFacts.join(', ')}`}
      </span>
      <br />
      <span className="muted small">
        {ms(result.latencyMs)} · {result.inputTokens + result.outputTokens} tokens · {usd(result.costUsd)} · {result.toolCalls.map((c) => c.name).join(', ') || 'no tools'}
      </span>
    </td>
  );
}

const totalsLine = (t: ModelTotals) =>
  `${t.grounded} grounded, ${t.unverified} unverified, ${t.hallucinated} hallucinated, ${t.failed} failed · ${t.missingFacts} facts missing · mean ${t.latencyMsMean === null ? '—' : ms(t.latencyMsMean)} · ${t.inputTokens + t.outputTokens} tokens · ${usd(t.costUsd)} · ${t.toolCalls} tool calls`;

function Results({ run }: { run: ExperimentRunView }) {
  return (
    <>
      <table className="mon-table" aria-label="Experiment results">
        <thead>
          <tr><th scope="col">Question</th><th scope="col">Model A</th><th scope="col">Model B</th></tr>
        </thead>
        <tbody>
          {run.questions.map((q, i) => (
            <tr key={q.id}>
              <th scope="row">{i + 1}. {q.text}</th>
              <Cell result={run.results.find((r) => r.questionId === q.id && r.model === 'A')} />
              <Cell result={run.results.find((r) => r.questionId === q.id && r.model === 'B')} />
            </tr>
          ))}
          <tr data-testid="experiment-totals">
            <th scope="row">Totals</th>
            <td>{totalsLine(run.totals.A)}</td>
            <td>{totalsLine(run.totals.B)}</td>
          </tr>
        </tbody>
      </table>
      {run.comparison ? (
        <div role="region" aria-label="Compared with the previous run" data-testid="experiment-comparison">
          <h3>Against the previous run</h3>
          <p>
            {run.comparison.better} better, {run.comparison.worse} worse, {run.comparison.same} the same (previous run {new Date(run.comparison.previousAt).toLocaleString()}).
          </p>
          {run.comparison.changes.length > 0 && (
            <ul>
              {run.comparison.changes.map((c) => (
                <li key={`${c.questionId}-${c.model}`}>
                  {c.change === 'better' ? '▲' : '▼'} Model {c.model}, question {run.questions.findIndex((q) => q.id === c.questionId) + 1}: {c.before} → {c.after}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : (
        run.status !== 'running' && <p className="muted small" data-testid="experiment-first">The first run of this set: the next run is compared with it.</p>
      )}
    </>
  );
}

/** Question sets run against Model A and Model B, every answer checked; each run compared with the one before. */
export function ExperimentsPanel() {
  const sets = useQuestionSets();
  const save = useSaveSet();
  const remove = useDeleteSet();
  const { run, error, start, cancel } = useExperiment();
  const [draft, setDraft] = useState<SetDraft>(NEW_SET);
  const [selected, setSelected] = useState<string>('');
  useEffect(() => {
    const set = sets.data?.find((s) => s.id === selected);
    if (set) setDraft({ id: set.id, name: set.name, questions: set.questions });
  }, [selected, sets.data]);
  const running = run?.status === 'running';
  const saveAndRun = async () => {
    const saved = await save.mutateAsync(draft);
    setSelected(saved.id);
    setDraft({ id: saved.id, name: saved.name, questions: saved.questions });
    await start(saved.id);
  };
  return (
    <section className="card" aria-labelledby="exp-h">
      <h2 id="exp-h" className="mon-h">Experiments</h2>
      <p className="muted">A question set run against Model A and Model B in one go, each answer checked by the grounding detector. Runs are stored: a later run of the same set is compared with the previous one.</p>
      <div className="form-actions">
        <label htmlFor="exp-set">Question set</label>
        <select id="exp-set" value={selected} onChange={(e) => (e.target.value ? setSelected(e.target.value) : (setSelected(''), setDraft(NEW_SET)))} disabled={running}>
          <option value="">New set (from the example prompts)</option>
          {sets.data?.map((s) => (
            <option key={s.id} value={s.id}>{s.name} ({s.questions.length})</option>
          ))}
        </select>
        {draft.id && (
          <button type="button" className="button button--ghost" disabled={running} onClick={() => void remove.mutateAsync(draft.id!).then(() => (setSelected(''), setDraft(NEW_SET)))}>
            Delete this set
          </button>
        )}
      </div>
      <SetEditor draft={draft} onChange={setDraft} />
      <div className="form-actions">
        <button type="button" className="button" disabled={running || save.isPending || draft.questions.length === 0} onClick={() => void saveAndRun().catch(() => undefined)}>
          Save and run against A and B
        </button>
        {running && (
          <>
            <span role="status" data-testid="experiment-progress">
              <span className="spinner" aria-hidden="true" /> {run.done} / {run.total} answers
            </span>
            <progress max={run.total} value={run.done} aria-label="Experiment progress" />
            <button type="button" className="button button--ghost" onClick={() => void cancel()}>Cancel the experiment</button>
          </>
        )}
      </div>
      {save.error && <p className="notice notice--error" role="alert">{save.error.message}</p>}
      {error && <p className="notice notice--error" role="alert">{error}</p>}
      {run && (
        <div data-testid="experiment-run" data-status={run.status}>
          <p className="small">Run of {new Date(run.createdAt).toLocaleString()}: <strong>{run.status}</strong>{run.error ? ` · ${run.error}` : ''}</p>
          <Results run={run} />
        </div>
      )}
    </section>
  );
}
