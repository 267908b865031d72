import { describe, expect, it } from 'vitest';
import { liveFigures } from './live-figures';

describe('liveFigures', () => {
  it('counts a flag users agree with as a true positive, and so on for the other three cells', () => {
    const f = liveFigures([
      { verdict: 'hallucination', hallucination: true, count: 6 },
      { verdict: 'hallucination', hallucination: false, count: 2 },
      { verdict: 'grounded', hallucination: true, count: 3 },
      { verdict: 'unverified', hallucination: true, count: 1 },
      { verdict: 'grounded', hallucination: false, count: 10 },
      { verdict: 'unverified', hallucination: false, count: 4 },
    ]);
    expect(f).toEqual({ votes: 26, truePositives: 6, falsePositives: 2, falseNegatives: 4, trueNegatives: 14, precision: 0.75, recall: 0.6 });
  });

  it('has no precision before a flagged answer has a vote, and no recall before anyone said "hallucination"', () => {
    expect(liveFigures([])).toMatchObject({ votes: 0, precision: null, recall: null });
    expect(liveFigures([{ verdict: 'grounded', hallucination: false, count: 3 }])).toMatchObject({ votes: 3, precision: null, recall: null });
    expect(liveFigures([{ verdict: 'grounded', hallucination: true, count: 1 }])).toMatchObject({ precision: null, recall: 0 });
    // A judge that failed has no verdict: it flagged nothing.
    expect(liveFigures([{ verdict: null, hallucination: true, count: 2 }])).toMatchObject({ falseNegatives: 2, recall: 0 });
  });
});
