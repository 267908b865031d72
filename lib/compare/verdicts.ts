/**
 * A/B verdicts: for each figure, is Model B really different from Model A,
 * by how much (95 % interval), and a sentence saying so (pure, browser-safe).
 */
import type { ModelSlot } from '@/lib/models/types';
import type { RunFigures } from '@/lib/agent';
import { bootstrapRatio, bootstrapRatios, newcombeDifference, sampleSizeForRates, wilsonInterval, type Interval, type Statistic } from './statistics';
import type { AnswerFigure, FigureVerdict, VerdictFigure } from './types';

/** Fewer samples than this on either side: no verdict, the sentence says so (a bootstrap of fewer says little). */
export const MIN_SAMPLES = 10;
/** Score intervals keep their coverage down to a handful of trials, so rates are compared sooner. */
export const MIN_RATE_SAMPLES = 5;
/** A p95 from fewer than 20 values is the maximum of a handful: not worth an interval. */
export const MIN_SAMPLES_P95 = 20;
/** The rate difference the sample-size estimate is for, and within which two rates count as the same. */
export const RATE_DELTA = 0.1;
/** Ratios whose interval lies within 1 ± this count as the same. */
export const RATIO_TIE = 0.1;

// Two decimals below 2×, where "1.05×" and "1.1×" are different claims.
// The estimate sets the decimals of its interval too, so "2.1× (1.9-2.3×)" reads evenly.
const decimals = (v: number) => (v >= 10 ? 0 : v >= 2 ? 1 : 2);
const fmt = (v: number, d = decimals(v)) => v.toFixed(d);
const points = (v: number) => `${v >= 0 ? '+' : '−'}${Math.abs(Math.round(v * 100))}`;

/** "about N": exact below 20, else two significant digits rounded up. */
export function roughCount(n: number): number {
  if (n < 20) return Math.max(1, Math.ceil(n));
  const step = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.ceil(n / step) * step;
}

interface RateInput {
  figure: VerdictFigure;
  label: string;
  unit: string;
  /** true: a higher rate is better (success); false: lower is better (hallucination). */
  higherIsBetter: boolean;
  more: string;
  less: string;
  A: { hits: number; n: number };
  B: { hits: number; n: number };
}

export function rateVerdict(i: RateInput): FigureVerdict {
  const samples = { A: i.A.n, B: i.B.n };
  const counts = `${i.A.n} vs ${i.B.n} ${i.unit}`;
  const base = { figure: i.figure, label: i.label, kind: 'rate' as const, samples };
  if (Math.min(i.A.n, i.B.n) < MIN_RATE_SAMPLES) {
    return { ...base, status: 'too_few', winner: null, estimate: null, low: null, high: null, moreEach: MIN_RATE_SAMPLES - Math.min(i.A.n, i.B.n), sentence: `Too few ${i.unit} to compare ${i.label} yet (${counts}; at least ${MIN_RATE_SAMPLES} each are needed).` };
  }
  // Difference B - A, so a positive number means Model B's rate is higher.
  const d = newcombeDifference(i.B.hits, i.B.n, i.A.hits, i.A.n)!;
  const pa = wilsonInterval(i.A.hits, i.A.n)!.estimate;
  const pb = d.estimate + pa;
  const rates = `${Math.round(pa * 100)} % vs ${Math.round(pb * 100)} %`;
  const ci = `95 % CI ${points(d.low)} to ${points(d.high)} points`;
  const numbers = { estimate: d.estimate * 100, low: d.low * 100, high: d.high * 100 };
  if (d.low > 0 || d.high < 0) {
    const bHigher = d.low > 0;
    const winner: ModelSlot = bHigher === i.higherIsBetter ? 'B' : 'A';
    return { ...base, ...numbers, status: 'different', winner, moreEach: null, sentence: `Model B ${bHigher ? i.more : i.less} (${rates}, ${points(d.estimate)} points, ${ci}, ${counts}).` };
  }
  if (d.low > -RATE_DELTA && d.high < RATE_DELTA) {
    return { ...base, ...numbers, status: 'tie', winner: null, moreEach: null, sentence: `${capital(i.label)} are the same within ${RATE_DELTA * 100} points (${rates}, ${ci}, ${counts}).` };
  }
  const more = roughCount(Math.max(1, sampleSizeForRates(pa, pb, RATE_DELTA) - Math.min(i.A.n, i.B.n)));
  return { ...base, ...numbers, status: 'undecided', winner: null, moreEach: more, sentence: `${capital(i.label)} not yet distinguishable (${rates}, ${counts}; about ${more} more each would show a ${RATE_DELTA * 100}-point difference).` };
}

interface RatioInput {
  figure: VerdictFigure;
  label: string;
  unit: string;
  /** "is %× faster" / "is %× slower"… (B relative to A, % is the factor); lower is better for every ratio figure. */
  lower: string;
  higher: string;
  /** "at p50", "per workflow"… */
  what: string;
  stat: Statistic;
  minSamples: number;
  A: number[];
  B: number[];
  /** How many values A and B are a sample of, when they are one (the report's hourly aggregates keep a bounded sample). */
  population?: Record<ModelSlot, number>;
  /** bootstrapRatio(A, B, stat) when already computed (bootstrapRatios, for several figures at once). */
  interval?: Interval | null;
}

