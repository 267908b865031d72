import type { GroundingResult } from '@/lib/grounding/types';

const LABEL = { grounded: 'Grounded', unverified: 'Unverified', hallucination: 'Hallucination' } as const;
const KIND = {
  unknown_entity: 'does not exist',
  unperformed_action: 'action not performed',
  contradicted_fact: 'contradicts the facts',
  unsupported_claim: 'nothing supports it',
} as const;

const EXPLAIN = {
  grounded: 'Every claim it makes that can be checked agrees with the fleet and the tool results.',
  unverified: 'Nothing contradicts it, but some claims could not be checked.',
  hallucination: 'It says things the fleet and the tool results contradict or cannot support.',
} as const;

/** The verdict on an answer, and (opened) why: each finding with the words, the kind, the fact. */
export function GroundingBadge({ grounding }: { grounding: GroundingResult }) {
  const { verdict, findings } = grounding;
  return (
    <details className={`grounding grounding--${verdict}`} data-verdict={verdict}>
      <summary>
        <span className="grounding__label">{LABEL[verdict]}</span>
        {findings.length > 0 && <span className="grounding__count">{findings.length} finding{findings.length === 1 ? '' : 's'}</span>}
      </summary>
      <p className="small muted">{EXPLAIN[verdict]} Checked {grounding.claims} claim{grounding.claims === 1 ? '' : 's'} by rule, no model involved.</p>
      {findings.length > 0 && (
        <ul className="grounding__findings" aria-label="Grounding findings">
          {findings.map((f, i) => (
            <li key={i} data-kind={f.kind}>
              <q>{f.span}</q> <span className="tag">{KIND[f.kind]}</span>
              <div>{f.message}</div>
              {f.fact && <div className="small muted">Fact: {f.fact}</div>}
            </li>
          ))}
        </ul>
      )}
      {grounding.judge && (
        <p className="small">
          Second opinion ({grounding.judge.model}): {LABEL[grounding.judge.verdict]}: {grounding.judge.reason}
        </p>
      )}
    </details>
  );
}
