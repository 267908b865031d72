import { answerComparisonAggregates, runComparisonAggregates, RUNS_CACHE_PREFIX, type SlotAnswerAggregate } from '@/lib/agent';
import { cached } from '@/lib/cache';
import { getConfig } from '@/lib/config';
import { db } from '@/lib/db';
import { getModel, MODEL_SLOTS, type ModelSlot } from '@/lib/models';
import { monitor, type ModelFigures } from '@/lib/monitoring';
import { seriesFromAggregates, summarizeAggregate } from './aggregate';
import { askAnswerComparisonAggregates } from './ask-store';
import { bucketLayout, reportFromSum, sumHours } from './hourly';
import { memoisedHours } from './hours-memo';
import { intervalsPerWindow } from './interval-memo';
import { HOUR_MS, readHours, readRawEdges, readWindowState } from './rollup-store';
import { verdictsFromSamples, type AnswerSamples, type RunSamples } from './verdicts';
import { COMPARE_RANGES, type CompareRange, type ComparisonReport, type ModelCallComparison, type WorkflowComparison } from './types';
import { round } from '@/lib/figures';

/** Runs read row by row per report: enough for any chart, bounded so a busy week stays cheap. */
const MAX_RUNS = 5_000;
/**
 * Values per model the verdicts' bootstrap resamples over ranges read from
 * the hourly aggregates: a stratified sample (each hour's share by its count).
 * The bootstrap draws at most BOOTSTRAP_MAX_DRAWS per resample anyway, so more
 * would only cost transfer; the intervals are those of a sample this size.
 */
export const VERDICT_SAMPLE = 4_000;

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
    // Hour-sized buckets (24 h, 7 days): the full hours come from the hourly aggregates.
    if (spec.bucketMs % HOUR_MS === 0) return hourlyFigures(from, now, spec.bucketMs);
    // Aggregated by the database: a handful of rows per model, not a row per run or answer.
    // Chat and ask-both answers alike: both are checked by the same detector and priced the same way.
    const [runs, chat, asked] = await Promise.all([runComparisonAggregates(from, MAX_RUNS, spec.bucketMs), answerComparisonAggregates(from, MAX_RUNS), askAnswerComparisonAggregates(from, MAX_RUNS)]);
    const slot = (s: ModelSlot) => runs.slots.find((r) => r.modelSlot === s);
    const runSamples = (s: ModelSlot): RunSamples => {
      const a = slot(s);
      return a ? { finished: a.runs - a.cancelled, succeeded: a.succeeded, latencies: a.latencies, tokens: a.tokens, costs: a.costs } : { finished: 0, succeeded: 0, latencies: [], tokens: [], costs: [] };
    };
    const answerSamples = (s: ModelSlot): AnswerSamples => {
      const mine = [...chat, ...asked].filter((a: SlotAnswerAggregate) => a.modelSlot === s);
      return { checked: mine.reduce((n, a) => n + a.checked, 0), hallucinations: mine.reduce((n, a) => n + a.hallucinations, 0), costs: mine.flatMap((a) => a.costs) };
    };
    return {
      from: from.toISOString(),
      to: now.toISOString(),
      workflows: Object.fromEntries(MODEL_SLOTS.map((s) => [s, summarizeAggregate(slot(s))])) as Record<ModelSlot, WorkflowComparison>,
      series: seriesFromAggregates(runs.buckets, from, now, spec.bucketMs),
      truncated: runs.slots.reduce((n, r) => n + r.runs, 0) >= MAX_RUNS,
      verdicts: verdictsFromSamples({ A: runSamples('A'), B: runSamples('B') }, { A: answerSamples('A'), B: answerSamples('B') }),
    };
  });
}

/**
 * A range read from the hourly aggregates: the full hours the rollup covers
 * from compare_*_hours, the partial first hour and whatever the rollup has not
 * reached yet (the current hour, at least) from the rows. Every run and
 * answer of the range counts; only an edge far larger than MAX_RUNS (a rollup
 * that stopped) is truncated, and says so. The full hours' sum is memoised
 * per window (hours-memo.ts): only the edges are read on every request.
 */
async function hourlyFigures(from: Date, now: Date, bucketMs: number) {
  const prisma = await db();
  const firstFull = Math.ceil(from.getTime() / HOUR_MS) * HOUR_MS;
  const lastFull = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  // No hour row lies outside the coverage, so the rows of [firstFull, lastFull) are those of the window below.
  const state = await readWindowState(prisma, new Date(firstFull), new Date(lastFull));
  const coverage = state?.coverage;
  const aggFrom = coverage ? Math.max(firstFull, coverage.from.getTime()) : firstFull;
  const aggTo = coverage ? Math.min(lastFull, coverage.to.getTime()) : aggFrom;
  const useHours = aggTo > aggFrom;
  // Without aggregated hours the whole range is one edge.
  const [untilEdge, sinceEdge] = useHours ? [new Date(aggFrom), new Date(aggTo)] : [from, from];
  const layout = bucketLayout(from, now, bucketMs);
  const key = `${aggFrom}/${aggTo}/${layout.start}/${layout.count}/${bucketMs}/${VERDICT_SAMPLE}/${state?.version}`;
  const [hours, raw] = await Promise.all([
    useHours
      ? memoisedHours(prisma, key, async () => {
          const rows = await readHours(prisma, new Date(aggFrom), new Date(aggTo), VERDICT_SAMPLE);
          return sumHours(rows.runs, rows.answers, layout, bucketMs);
        })
      : sumHours([], [], layout, bucketMs),
    readRawEdges(prisma, from, untilEdge, sinceEdge, MAX_RUNS),
  ]);
  const report = reportFromSum(hours, raw.runs, raw.answers, VERDICT_SAMPLE);
  // A sample's intervals are bootstrapped once per window (interval-memo.ts); every value of a smaller range, every time.
  const sampled = MODEL_SLOTS.some((s) => isSample(report.runSamples[s]) || isSample(report.answerSamples[s]));
  const bootstrap = sampled ? intervalsPerWindow(prisma, `${bucketMs}/${aggFrom}/${aggTo}/${state?.version}`) : undefined;
  return {
    from: from.toISOString(),
    to: now.toISOString(),
    workflows: report.workflows,
    series: report.series,
    truncated: raw.truncated,
    verdicts: verdictsFromSamples(report.runSamples, report.answerSamples, bootstrap),
  };
}

/** Whether the verdicts resample a sample of the values rather than all of them. */
function isSample(s: RunSamples | AnswerSamples): boolean {
  if (!s.population) return false;
  return 'latencies' in s.population ? s.population.latencies > (s as RunSamples).latencies.length || s.population.costs > s.costs.length : s.population.costs > s.costs.length;
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
