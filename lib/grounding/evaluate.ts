import { checkAnswer } from './check-answer';
import { fleetFacts } from './fleet-facts';
import type { FindingKind, GroundingResult, GroundingVerdict, ServiceFacts, ToolResultInput } from './types';

/** One hand-labelled answer (tests/fixtures/grounding/<set>/<state>.json). */
export interface LabelledAnswer {
  id: string;
  /** grounded, or the kind of hallucination it is ("hallucination" with `kind` is read the same). */
  label: 'grounded' | 'hallucination' | FindingKind;
  /** The finding kind a hallucination should be caught as. */
  kind?: FindingKind;
  /** A finer class of what is wrong (or, for a grounded answer, of the trap it sets: "limit_vs_usage"). */
  class?: string;
  question?: string;
  answer: string;
  toolResults?: ToolResultInput[];
}

/** One fleet state and the answers written about it. */
export interface LabelledSet {
  name: string;
  description?: string;
  fleet: { services: ServiceFacts[] };
  answers: LabelledAnswer[];
}

export const FINDING_KINDS: readonly FindingKind[] = ['unknown_entity', 'unperformed_action', 'contradicted_fact', 'unsupported_claim'];

export interface Mistake {
  id: string;
  set: string;
  label: string;
  kind?: string;
  class?: string;
  verdict: GroundingVerdict;
  question?: string;
  answer: string;
  findings: string[];
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
  /** Per labelled finding kind: hallucinations and how many were caught. */
  perKind: Record<string, { total: number; caught: number }>;
  /** Per class (hallucinations: caught of total; grounded answers: false alarms of total). */
  perClass: Record<string, { hallucinations: number; caught: number; grounded: number; falseAlarms: number }>;
  unverified: number;
  misses: Mistake[];
  falseAlarms: Mistake[];
  /** Both lists together (kept for callers of the first version). */
  mistakes: Mistake[];
}

/** The kind an answer is labelled with: `kind`, or a `class` that names a finding kind. */
export function labelledKind(a: LabelledAnswer): string {
  if (a.kind) return a.kind;
  if ((FINDING_KINDS as readonly string[]).includes(a.label)) return a.label;
  if (a.class && (FINDING_KINDS as readonly string[]).includes(a.class)) return a.class;
  return 'unlabelled';
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : Math.round((n / d) * 1000) / 1000);

export function isHallucination(a: LabelledAnswer): boolean {
  return a.label !== 'grounded';
}

/** Runs the detector over labelled sets: a hallucination counts as caught when the verdict is "hallucination". */
export function evaluateSets(sets: LabelledSet[], check: (a: LabelledAnswer, set: LabelledSet) => GroundingResult = defaultCheck()): Evaluation {
  let tp = 0, fp = 0, fn = 0, tn = 0, kindHits = 0, unverified = 0, total = 0;
  const perKind: Evaluation['perKind'] = {};
  const perClass: Evaluation['perClass'] = {};
  const misses: Mistake[] = [];
  const falseAlarms: Mistake[] = [];
  for (const set of sets) {
    for (const a of set.answers) {
      total += 1;
      const result = check(a, set);
      const flagged = result.verdict === 'hallucination';
      if (result.verdict === 'unverified') unverified += 1;
      const kind = labelledKind(a);
      const cls = (perClass[a.class ?? (isHallucination(a) ? kind : 'grounded')] ??= { hallucinations: 0, caught: 0, grounded: 0, falseAlarms: 0 });
      if (isHallucination(a)) cls.hallucinations += 1;
      else cls.grounded += 1;
      const mistake = (): Mistake => ({ id: a.id, set: set.name, label: a.label, kind: a.kind, class: a.class, verdict: result.verdict, question: a.question, answer: a.answer, findings: result.findings.map((f) => `${f.severity === 'error' ? '' : '(warning) '}${f.kind} "${f.span}": ${f.message}${f.fact ? ` [${f.fact}]` : ''}`) });
      if (isHallucination(a)) {
        const k = (perKind[kind] ??= { total: 0, caught: 0 });
        k.total += 1;
        if (flagged) {
          tp += 1;
          k.caught += 1;
          cls.caught += 1;
          if (result.findings.some((f) => f.kind === kind && f.severity === 'error')) kindHits += 1;
        } else {
          fn += 1;
          misses.push(mistake());
        }
      } else if (flagged) {
        fp += 1;
        cls.falseAlarms += 1;
        falseAlarms.push(mistake());
      } else tn += 1;
    }
  }
  return {
    total,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    trueNegatives: tn,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    kindAccuracy: ratio(kindHits, tp),
    perKind,
    perClass,
    unverified,
    misses,
    falseAlarms,
    mistakes: [...misses, ...falseAlarms],
  };
}

function defaultCheck(): (a: LabelledAnswer, set: LabelledSet) => GroundingResult {
  const cache = new WeakMap<LabelledSet, ReturnType<typeof fleetFacts>>();
  return (a, set) => {
    let facts = cache.get(set);
    if (!facts) cache.set(set, (facts = fleetFacts(set.fleet.services)));
    return checkAnswer({ answer: a.answer, question: a.question, toolResults: a.toolResults }, facts);
  };
}

/** One fleet state and its answers (the first version's signature). */
export function evaluate(services: ServiceFacts[], answers: LabelledAnswer[]): Evaluation {
  return evaluateSets([{ name: 'set', fleet: { services }, answers }]);
}