export function ratioVerdict(i: RatioInput): FigureVerdict {
  const samples = { A: i.A.length, B: i.B.length };
  const sampled = i.population && (i.population.A > i.A.length || i.population.B > i.B.length) ? i.population : undefined;
  // A sample says so: the interval is as wide as its size gives, not the whole population's.
  const counts = sampled
    ? `${sampled.A} vs ${sampled.B} ${i.unit}; bootstrap over a sample of ${i.A.length} of ${sampled.A} and ${i.B.length} of ${sampled.B}`
    : `${i.A.length} vs ${i.B.length} ${i.unit}`;
  const base = { figure: i.figure, label: i.label, kind: 'ratio' as const, samples, ...(sampled ? { population: sampled } : {}) };
  const fewest = Math.min(i.A.length, i.B.length);
  if (fewest < i.minSamples) {
    return { ...base, status: 'too_few', winner: null, estimate: null, low: null, high: null, moreEach: i.minSamples - fewest, sentence: `Too few ${i.unit} to compare ${i.label} yet (${counts}; at least ${i.minSamples} each are needed).` };
  }
  const r: Interval | null = i.interval !== undefined ? i.interval : bootstrapRatio(i.A, i.B, i.stat);
  if (!r) {
    return { ...base, status: 'undecided', winner: null, estimate: null, low: null, high: null, moreEach: null, sentence: `${capital(i.label)} cannot be compared as a ratio: Model A's is 0 (${counts}).` };
  }
  const numbers = { estimate: r.estimate, low: r.low, high: r.high };
  if (r.high < 1 || r.low > 1) {
    // Say "2.1× cheaper" rather than "0.48× the cost": the factor is always ≥ 1.
    const bLower = r.high < 1;
    const [f, lo, hi] = bLower ? [1 / r.estimate, 1 / r.high, 1 / r.low] : [r.estimate, r.low, r.high];
    return { ...base, ...numbers, status: 'different', winner: bLower ? 'B' : 'A', moreEach: null, sentence: `Model B ${(bLower ? i.lower : i.higher).replace('%', fmt(f))} ${i.what} (95 % CI ${fmt(lo, decimals(f))}-${fmt(hi, decimals(f))}×, ${counts}).` };
  }
  const ci = `95 % CI ${fmt(r.low, decimals(r.estimate))}-${fmt(r.high, decimals(r.estimate))}× of Model A's`;
  if (r.low > 1 - RATIO_TIE && r.high < 1 + RATIO_TIE) {
    return { ...base, ...numbers, status: 'tie', winner: null, moreEach: null, sentence: `${capital(i.label)} are the same within ${RATIO_TIE * 100} % (${ci}, ${counts}).` };
  }
  // The interval of a log ratio narrows with √n: the n that brings its half-width down to log(1 + RATIO_TIE).
  const half = (Math.log(r.high) - Math.log(Math.max(r.low, 1e-9))) / 2;
  const needed = fewest * (half / Math.log(1 + RATIO_TIE)) ** 2;
  const more = roughCount(Math.max(1, needed - fewest));
  return { ...base, ...numbers, status: 'undecided', winner: null, moreEach: more, sentence: `${capital(i.label)} not yet distinguishable (${ci}, ${counts}; about ${more} more each would show a ${RATIO_TIE * 100} % difference).` };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** What the verdicts need of one model's runs: success among finished runs, and the values they resample. */
export interface RunSamples {
  /** Runs not cancelled (abandoned ones count: the model did not finish). */
  finished: number;
  succeeded: number;
  latencies: number[];
  /** Input plus output tokens per run. */
  tokens: number[];
  costs: number[];
  /** When the arrays are a sample (see RatioInput.population): how many runs each is drawn from. */
  population?: { latencies: number; tokens: number; costs: number };
}

/** What the verdicts need of one model's answers. */
export interface AnswerSamples {
  /** Answers the detector checked, and of those the hallucinations. */
  checked: number;
  hallucinations: number;
  /** Costs of the answers that have one. */
  costs: number[];
  /** When `costs` is a sample: how many answers with a cost it is drawn from. */
  population?: { costs: number };
}

export function runSamples(runs: RunFigures[]): RunSamples {
  return {
    finished: runs.filter((r) => r.status !== 'cancelled').length,
    succeeded: runs.filter((r) => r.status === 'succeeded').length,
    latencies: runs.map((r) => r.latencyMs).filter((v): v is number => v !== null),
    tokens: runs.map((r) => r.inputTokens + r.outputTokens),
    costs: runs.map((r) => r.costUsd),
  };
}

export function answerSamples(answers: AnswerFigure[]): AnswerSamples {
  const checked = answers.filter((a) => a.verdict !== null);
  return { checked: checked.length, hallucinations: checked.filter((a) => a.verdict === 'hallucination').length, costs: answers.filter((a) => a.costUsd !== null).map((a) => a.costUsd!) };
}

/** Every verdict of the report, from the stored runs and answers of each model over the range. */
export function computeVerdicts(runs: Record<ModelSlot, RunFigures[]>, answers: Record<ModelSlot, AnswerFigure[]>): FigureVerdict[] {
  return verdictsFromSamples({ A: runSamples(runs.A), B: runSamples(runs.B) }, { A: answerSamples(answers.A), B: answerSamples(answers.B) });
}

/** The bootstraps a report needs, all at once (bootstrapRatios; load-comparison may reuse a window's, see interval-memo.ts). */
export type BootstrapFigures = Array<{ a: number[]; b: number[]; stat: Statistic }>;

/** Every verdict of the report, from each model's samples (aggregated by the database, or from rows by computeVerdicts). */
export function verdictsFromSamples(
  runs: Record<ModelSlot, RunSamples>,
  answers: Record<ModelSlot, AnswerSamples>,
  bootstrap: (figures: BootstrapFigures) => Array<Interval | null> = bootstrapRatios,
): FigureVerdict[] {
  const of = <T>(pick: (s: T) => number | undefined, a: T, b: T) => {
    const [pa, pb] = [pick(a), pick(b)];
    return pa === undefined || pb === undefined ? undefined : { A: pa, B: pb };
  };
  const population = {
    latencies: of((s: RunSamples) => s.population?.latencies, runs.A, runs.B),
    tokens: of((s: RunSamples) => s.population?.tokens, runs.A, runs.B),
    costs: of((s: RunSamples) => s.population?.costs, runs.A, runs.B),
    answerCosts: of((s: AnswerSamples) => s.population?.costs, answers.A, answers.B),
  };
  const latency = { unit: 'runs', lower: 'is %× faster', higher: 'is %× slower', A: runs.A.latencies, B: runs.B.latencies, population: population.latencies };
  const p50 = { kind: 'quantile', q: 0.5 } as const;
  const p95 = { kind: 'quantile', q: 0.95 } as const;
  const mean = { kind: 'mean' } as const;
  // The five bootstraps at once: those with as many values per side share their draws (same intervals, half the work).
  const [p50Interval, p95Interval, tokensInterval, costInterval, answerInterval] = bootstrap([
    { a: runs.A.latencies, b: runs.B.latencies, stat: p50 },
    { a: runs.A.latencies, b: runs.B.latencies, stat: p95 },
    { a: runs.A.tokens, b: runs.B.tokens, stat: mean },
    { a: runs.A.costs, b: runs.B.costs, stat: mean },
    { a: answers.A.costs, b: answers.B.costs, stat: mean },
  ]);
  return [
    rateVerdict({ figure: 'success_rate', label: 'success rates', unit: 'runs', higherIsBetter: true, more: 'succeeds more often', less: 'succeeds less often', A: { hits: runs.A.succeeded, n: runs.A.finished }, B: { hits: runs.B.succeeded, n: runs.B.finished } }),
    rateVerdict({ figure: 'hallucination_rate', label: 'hallucination rates', unit: 'checked answers', higherIsBetter: false, more: 'hallucinates more often', less: 'hallucinates less often', A: { hits: answers.A.hallucinations, n: answers.A.checked }, B: { hits: answers.B.hallucinations, n: answers.B.checked } }),
    ratioVerdict({ ...latency, figure: 'latency_p50', label: 'p50 latencies', what: 'at p50', stat: p50, minSamples: MIN_SAMPLES, interval: p50Interval }),
    ratioVerdict({ ...latency, figure: 'latency_p95', label: 'p95 latencies', what: 'at p95', stat: p95, minSamples: MIN_SAMPLES_P95, interval: p95Interval }),
    ratioVerdict({ figure: 'tokens_per_workflow', label: 'tokens per workflow', unit: 'runs', lower: 'uses %× fewer tokens', higher: 'uses %× more tokens', what: 'per workflow', stat: mean, minSamples: MIN_SAMPLES, A: runs.A.tokens, B: runs.B.tokens, population: population.tokens, interval: tokensInterval }),
    ratioVerdict({ figure: 'cost_per_workflow', label: 'costs per workflow', unit: 'runs', lower: 'is %× cheaper', higher: 'is %× more expensive', what: 'per workflow', stat: mean, minSamples: MIN_SAMPLES, A: runs.A.costs, B: runs.B.costs, population: population.costs, interval: costInterval }),
    ratioVerdict({ figure: 'cost_per_answer', label: 'costs per answer', unit: 'answers', lower: 'is %× cheaper', higher: 'is %× more expensive', what: 'per answer', stat: mean, minSamples: MIN_SAMPLES, A: answers.A.costs, B: answers.B.costs, population: population.answerCosts, interval: answerInterval }),
  ];
}
