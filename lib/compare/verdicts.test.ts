import { describe, expect, it } from 'vitest';
import { Rng } from '@/lib/random';
import type { RunFigures } from '@/lib/agent';
import type { AnswerFigure, FigureVerdict, VerdictFigure } from './types';
import { computeVerdicts, rateVerdict, roughCount } from './verdicts';

/** `n` runs of one model: success with probability `success`, latency and cost scaled, deterministic per seed. */
function runs(slot: 'A' | 'B', n: number, o: { seed: number; success: number; latencyMs: number; costUsd: number; tokens: number }): RunFigures[] {
  const rng = new Rng(o.seed);
  return Array.from({ length: n }, (_, i) => ({
    modelSlot: slot,
    status: i < Math.round(n * o.success) ? 'succeeded' : 'failed',
    createdAt: new Date('2026-12-01T10:00:00Z'),
    latencyMs: Math.round(o.latencyMs * (0.6 + 0.8 * rng.next())),
    toolCalls: 4,
    inputTokens: Math.round(o.tokens * (0.7 + 0.6 * rng.next())),
    outputTokens: 100,
    costUsd: o.costUsd * (0.7 + 0.6 * rng.next()),
  }));
}

function answers(slot: 'A' | 'B', n: number, hallucinations: number, costUsd: number): AnswerFigure[] {
  return Array.from({ length: n }, (_, i) => ({ modelSlot: slot, verdict: i < hallucinations ? 'hallucination' : 'grounded', costUsd: costUsd * (1 + (i % 5) / 10) }));
}

const byFigure = (vs: FigureVerdict[]) => Object.fromEntries(vs.map((v) => [v.figure, v])) as Record<VerdictFigure, FigureVerdict>;

