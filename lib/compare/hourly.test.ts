import { describe, expect, it } from 'vitest';
import type { RunFigures, RunStatus } from '@/lib/agent';
import { encodeSketch, newSketch, RELATIVE_ACCURACY } from '@/lib/monitoring';
import { Rng } from '@/lib/random';
import { bySlot, comparisonSeries, summarizeRuns } from './aggregate';
import { bucketLayout, reportFromHours, reportFromSum, sumHours, type AnswerHour, type RawAnswer, type RunHour } from './hourly';
import { verdictsFromSamples } from './verdicts';

const HOUR = 3600_000;
const SIX_HOURS = 6 * HOUR;
const STATUSES: RunStatus[] = ['succeeded', 'succeeded', 'succeeded', 'failed', 'error', 'cancelled', 'abandoned'];
const NOW = new Date('2026-12-03T08:17:42.123Z');
const FROM = new Date(NOW.getTime() - 7 * 24 * HOUR);

function makeRuns(n: number, seed: number): RunFigures[] {
  const rng = new Rng(seed);
  return Array.from({ length: n }, (_, i) => ({
    modelSlot: i % 31 === 0 ? 'C' : rng.chance(0.5) ? 'A' : 'B',
    status: STATUSES[i % STATUSES.length]!,
    createdAt: new Date(FROM.getTime() + Math.floor(rng.next() * (NOW.getTime() - FROM.getTime()))),
    latencyMs: i % 19 === 0 ? null : rng.int(0, 6_000),
    toolCalls: rng.int(0, 6),
    inputTokens: rng.int(100, 3_000),
    outputTokens: rng.int(10, 700),
    costUsd: rng.int(1, 1_000) / 1e6,
  }));
}

/**
 * What the rollup writes for these runs (one row per model and hour, the
 * sample the first `keep` in a shuffled order) and what the report reads of
 * it (each hour's share of `target`, as readHours slices it in SQL).
 */
