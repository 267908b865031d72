import { listAnswerFiguresSince, listRunFiguresSince, RUNS_CACHE_PREFIX } from '@/lib/agent';
import { cached } from '@/lib/cache';
import { getConfig } from '@/lib/config';
import { getModel, MODEL_SLOTS, type ModelSlot } from '@/lib/models';
import { monitor, type ModelFigures } from '@/lib/monitoring';
import { bySlot, comparisonSeries, summarizeRuns } from './aggregate';
import { listAskAnswerFiguresSince } from './ask-store';
import { computeVerdicts } from './verdicts';
import { COMPARE_RANGES, type CompareRange, type ComparisonReport, type ModelCallComparison, type WorkflowComparison } from './types';
import { round } from '@/lib/figures';

/** Runs read per report: enough for any chart, bounded so a busy week stays cheap. */
const MAX_RUNS = 5_000;

/**
 * Monitoring keys AI figures by the model name each feature reports: the
 * agent uses the slot ("A"), others may use the model id ("sim-careful");
 * both count for that slot.
 */
export function callFigures(slot: ModelSlot, modelId: string, figures: { since: string; models: ModelFigures[] }): ModelCallComparison {
  const mine = figures.models.filter((m) => m.model === slot || m.model === modelId);
  const sum = (f: (m: ModelFigures) => number) => mine.reduce((total, m) => total + f(m), 0);
  const calls = sum((m) => m.calls);
  const checks = sum((m) => m.hallucination_checks);
  const hallucinations = sum((m) => ((m.hallucination_rate_percent ?? 0) * m.hallucination_checks) / 100);
  const cost = sum((m) => m.cost_usd);
  return {
    since: figures.since,
    calls,
    failedCalls: sum((m) => m.failed_calls),
    meanLatencyMs: calls ? round(sum((m) => (m.mean_latency_ms ?? 0) * m.calls) / calls, 1) : null,
    tokensPerCall: calls ? round(sum((m) => m.input_tokens + m.output_tokens) / calls, 1) : null,
    costPerCallUsd: calls ? round(cost / calls, 6) : null,
    costUsd: round(cost, 6),
    hallucinationChecks: checks,
    hallucinationRatePct: checks ? round((100 * hallucinations) / checks, 1) : null,
  };
}

/**
 * The part of a report read from stored runs and answers: cached per range
 * (it is the expensive part, the bootstrap included), dropped when a run ends;
 * a new chat answer shows once the cache entry expires (CACHE_COMPARE_TTL_MS).
 */
async function runFigures(range: CompareRange, now: Date) {
  const spec = COMPARE_RANGES.find((r) => r.id === range)!;
  return cached(`${RUNS_CACHE_PREFIX}compare:${range}`, getConfig().cache.compareTtlMs, async () => {
    const from = new Date(now.getTime() - spec.ms);
    // Chat and ask-both answers alike: both are checked by the same detector and priced the same way.
    const [runs, chat, asked] = await Promise.all([listRunFiguresSince(from, MAX_RUNS), listAnswerFiguresSince(from, MAX_RUNS), listAskAnswerFiguresSince(from, MAX_RUNS)]);
    const answers = [...chat, ...asked];
    const slots = bySlot(runs);
    const answerSlots = { A: answers.filter((a) => a.modelSlot === 'A'), B: answers.filter((a) => a.modelSlot === 'B') };
    return {
      from: from.toISOString(),
      to: now.toISOString(),
      workflows: Object.fromEntries(MODEL_SLOTS.map((slot) => [slot, summarizeRuns(slots[slot])])) as Record<ModelSlot, WorkflowComparison>,
      series: comparisonSeries(runs, from, now, spec.bucketMs),
      truncated: runs.length >= MAX_RUNS,
      verdicts: computeVerdicts(slots, answerSlots),
    };
  });
}

/** Model A and Model B over `range`: stored workflow runs (cached), plus this process's per-model call figures (live). */
export async function loadComparison(range: CompareRange, now = new Date()): Promise<ComparisonReport> {
  const spec = COMPARE_RANGES.find((r) => r.id === range)!;
  const stored = await runFigures(range, now);
  const ai = monitor().ai.figures();
  const models = Object.fromEntries(
    MODEL_SLOTS.map((slot) => {
      const info = getModel(slot).info;
      return [slot, { model: info, workflows: stored.workflows[slot], calls: callFigures(slot, info.modelId, ai) }];
    }),
  ) as ComparisonReport['models'];
  return {
    range,
    from: stored.from,
    to: stored.to,
    bucketSec: spec.bucketMs / 1000,
    models,
    series: stored.series,
    truncated: stored.truncated,
    verdicts: stored.verdicts,
  };
}
