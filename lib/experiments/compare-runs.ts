import { MODEL_SLOTS } from '@/lib/models';
import type { ExperimentComparison, ExperimentResultView, ExperimentRunView, ModelTotals, ResultChange } from './types';

export function modelTotals(results: ExperimentResultView[]): ModelTotals {
  const answered = results.filter((r) => !r.error);
  const sum = (f: (r: ExperimentResultView) => number) => results.reduce((s, r) => s + f(r), 0);
  return {
    answered: answered.length,
    failed: results.length - answered.length,
    grounded: results.filter((r) => r.verdict === 'grounded').length,
    unverified: results.filter((r) => r.verdict === 'unverified').length,
    hallucinated: results.filter((r) => r.verdict === 'hallucination').length,
    missingFacts: sum((r) => r.missingFacts.length),
    latencyMsMean: answered.length ? Math.round(answered.reduce((s, r) => s + r.latencyMs, 0) / answered.length) : null,
    inputTokens: sum((r) => r.inputTokens),
    outputTokens: sum((r) => r.outputTokens),
    costUsd: sum((r) => r.costUsd),
    toolCalls: sum((r) => r.toolCalls.length),
  };
}

/** How good one answer is, for "better" or "worse": a failure < a hallucination < unverified < grounded; missing facts count against it. */
function score(r: ExperimentResultView): number {
  const verdict = r.error ? 0 : r.verdict === 'hallucination' ? 1 : r.verdict === 'grounded' ? 3 : 2;
  return verdict * 100 - r.missingFacts.length;
}

function label(r: ExperimentResultView): string {
  const base = r.error ? 'failed' : (r.verdict ?? 'unchecked');
  return r.missingFacts.length ? `${base}, missing ${r.missingFacts.join(', ')}` : base;
}

/**
 * A run against the previous run of the same set, question by question and
 * model by model (questions matched by id, so edits in between keep their
 * history): what got better, what got worse, and the totals before and after.
 */
export function compareRuns(previous: ExperimentRunView, current: ExperimentRunView): ExperimentComparison {
  const changes: ResultChange[] = [];
  let same = 0;
  for (const r of current.results) {
    const before = previous.results.find((p) => p.questionId === r.questionId && p.model === r.model);
    if (!before) continue;
    const delta = score(r) - score(before);
    if (delta === 0) same += 1;
    else changes.push({ questionId: r.questionId, model: r.model, before: label(before), after: label(r), change: delta > 0 ? 'better' : 'worse' });
  }
  return {
    previousRunId: previous.id,
    previousAt: previous.createdAt,
    better: changes.filter((c) => c.change === 'better').length,
    worse: changes.filter((c) => c.change === 'worse').length,
    same,
    changes,
    totals: Object.fromEntries(MODEL_SLOTS.map((m) => [m, { before: previous.totals[m], after: current.totals[m] }])) as ExperimentComparison['totals'],
  };
}