describe('A/B verdicts', () => {
  it('a clear win: Model B is cheaper and faster, Model A succeeds more often and hallucinates less', () => {
    const v = byFigure(
      computeVerdicts(
        { A: runs('A', 40, { seed: 1, success: 0.95, latencyMs: 8000, costUsd: 0.021, tokens: 4000 }), B: runs('B', 38, { seed: 2, success: 0.6, latencyMs: 3000, costUsd: 0.01, tokens: 2000 }) },
        { A: answers('A', 60, 3, 0.004), B: answers('B', 60, 24, 0.002) },
      ),
    );
    expect(v.cost_per_workflow).toMatchObject({ status: 'different', winner: 'B', samples: { A: 40, B: 38 } });
    expect(v.cost_per_workflow.sentence).toMatch(/^Model B is 2\.\d× cheaper per workflow \(95 % CI \d\.\d-\d\.\d×, 40 vs 38 runs\)\.$/);
    expect(v.cost_per_workflow.low! * v.cost_per_workflow.high!).toBeGreaterThan(0);
    expect(v.cost_per_workflow.high).toBeLessThan(1);
    expect(v.latency_p50).toMatchObject({ status: 'different', winner: 'B' });
    expect(v.latency_p50.sentence).toMatch(/^Model B is 2\.\d× faster at p50/);
    expect(v.latency_p95).toMatchObject({ status: 'different', winner: 'B' });
    expect(v.tokens_per_workflow.sentence).toMatch(/^Model B uses 1\.9\d× fewer tokens per workflow \(95 % CI 1\.\d\d-2\.\d\d×, 40 vs 38 runs\)\.$/);
    expect(v.success_rate).toMatchObject({ status: 'different', winner: 'A' });
    expect(v.success_rate.sentence).toBe('Model B succeeds less often (95 % vs 61 %, −34 points, 95 % CI −51 to −16 points, 40 vs 38 runs).');
    expect(v.hallucination_rate).toMatchObject({ status: 'different', winner: 'A' });
    expect(v.hallucination_rate.sentence).toMatch(/^Model B hallucinates more often \(5 % vs 40 %, \+35 points/);
    expect(v.cost_per_answer).toMatchObject({ status: 'different', winner: 'B', samples: { A: 60, B: 60 } });
    expect(v.cost_per_answer.sentence).toMatch(/^Model B is 2\.0× cheaper per answer .*60 vs 60 answers\)\.$/);
  });

  it('a clear tie: the same models over many runs are the same within 10 points / 10 %', () => {
    const same = { success: 0.9, latencyMs: 5000, costUsd: 0.01, tokens: 3000 };
    const v = byFigure(computeVerdicts({ A: runs('A', 600, { seed: 1, ...same }), B: runs('B', 600, { seed: 2, ...same }) }, { A: answers('A', 400, 40, 0.003), B: answers('B', 400, 44, 0.003) }));
    for (const f of ['success_rate', 'hallucination_rate', 'latency_p50', 'latency_p95', 'cost_per_workflow', 'tokens_per_workflow', 'cost_per_answer'] as const) {
      expect(v[f], f).toMatchObject({ status: 'tie', winner: null });
    }
    expect(v.success_rate.sentence).toMatch(/^Success rates are the same within 10 points \(90 % vs 90 %, 95 % CI −\d to \+\d points, 600 vs 600 runs\)\.$/);
    expect(v.cost_per_workflow.sentence).toMatch(/^Costs per workflow are the same within 10 % \(95 % CI 0\.9\d-1\.0\d× of Model A's, 600 vs 600 runs\)\.$/);
  });

  it('too few samples: no interval, the sentence says how many are needed', () => {
    const v = byFigure(
      computeVerdicts({ A: runs('A', 4, { seed: 1, success: 1, latencyMs: 100, costUsd: 0.01, tokens: 10 }), B: runs('B', 12, { seed: 2, success: 0, latencyMs: 900, costUsd: 0.1, tokens: 10 }) }, { A: [], B: answers('B', 3, 1, 0.1) }),
    );
    for (const f of Object.values(v)) expect(f, f.figure).toMatchObject({ status: 'too_few', winner: null, estimate: null, low: null, high: null });
    expect(v.success_rate.sentence).toBe('Too few runs to compare success rates yet (4 vs 12 runs; at least 5 each are needed).');
    expect(v.hallucination_rate.sentence).toBe('Too few checked answers to compare hallucination rates yet (0 vs 3 checked answers; at least 5 each are needed).');
    expect(v.latency_p95.moreEach).toBe(16);
    expect(v.cost_per_workflow.sentence).toBe('Too few runs to compare costs per workflow yet (4 vs 12 runs; at least 10 each are needed).');
  });

  it('not yet distinguishable: a few runs each, with a rough count of how many more would tell', () => {
    const v = rateVerdict({ figure: 'success_rate', label: 'success rates', unit: 'runs', higherIsBetter: true, more: 'succeeds more often', less: 'succeeds less often', A: { hits: 10, n: 12 }, B: { hits: 7, n: 9 } });
    expect(v).toMatchObject({ status: 'undecided', winner: null });
    expect(v.low).toBeLessThan(0);
    expect(v.high).toBeGreaterThan(0);
    // 83 % vs 78 %: 80 % power for a 10-point difference takes 7.85 × (0.139 + 0.173) / 0.01 ≈ 245 per model; 9 are there, 236 more, rounded up.
    expect(v.moreEach).toBe(240);
    expect(v.sentence).toBe('Success rates not yet distinguishable (83 % vs 78 %, 12 vs 9 runs; about 240 more each would show a 10-point difference).');
  });

  it('cancelled runs do not count for the success rate, unchecked answers not for the hallucination rate', () => {
    const cancelled = (slot: 'A' | 'B'): RunFigures => ({ ...runs(slot, 1, { seed: 3, success: 1, latencyMs: 1, costUsd: 0, tokens: 0 })[0]!, status: 'cancelled' });
    const base = { seed: 4, success: 0.5, latencyMs: 100, costUsd: 0.01, tokens: 10 };
    const v = byFigure(
      computeVerdicts(
        { A: [...runs('A', 9, base), cancelled('A')], B: runs('B', 20, base) },
        { A: [...answers('A', 9, 0, 0.01), { modelSlot: 'A', verdict: null, costUsd: null }], B: answers('B', 20, 0, 0.01) },
      ),
    );
    expect(v.success_rate.samples).toEqual({ A: 9, B: 20 });
    expect(v.hallucination_rate.samples).toEqual({ A: 9, B: 20 });
    expect(v.latency_p50.samples).toEqual({ A: 10, B: 20 });
  });

  it('rounds "about N" to two significant digits, upwards', () => {
    expect([roughCount(3), roughCount(19.2), roughCount(57), roughCount(231), roughCount(4012)]).toEqual([3, 20, 57, 240, 4100]);
  });
});
