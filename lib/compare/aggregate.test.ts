import { describe, expect, it } from 'vitest';
import type { RunFigures, RunStatus } from '@/lib/agent';
import { bySlot, comparisonSeries, percentile, summarizeRuns } from './aggregate';
import { callFigures } from './load-comparison';

const at = (iso: string) => new Date(`2026-11-25T${iso}Z`);
const run = (slot: string, status: RunStatus, time: string, latencyMs: number | null, extra: Partial<RunFigures> = {}): RunFigures => ({
  modelSlot: slot,
  status,
  createdAt: at(time),
  latencyMs,
  toolCalls: 4,
  inputTokens: 1000,
  outputTokens: 200,
  costUsd: 0.01,
  ...extra,
});

describe('comparison aggregation', () => {
  it('nearest-rank percentiles', () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([5], 0.95)).toBe(5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5)).toBe(5);
    expect(percentile([10, 1, 9, 2, 8, 3, 7, 4, 6, 5], 0.95)).toBe(10);
  });

  it('summarizes one model: success over finished runs (cancelled left out), latency, per-workflow means', () => {
    const runs = [
      run('A', 'succeeded', '10:00:00', 1000, { toolCalls: 2 }),
      run('A', 'failed', '10:01:00', 3000, { toolCalls: 6 }),
      run('A', 'error', '10:02:00', null),
      run('A', 'cancelled', '10:03:00', 500),
    ];
    const s = summarizeRuns(runs);
    expect(s).toMatchObject({ runs: 4, succeeded: 1, failed: 2, cancelled: 1, successRatePct: 33.3, latencyP50Ms: 1000, latencyP95Ms: 3000, avgToolCalls: 4, avgCostUsd: 0.01, totalCostUsd: 0.04 });
    expect(summarizeRuns([])).toMatchObject({ runs: 0, successRatePct: null, latencyP50Ms: null, avgCostUsd: null, totalCostUsd: 0 });
  });

  it('buckets runs by time and model, keeping empty buckets as gaps', () => {
    const runs = [run('A', 'succeeded', '10:00:10', 100), run('B', 'failed', '10:00:50', 900), run('B', 'succeeded', '10:02:30', 300), run('X', 'succeeded', '10:02:30', 1)];
    expect(bySlot(runs).B).toHaveLength(2);
    const series = comparisonSeries(runs, at('10:00:00'), at('10:03:00'), 60_000);
    expect(series.map((p) => [p.t.slice(11, 16), p.A_runs, p.B_runs, p.A_p50, p.B_p95, p.B_success])).toEqual([
      ['10:00', 1, 1, 100, 900, 0],
      ['10:01', 0, 0, null, null, null],
      ['10:02', 0, 1, null, 300, 100],
    ]);
  });

  it('adds up monitoring figures reported under the slot or the model id, hallucination rate weighted by checks', () => {
    const base = { failed_calls: 0, input_tokens: 0, output_tokens: 0, cost_usd: 0, mean_latency_ms: null, workflows: 0, workflow_success_rate_percent: null, hallucination_checks: 0, hallucination_rate_percent: null };
    const f = callFigures('B', 'sim-fast', {
      since: '2026-11-25T00:00:00.000Z',
      models: [
        { ...base, model: 'B', calls: 3, input_tokens: 300, output_tokens: 30, cost_usd: 0.003, mean_latency_ms: 100 },
        { ...base, model: 'sim-fast', calls: 1, mean_latency_ms: 500, hallucination_checks: 4, hallucination_rate_percent: 50 },
        { ...base, model: 'sim-careful', calls: 9, hallucination_checks: 10, hallucination_rate_percent: 0 },
      ],
    });
    expect(f).toMatchObject({ calls: 4, meanLatencyMs: 200, tokensPerCall: 82.5, costUsd: 0.003, hallucinationChecks: 4, hallucinationRatePct: 50 });
    expect(callFigures('A', 'sim-careful', { since: '', models: [] })).toMatchObject({ calls: 0, meanLatencyMs: null, hallucinationRatePct: null });
  });
});
