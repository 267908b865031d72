import type { LiveFigures } from './types';

/** One group of votes: how many answers with this verdict users called a hallucination or not. */
export interface VoteGroup {
  /** The detector's (or judge's) verdict on the answers. */
  verdict: string | null;
  /** What the users said. */
  hallucination: boolean;
  count: number;
}

const ratio = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 1000);

/**
 * Precision and recall of a verdict source against users' votes. "Flagged" is
 * the verdict "hallucination", as in the labelled-set evaluation
 * (lib/grounding/evaluate.ts), so both figures mean the same thing.
 */
export function liveFigures(groups: readonly VoteGroup[]): LiveFigures {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const g of groups) {
    const flagged = g.verdict === 'hallucination';
    if (flagged && g.hallucination) tp += g.count;
    else if (flagged) fp += g.count;
    else if (g.hallucination) fn += g.count;
    else tn += g.count;
  }
  return { votes: tp + fp + fn + tn, truePositives: tp, falsePositives: fp, falseNegatives: fn, trueNegatives: tn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
}
