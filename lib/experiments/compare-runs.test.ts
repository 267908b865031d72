import { describe, expect, it } from 'vitest';
import { compareRuns, modelTotals } from './compare-runs';
import { missingFacts } from './experiment-runs';
import type { ExperimentResultView, ExperimentRunView } from './types';

const result = (questionId: string, model: 'A' | 'B', verdict: ExperimentResultView['verdict'] | undefined, extra: Partial<ExperimentResultView> = {}): ExperimentResultView => ({
  questionId, position: 0, model, modelId: model, text: 'x', verdict, findings: [], missingFacts: [], latencyMs: 100, inputTokens: 10, outputTokens: 5, costUsd: 0.001, toolCalls: [], ...extra,
});
const run = (id: string, results: ExperimentResultView[]): ExperimentRunView => ({
  id, setId: 's', createdAt: '2026-12-02T00:00:00.000Z', status: 'succeeded', questions: [], total: results.length, done: results.length, results,
  totals: { A: modelTotals(results.filter((r) => r.model === 'A')), B: modelTotals(results.filter((r) => r.model === 'B')) },
});

describe('experiment comparison', () => {
  it('counts what got better, worse or stayed, question by question and model by model', () => {
    const before = run('r1', [result('q1', 'A', 'grounded'), result('q1', 'B', 'hallucination'), result('q2', 'A', 'grounded'), result('q2', 'B', undefined, { error: 'down' })]);
    const after = run('r2', [result('q1', 'A', 'grounded'), result('q1', 'B', 'grounded'), result('q2', 'A', 'grounded', { missingFacts: ['postgres'] }), result('q2', 'B', 'unverified'), result('q3', 'A', 'grounded')]);
    const c = compareRuns(before, after);
    expect(c).toMatchObject({ previousRunId: 'r1', better: 2, worse: 1, same: 1 });
    expect(c.changes).toEqual([
      { questionId: 'q1', model: 'B', before: 'hallucination', after: 'grounded', change: 'better' },
      { questionId: 'q2', model: 'A', before: 'grounded', after: 'grounded, missing postgres', change: 'worse' },
      { questionId: 'q2', model: 'B', before: 'failed', after: 'unverified', change: 'better' },
    ]);
    expect(c.totals.B.before).toMatchObject({ answered: 1, failed: 1, hallucinated: 1 });
    expect(c.totals.B.after).toMatchObject({ answered: 2, grounded: 1, unverified: 1, latencyMsMean: 100 });
  });

  it('finds expected facts case-insensitively', () => {
    expect(missingFacts('Postgres is running, version 15.4', ['postgres', '15.4', 'degraded'])).toEqual(['degraded']);
    expect(missingFacts('anything', undefined)).toEqual([]);
  });
});