function hoursOf(runs: RunFigures[], keep: number, target: number, seed = 5): RunHour[] {
  const rng = new Rng(seed);
  const groups = new Map<string, RunFigures[]>();
  for (const r of runs) {
    const key = `${Math.floor(r.createdAt.getTime() / HOUR) * HOUR}/${r.modelSlot}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const hours = [...groups.entries()].map(([key, rs]) => {
    const [hour, modelSlot] = key.split('/');
    const sketch = newSketch();
    const shuffled = [...rs].sort(() => rng.next() - 0.5);
    const withLatency = shuffled.filter((r) => r.latencyMs !== null);
    for (const r of withLatency) sketch.accept(r.latencyMs!);
    return {
      hour: new Date(Number(hour)),
      modelSlot: modelSlot!,
      runs: rs.length,
      succeeded: rs.filter((r) => r.status === 'succeeded').length,
      failed: rs.filter((r) => r.status === 'failed' || r.status === 'error').length,
      cancelled: rs.filter((r) => r.status === 'cancelled').length,
      judged: rs.filter((r) => r.status !== 'cancelled' && r.status !== 'abandoned').length,
      toolCallsSum: rs.reduce((n, r) => n + r.toolCalls, 0),
      inputTokensSum: rs.reduce((n, r) => n + r.inputTokens, 0),
      outputTokensSum: rs.reduce((n, r) => n + r.outputTokens, 0),
      costSum: rs.reduce((n, r) => n + r.costUsd, 0),
      latencyCount: withLatency.length,
      latencySketch: encodeSketch(sketch),
      sampleLatencies: withLatency.slice(0, keep).map((r) => r.latencyMs!),
      sampleTokens: shuffled.slice(0, keep).map((r) => r.inputTokens + r.outputTokens),
      sampleCosts: shuffled.slice(0, keep).map((r) => r.costUsd),
    };
  });
  const total = (slot: string, f: (h: RunHour) => number) => hours.filter((h) => h.modelSlot === slot).reduce((n, h) => n + f(h), 0);
  return hours.map((h) => {
    const share = (count: (x: RunHour) => number) => Math.round((target * count(h)) / Math.max(1, total(h.modelSlot, count)));
    return { ...h, sampleLatencies: h.sampleLatencies.slice(0, share((x) => x.latencyCount)), sampleTokens: h.sampleTokens.slice(0, share((x) => x.runs)), sampleCosts: h.sampleCosts.slice(0, share((x) => x.runs)) };
  });
}

function expectClose(actual: number | null, exact: number | null, what: string) {
  if (exact === null) return expect(actual, what).toBeNull();
  expect(Math.abs(actual! - exact), `${what}: ${actual} vs ${exact}`).toBeLessThanOrEqual(RELATIVE_ACCURACY * exact + 0.5);
}

describe('the Compare report from hourly aggregates', () => {
  it('adds the hours and the raw edges up to what the rows give: counts exact, percentiles within the sketch accuracy', () => {
    const runs = makeRuns(6_000, 1);
    // Full hours aggregated, the partial first hour and the last two hours raw.
    const aggFrom = Math.ceil(FROM.getTime() / HOUR) * HOUR;
    const aggTo = Math.floor(NOW.getTime() / HOUR) * HOUR - 2 * HOUR;
    const inHours = runs.filter((r) => r.createdAt.getTime() >= aggFrom && r.createdAt.getTime() < aggTo);
    const raw = runs.filter((r) => !inHours.includes(r));
    expect(raw.length).toBeGreaterThan(50);
    const report = reportFromHours({ runHours: hoursOf(inHours, 200, 4_000), answerHours: [], rawRuns: raw, rawAnswers: [] }, FROM, NOW, SIX_HOURS, 4_000);
    const slots = bySlot(runs);
    for (const s of ['A', 'B'] as const) {
      const { latencyP50Ms, latencyP95Ms, ...counts } = report.workflows[s];
      const exact = summarizeRuns(slots[s]);
      expect(counts).toEqual(Object.fromEntries(Object.entries(exact).filter(([k]) => !k.startsWith('latency'))));
      expectClose(latencyP50Ms, exact.latencyP50Ms, `${s} p50`);
      expectClose(latencyP95Ms, exact.latencyP95Ms, `${s} p95`);
      expect(report.runSamples[s]).toMatchObject({ finished: exact.runs - exact.cancelled, succeeded: exact.succeeded });
    }
    const series = comparisonSeries(runs, FROM, NOW, SIX_HOURS);
    expect(report.series.map((p) => [p.t, p.A_runs, p.B_runs, p.A_success, p.B_success])).toEqual(series.map((p) => [p.t, p.A_runs, p.B_runs, p.A_success, p.B_success]));
    report.series.forEach((p, i) => {
      for (const k of ['A_p50', 'A_p95', 'B_p50', 'B_p95'] as const) expectClose(p[k], series[i]![k], `${p.t} ${k}`);
    });
  });

  it('is exactly the rows\' report when no hour is aggregated', () => {
    const runs = makeRuns(800, 2);
    const report = reportFromHours({ runHours: [], answerHours: [], rawRuns: runs, rawAnswers: [] }, FROM, NOW, HOUR * 24, 4_000);
    const slots = bySlot(runs);
    expect(report.workflows).toEqual({ A: summarizeRuns(slots.A), B: summarizeRuns(slots.B) });
    expect(report.series).toEqual(comparisonSeries(runs, FROM, NOW, HOUR * 24));
  });

  it('gives the bootstrap a stratified sample of about the target, says of how many, and keeps the rates exact', () => {
    const runs = makeRuns(30_000, 3);
    const split = Math.floor(NOW.getTime() / HOUR) * HOUR - HOUR;
    const hours = hoursOf(runs.filter((r) => r.createdAt.getTime() < split), 200, 1_000);
    const raw = runs.filter((r) => r.createdAt.getTime() >= split);
    const answerHours: AnswerHour[] = [
      { hour: new Date(split - HOUR), source: 'chat', modelSlot: 'A', answers: 900, checked: 880, hallucinations: 80, costCount: 900, costSum: 0.9, sampleCosts: Array(300).fill(0.001) },
      { hour: new Date(split - HOUR), source: 'ask', modelSlot: 'B', answers: 900, checked: 900, hallucinations: 30, costCount: 900, costSum: 0.45, sampleCosts: Array(300).fill(0.0005) },
    ];
    const rawAnswers: RawAnswer[] = [
      { modelSlot: 'A', verdict: 'hallucination', costUsd: 0.001 },
      { modelSlot: 'A', verdict: null, costUsd: null },
      { modelSlot: 'B', verdict: 'grounded', costUsd: 0.0005 },
    ];
    const report = reportFromHours({ runHours: hours, answerHours, rawRuns: raw, rawAnswers }, FROM, NOW, SIX_HOURS, 1_000);
    const slots = bySlot(runs);
    for (const s of ['A', 'B'] as const) {
      const sample = report.runSamples[s];
      const withLatency = slots[s].filter((r) => r.latencyMs !== null).length;
      expect(sample.population).toEqual({ latencies: withLatency, tokens: slots[s].length, costs: slots[s].length });
      // About the target (each hour's share is rounded; the raw edge is thinned to its share).
      expect(Math.abs(sample.latencies.length - 1_000)).toBeLessThan(60);
      expect(Math.abs(sample.costs.length - 1_000)).toBeLessThan(60);
      // The sample's mean cost is the population's within sampling error (it is a random sample, not the newest rows).
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      expect(Math.abs(mean(sample.costs) - mean(slots[s].map((r) => r.costUsd)))).toBeLessThan(0.1 * mean(slots[s].map((r) => r.costUsd)));
    }
    expect(report.answerSamples.A).toMatchObject({ checked: 881, hallucinations: 81, population: { costs: 901 } });
    expect(report.answerSamples.B).toMatchObject({ checked: 901, hallucinations: 30, population: { costs: 901 } });
    const verdicts = verdictsFromSamples(report.runSamples, report.answerSamples);
    const cost = verdicts.find((v) => v.figure === 'cost_per_workflow')!;
    expect(cost.population).toEqual({ A: slots.A.length, B: slots.B.length });
    expect(cost.sentence).toContain(`${slots.A.length} vs ${slots.B.length} runs; bootstrap over a sample of ${report.runSamples.A.costs.length} of ${slots.A.length} and ${report.runSamples.B.costs.length} of ${slots.B.length}`);
    // Rates come from the counts: every checked answer, not the sample.
    expect(verdicts.find((v) => v.figure === 'hallucination_rate')!.samples).toEqual({ A: 881, B: 901 });
    expect(verdicts.find((v) => v.figure === 'success_rate')!.samples).toEqual({ A: report.runSamples.A.finished, B: report.runSamples.B.finished });
  });
  it('gives from one sum of the hours, reused with different edges, what the hours and each edge give afresh (the sum is left unchanged)', () => {
    const runs = makeRuns(6_000, 4);
    const split = Math.floor(NOW.getTime() / HOUR) * HOUR - 2 * HOUR;
    const hours = hoursOf(runs.filter((r) => r.createdAt.getTime() < split), 200, 1_000);
    const raw = runs.filter((r) => r.createdAt.getTime() >= split);
    const answerHours: AnswerHour[] = [{ hour: new Date(split - HOUR), source: 'chat', modelSlot: 'A', answers: 90, checked: 88, hallucinations: 8, costCount: 90, costSum: 0.09, sampleCosts: Array(30).fill(0.001) }];
    const sum = sumHours(hours, answerHours, bucketLayout(FROM, NOW, SIX_HOURS), SIX_HOURS);
    // Edges that put runs into the buckets and tallies the hours filled, and change the sample's thinning.
    const edges: Array<[typeof raw, RawAnswer[]]> = [
      [raw, [{ modelSlot: 'A', verdict: 'hallucination', costUsd: 0.002 }]],
      [raw.slice(0, Math.floor(raw.length / 3)), []],
      [[...raw, ...raw], [{ modelSlot: 'B', verdict: 'grounded', costUsd: 0.0005 }]],
    ];
    for (const [rawRuns, rawAnswers] of [...edges, ...edges]) {
      expect(reportFromSum(sum, rawRuns, rawAnswers, 1_000)).toEqual(reportFromHours({ runHours: hours, answerHours, rawRuns, rawAnswers }, FROM, NOW, SIX_HOURS, 1_000));
    }
    expect(sum).toEqual(sumHours(hours, answerHours, bucketLayout(FROM, NOW, SIX_HOURS), SIX_HOURS));
  });
});
