/**
 * The Compare report from hourly aggregates plus the raw rows of its edges
 * (pure). Counts and sums add up exactly; latency percentiles come from the
 * merged DDSketches (within RELATIVE_ACCURACY of the nearest-rank value of
 * every run), and are exact where no aggregated hour is involved; the
 * bootstrap's values are a stratified sample of about `target` per model.
 */
import type { RunFigures } from '@/lib/agent';
import { parseSketch, SketchCounts, type EncodedSketch } from '@/lib/monitoring';
import type { ModelSlot } from '@/lib/models/types';
import { Rng } from '@/lib/random';
import { round } from '@/lib/figures';
import { percentile, summarizeRuns } from './aggregate';
import type { ComparisonPoint, WorkflowComparison } from './types';
import type { AnswerSamples, RunSamples } from './verdicts';

/** One model's finished runs in one hour (a compare_run_hours row; the sample columns are the report's share). */
export interface RunHour {
  hour: Date;
  modelSlot: string;
  runs: number;
  succeeded: number;
  failed: number;
  cancelled: number;
  judged: number;
  toolCallsSum: number;
  inputTokensSum: number;
  outputTokensSum: number;
  costSum: number;
  latencyCount: number;
  latencySketch: string;
  sampleLatencies: number[];
  sampleTokens: number[];
  sampleCosts: number[];
}

/** One model's answers of one source in one hour (a compare_answer_hours row). */
export interface AnswerHour {
  hour: Date;
  source: string;
  modelSlot: string;
  answers: number;
  checked: number;
  hallucinations: number;
  costCount: number;
  costSum: number;
  sampleCosts: number[];
}

export type RawRun = RunFigures;
export interface RawAnswer {
  modelSlot: string;
  verdict: string | null;
  costUsd: number | null;
}

const SLOTS: ModelSlot[] = ['A', 'B'];
const isSlot = (s: string): s is ModelSlot => s === 'A' || s === 'B';
/** The raw edges' share of the sample is drawn with a fixed seed: the same rows give the same report. */
const EDGE_SEED = 2_112;

/** Latencies of runs: an exact list until an aggregated hour's sketch joins, then the merged sketch. */
class Latencies {
  private sketch: SketchCounts | null = null;
  private values: number[] = [];

  addSketch(encoded: EncodedSketch): void {
    this.sketch ??= new SketchCounts();
    this.sketch.addEncoded(encoded);
  }

  add(ms: number): void {
    this.values.push(ms);
  }

  clone(): Latencies {
    const copy = new Latencies();
    copy.sketch = this.sketch ? this.sketch.clone() : null;
    copy.values = [...this.values];
    return copy;
  }

  quantile(q: number): number | null {
    if (!this.sketch) return percentile(this.values, q);
    for (const v of this.values.splice(0)) this.sketch.accept(v);
    const value = this.sketch.quantile(q);
    // Latencies are whole milliseconds, as the raw report's.
    return value === null ? null : Math.round(value);
  }
}

class RunTally {
  runs = 0;
  succeeded = 0;
  failed = 0;
  cancelled = 0;
  judged = 0;
  toolCalls = 0;
  inputTokens = 0;
  outputTokens = 0;
  cost = 0;
  latencyCount = 0;
  latencies = new Latencies();

  clone(): RunTally {
    const copy = Object.assign(new RunTally(), this);
    copy.latencies = this.latencies.clone();
    return copy;
  }

  addHour(h: RunHour, sketch: EncodedSketch): void {
    this.runs += h.runs;
    this.succeeded += h.succeeded;
    this.failed += h.failed;
    this.cancelled += h.cancelled;
    this.judged += h.judged;
    this.toolCalls += h.toolCallsSum;
    this.inputTokens += h.inputTokensSum;
    this.outputTokens += h.outputTokensSum;
    this.cost += h.costSum;
    this.latencyCount += h.latencyCount;
    if (h.latencyCount > 0) this.latencies.addSketch(sketch);
  }

  addRun(r: RawRun): void {
    this.runs += 1;
    if (r.status === 'succeeded') this.succeeded += 1;
    if (r.status === 'failed' || r.status === 'error') this.failed += 1;
    if (r.status === 'cancelled') this.cancelled += 1;
    if (r.status !== 'cancelled' && r.status !== 'abandoned') this.judged += 1;
    this.toolCalls += r.toolCalls;
    this.inputTokens += r.inputTokens;
    this.outputTokens += r.outputTokens;
    this.cost += r.costUsd;
    if (r.latencyMs !== null) {
      this.latencyCount += 1;
      this.latencies.add(r.latencyMs);
    }
  }

