import { checkAnswer } from './check-answer';
import { fleetFacts } from './fleet-facts';
import type { FindingKind, GroundingVerdict, ServiceFacts, ToolResultInput } from './types';

/** One hand-labelled answer (tests/fixtures/grounding/answers.json). */
export interface LabelledAnswer {
  id: string;
  label: 'grounded' | 'hallucination';
  kind?: FindingKind;
  question?: string;
  answer: string;
  toolResults?: ToolResultInput[];
}

export interface Evaluation {
  total: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  precision: number;
  recall: number;
  /** Of the hallucinations caught, how many were caught with the labelled kind among the findings. */
  kindAccuracy: number;
  perKind: Record<string, { total: number; caught: number }>;
  unverified: number;
  mistakes: Array<{ id: string; label: string; verdict: GroundingVerdict; answer: string; findings: string[] }>;
}

/** Runs the detector over a labelled set: a hallucination counts as caught when the verdict is "hallucination". */
export function evaluate(services: ServiceFacts[], answers: LabelledAnswer[]): Evaluation {
  const facts = fleetFacts(services);
  let tp = 0, fp = 0, fn = 0, tn = 0, kindHits = 0, unverified = 0;
  const perKind: Evaluation['perKind'] = {};
  const mistakes: Evaluation['mistakes'] = [];
  for (const a of answers) {
    const result = checkAnswer({ answer: a.answer, question: a.question, toolResults: a.toolResults }, facts);
    const flagged = result.verdict === 'hallucination';
    if (result.verdict === 'unverified') unverified += 1;
    if (a.label === 'hallucination') {
      const k = (perKind[a.kind ?? 'unlabelled'] ??= { total: 0, caught: 0 });
      k.total += 1;
      if (flagged) {
        tp += 1;
        k.caught += 1;
        if (result.findings.some((f) => f.kind === a.kind && f.severity === 'error')) kindHits += 1;
      } else fn += 1;
    } else if (flagged) fp += 1;
    else tn += 1;
    if (flagged !== (a.label === 'hallucination')) {
      mistakes.push({ id: a.id, label: a.label, verdict: result.verdict, answer: a.answer, findings: result.findings.map((f) => `${f.kind}: ${f.message}`) });
    }
  }
  const ratio = (n: number, d: number) => (d === 0 ? 1 : Math.round((n / d) * 1000) / 1000);
  return {
    total: answers.length,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    trueNegatives: tn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    kindAccuracy: ratio(kindHits, tp),
    perKind,
    unverified,
    mistakes,
  };
}
