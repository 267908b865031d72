'use client';

import type { GroundingQuality, LabelledFigures, LiveFigures } from '@/lib/feedback/types';
import type { InitialData } from '@/lib/pages/types';
import { GROUNDING_QUALITY_POLL_MS, useGroundingQuality } from './use-feedback';

const fixed = (v: number | null) => (v === null ? '–' : v.toFixed(3));

const SPLIT_NAMES: Record<string, string> = { dev: 'Labelled set: dev', 'held-out': 'Labelled set: held-out', heldout: 'Labelled set: held-out', all: 'Labelled set' };

function precisionWords(f: { truePositives: number; falsePositives: number; precision: number | null }, none: string): string {
  const flagged = f.truePositives + f.falsePositives;
  return flagged ? `${fixed(f.precision)} (${f.truePositives} of ${flagged} flagged)` : none;
}

function recallWords(f: { truePositives: number; falseNegatives: number; recall: number | null }, none: string): string {
  const hallucinations = f.truePositives + f.falseNegatives;
  return hallucinations ? `${fixed(f.recall)} (${f.truePositives} of ${hallucinations} caught)` : none;
}

function perModel(live: GroundingQuality['live']): string {
  return (['A', 'B'] as const)
    .map((slot) => {
      const m: LiveFigures = live.perModel[slot];
      return m.votes ? `Model ${slot}: precision ${fixed(m.precision)}, recall ${fixed(m.recall)} (${m.votes} vote${m.votes === 1 ? '' : 's'})` : `Model ${slot}: no votes`;
    })
    .join(' · ');
}

function Judge({ judge }: { judge: GroundingQuality['judge'] }) {
  if (!judge.configured && judge.checks === 0 && judge.failures === 0) {
    return <p className="small muted" data-testid="judge-figures">No LLM judge configured: set GROUNDING_JUDGE_MODEL for a second opinion on every answer.</p>;
  }
  const u = judge.againstUsers;
  return (
    <p className="small" data-testid="judge-figures">
      LLM judge{judge.model ? ` (${judge.model})` : ''}: agrees with the rules on{' '}
      <strong data-testid="judge-agreement">{judge.agreementPct === null ? '–' : `${judge.agreementPct.toFixed(1)} %`}</strong> of {judge.checks} judged answer{judge.checks === 1 ? '' : 's'}
      {judge.failures ? ` (${judge.failures} judge call${judge.failures === 1 ? '' : 's'} failed)` : ''}. Against users: precision {fixed(u.precision)}, recall {fixed(u.recall)} ({u.votes} vote{u.votes === 1 ? '' : 's'}). The rules’ verdict stays the answer’s verdict.
    </p>
  );
}

/**
 * The hallucination detector measured two ways: against what users said about
 * real answers (live, every replica) and on the hand-labelled set. Used on
 * Compare and Monitoring; polls on its own so neither page's report grows.
 */
export function GroundingQualityPanel({ initial }: { initial?: InitialData<GroundingQuality> | null }) {
  const quality = useGroundingQuality(initial);
  const q = quality.data;
  return (
    <section className="card mon-table-card" aria-labelledby="gq-h" data-testid="grounding-quality">
      <h2 id="gq-h" className="mon-h">Hallucination detector: users’ votes and the labelled set</h2>
      {quality.error && <p className="notice notice--error" role="alert">Cannot load the detector’s figures: {quality.error.message} Retrying every {GROUNDING_QUALITY_POLL_MS / 1000} s.</p>}
      {!q ? (
        !quality.error && <p className="muted" role="status">Loading the detector’s figures…</p>
      ) : (
        <>
          <p className="muted">
            Live: each “this is (not) a hallucination” vote on a chat or ask-both answer, against the detector’s verdict on it (flagged = “Hallucination”).
            Labelled: the answers in tests/fixtures/grounding, labelled by hand. Refreshes every {GROUNDING_QUALITY_POLL_MS / 1000} s.
          </p>
          {/* Wide on a phone: the table scrolls inside its card, not the page. */}
          <div className="table-wrap">
          <table className="table cmp-table" aria-label="Detector precision and recall">
            <thead>
              <tr>
                <th scope="col">Figures</th>
                <th scope="col">Live (users’ votes)</th>
                {q.labelled.map((l: LabelledFigures) => (
                  <th scope="col" key={l.split}>{SPLIT_NAMES[l.split] ?? `Labelled set: ${l.split}`}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row" title="Of the flagged answers, how many are hallucinations">Precision</th>
                <td data-testid="live-precision">{precisionWords(q.live, 'no votes on flagged answers yet')}</td>
                {q.labelled.map((l) => <td key={l.split}>{precisionWords(l, '–')}</td>)}
              </tr>
              <tr>
                <th scope="row" title="Of the hallucinations, how many were flagged">Recall</th>
                <td data-testid="live-recall">{recallWords(q.live, 'no answer called a hallucination yet')}</td>
                {q.labelled.map((l) => <td key={l.split}>{recallWords(l, '–')}</td>)}
              </tr>
              <tr>
                <th scope="row">Rests on</th>
                <td data-testid="live-votes">{q.live.votes} vote{q.live.votes === 1 ? '' : 's'} · 👍 {q.live.thumbsUp} · 👎 {q.live.thumbsDown}</td>
                {q.labelled.map((l) => <td key={l.split}>{l.answers} answers ({l.hallucinations} hallucinations)</td>)}
              </tr>
            </tbody>
          </table>
          </div>
          <p className="small muted" data-testid="live-per-model">{perModel(q.live)}</p>
          <Judge judge={q.judge} />
        </>
      )}
    </section>
  );
}