  summary(): WorkflowComparison {
    if (!this.runs) return summarizeRuns([]);
    return {
      runs: this.runs,
      succeeded: this.succeeded,
      failed: this.failed,
      cancelled: this.cancelled,
      successRatePct: this.judged ? round((100 * this.succeeded) / this.judged, 1) : null,
      latencyP50Ms: this.latencies.quantile(0.5),
      latencyP95Ms: this.latencies.quantile(0.95),
      avgToolCalls: round(this.toolCalls / this.runs, 1),
      avgInputTokens: round(this.inputTokens / this.runs, 0),
      avgOutputTokens: round(this.outputTokens / this.runs, 0),
      avgCostUsd: round(this.cost / this.runs, 6),
      totalCostUsd: round(this.cost, 6),
    };
  }
}

export interface HourlyReport {
  workflows: Record<ModelSlot, WorkflowComparison>;
  series: ComparisonPoint[];
  runSamples: Record<ModelSlot, RunSamples>;
  answerSamples: Record<ModelSlot, AnswerSamples>;
}

/**
 * Keeps each raw edge value with the probability that makes the edges' share
 * of the sample what their share of the population is (all of them when the
 * population fits in the target).
 */
function thin<T>(values: T[], population: number, target: number, rng: Rng): T[] {
  const p = population > target ? target / population : 1;
  return p >= 1 ? values : values.filter(() => rng.next() < p);
}

/** One model's answers of the aggregated hours: counts, and the costs' sample (each hour's share). */
interface AnswerTally {
  checked: number;
  hallucinations: number;
  costCount: number;
  sampleCosts: number[];
}

/**
 * The aggregated hours of a report added up: totals, the series buckets and
 * the bootstrap's sample per model. It depends only on the hour rows and the
 * bucket layout, and sealed hour rows never change, so load-comparison keeps
 * it per window (hours-memo.ts) and adds each request's raw edges to a copy.
 */
export interface HoursSum {
  start: number;
  count: number;
  bucketMs: number;
  totals: Record<ModelSlot, RunTally>;
  buckets: Array<Record<ModelSlot, RunTally>>;
  samples: Record<ModelSlot, { latencies: number[]; tokens: number[]; costs: number[] }>;
  answers: Record<ModelSlot, AnswerTally>;
}

/** The series layout of [from, to) in buckets of `bucketMs`: the first bucket holds `from`. */
export function bucketLayout(from: Date, to: Date, bucketMs: number): { start: number; count: number } {
  const start = Math.floor(from.getTime() / bucketMs) * bucketMs;
  return { start, count: Math.max(1, Math.ceil((to.getTime() - start) / bucketMs)) };
}

/** The aggregated hours added up into the layout (pure; the rows as readHours gives them). */
export function sumHours(runHours: RunHour[], answerHours: AnswerHour[], layout: { start: number; count: number }, bucketMs: number): HoursSum {
  const { start, count } = layout;
  const totals = { A: new RunTally(), B: new RunTally() };
  const buckets = Array.from({ length: count }, () => ({ A: new RunTally(), B: new RunTally() }));
  const samples = Object.fromEntries(SLOTS.map((s) => [s, { latencies: [] as number[], tokens: [] as number[], costs: [] as number[] }])) as HoursSum['samples'];
  for (const h of runHours) {
    if (!isSlot(h.modelSlot)) continue;
    const sketch = parseSketch(h.latencySketch);
    totals[h.modelSlot].addHour(h, sketch);
    const i = Math.floor((h.hour.getTime() - start) / bucketMs);
    if (i >= 0 && i < count) buckets[i]![h.modelSlot].addHour(h, sketch);
    samples[h.modelSlot].latencies.push(...h.sampleLatencies);
    samples[h.modelSlot].tokens.push(...h.sampleTokens);
    samples[h.modelSlot].costs.push(...h.sampleCosts);
  }
  const answers = {} as Record<ModelSlot, AnswerTally>;
  for (const s of SLOTS) {
    const hours = answerHours.filter((h) => h.modelSlot === s);
    answers[s] = {
      checked: hours.reduce((n, h) => n + h.checked, 0),
      hallucinations: hours.reduce((n, h) => n + h.hallucinations, 0),
      costCount: hours.reduce((n, h) => n + h.costCount, 0),
      sampleCosts: hours.flatMap((h) => h.sampleCosts),
    };
  }
  return { start, count, bucketMs, totals, buckets, samples, answers };
}

