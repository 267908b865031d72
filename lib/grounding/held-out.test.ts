import { describe, expect, it } from 'vitest';
import { evaluateSets, isHallucination } from './evaluate';
import { answerCount, readSets, splitsOf } from './labelled-sets';

/**
 * The held-out answers (tests/fixtures/grounding/held-out) were written without
 * the detector and are never used to tune it. Only their figures are asserted
 * and printed here: a failure names no answer, so it cannot be fixed by
 * fitting rules to the answers it missed.
 *
 * The aim is precision ≥ 0.95 and recall ≥ 0.9 (issue 24); the detector is at
 * 0.819 / 0.776 today (the rules before the claim model: 0.589 / 0.434). The
 * floor below is today's figure, so a change that loses ground on answers it
 * was never tuned on fails here; raise it as the detector gets there.
 */
const PRECISION_FLOOR = 0.8;
const RECALL_FLOOR = 0.75;
describe('the held-out set', () => {
  it('has at least 100 labelled answers, and the detector keeps its precision and recall floor on it', () => {
    const sets = splitsOf().heldOut.flatMap((split) => readSets(split));
    expect(answerCount(sets), 'held-out answers in tests/fixtures/grounding/held-out*').toBeGreaterThanOrEqual(100);
    const answers = sets.flatMap((s) => s.answers);
    expect(answers.filter((a) => isHallucination(a)).length).toBeGreaterThanOrEqual(40);
    expect(answers.filter((a) => a.label === 'grounded').length).toBeGreaterThanOrEqual(40);
    const result = evaluateSets(sets);
    expect(result.precision, `held-out precision (${result.truePositives} of ${result.truePositives + result.falsePositives} flagged)`).toBeGreaterThanOrEqual(PRECISION_FLOOR);
    expect(result.recall, `held-out recall (${result.truePositives} of ${result.truePositives + result.falseNegatives} caught)`).toBeGreaterThanOrEqual(RECALL_FLOOR);
  }, 60_000);
});