/**
 * The report's figures over [from, to): `hours` (aggregated, each with its
 * share of the sample) and `raw` (the rows of the edges the hours do not
 * cover); series buckets of `bucketMs` from the one holding `from`.
 */
export function reportFromHours(
  input: { runHours: RunHour[]; answerHours: AnswerHour[]; rawRuns: RawRun[]; rawAnswers: RawAnswer[] },
  from: Date,
  to: Date,
  bucketMs: number,
  target: number,
): HourlyReport {
  return reportFromSum(sumHours(input.runHours, input.answerHours, bucketLayout(from, to, bucketMs), bucketMs), input.rawRuns, input.rawAnswers, target);
}

/** The report of summed hours plus the raw edges' rows; `sum` is left as it was (its tallies are copied). */
export function reportFromSum(sum: HoursSum, rawRuns: RawRun[], rawAnswers: RawAnswer[], target: number): HourlyReport {
  const { start, count, bucketMs, samples } = sum;
  const totals = { A: sum.totals.A.clone(), B: sum.totals.B.clone() };
  const buckets = sum.buckets.map((b) => ({ A: b.A.clone(), B: b.B.clone() }));
  const bucketOf = (t: Date) => Math.floor((t.getTime() - start) / bucketMs);

  const rawBySlot: Record<ModelSlot, RawRun[]> = { A: [], B: [] };
  for (const r of rawRuns) {
    if (!isSlot(r.modelSlot)) continue;
    rawBySlot[r.modelSlot].push(r);
    totals[r.modelSlot].addRun(r);
    const i = bucketOf(r.createdAt);
    if (i >= 0 && i < count) buckets[i]![r.modelSlot].addRun(r);
  }

  const rng = new Rng(EDGE_SEED);
  const runSamples = {} as Record<ModelSlot, RunSamples>;
  for (const s of SLOTS) {
    const t = totals[s];
    // One draw per run for all three values: tokens and costs (and latencies, when every run has one) then
    // have as many values per side as the hours' samples, and the bootstrap shares their draws.
    const kept = thin(rawBySlot[s], t.runs, target, rng);
    runSamples[s] = {
      finished: t.runs - t.cancelled,
      succeeded: t.succeeded,
      latencies: [...samples[s].latencies, ...kept.map((r) => r.latencyMs).filter((v): v is number => v !== null)],
      tokens: [...samples[s].tokens, ...kept.map((r) => r.inputTokens + r.outputTokens)],
      costs: [...samples[s].costs, ...kept.map((r) => r.costUsd)],
      population: { latencies: t.latencyCount, tokens: t.runs, costs: t.runs },
    };
  }

  const answerSamples = {} as Record<ModelSlot, AnswerSamples>;
  for (const s of SLOTS) {
    const hours = sum.answers[s];
    const raw = rawAnswers.filter((a) => a.modelSlot === s);
    const rawCosts = raw.filter((a) => a.costUsd !== null).map((a) => a.costUsd!);
    const costCount = hours.costCount + rawCosts.length;
    answerSamples[s] = {
      checked: hours.checked + raw.filter((a) => a.verdict !== null).length,
      hallucinations: hours.hallucinations + raw.filter((a) => a.verdict === 'hallucination').length,
      costs: [...hours.sampleCosts, ...thin(rawCosts, costCount, target, rng)],
      population: { costs: costCount },
    };
  }

  const success = (t: RunTally) => (t.judged ? round((100 * t.succeeded) / t.judged, 1) : null);
  const series = buckets.map((b, i) => ({
    t: new Date(start + i * bucketMs).toISOString(),
    A_runs: b.A.runs,
    B_runs: b.B.runs,
    A_p50: b.A.latencies.quantile(0.5),
    A_p95: b.A.latencies.quantile(0.95),
    B_p50: b.B.latencies.quantile(0.5),
    B_p95: b.B.latencies.quantile(0.95),
    A_success: success(b.A),
    B_success: success(b.B),
  }));
  return { workflows: { A: totals.A.summary(), B: totals.B.summary() }, series, runSamples, answerSamples };
}
