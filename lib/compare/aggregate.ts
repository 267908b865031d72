import type { BucketRunAggregate, RunFigures, SlotRunAggregate } from '@/lib/agent';
import type { ModelSlot } from '@/lib/models/types';
import type { ComparisonPoint, WorkflowComparison } from './types';
import { round } from '@/lib/figures';

/** Nearest-rank percentile of unsorted values (q in 0..1); null when empty. */
export function percentile(values: number[], q: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

const mean = (values: number[], digits = 1) => (values.length ? round(values.reduce((a, b) => a + b, 0) / values.length, digits) : null);

function successRate(runs: RunFigures[]): number | null {
  // Cancelled runs, and those a crashed replica abandoned, say nothing about the model.
  const judged = runs.filter((r) => r.status !== 'cancelled' && r.status !== 'abandoned');
  return judged.length ? round((100 * judged.filter((r) => r.status === 'succeeded').length) / judged.length, 1) : null;
}

/** One model's workflow figures. */
export function summarizeRuns(runs: RunFigures[]): WorkflowComparison {
  const latencies = runs.map((r) => r.latencyMs).filter((v): v is number => v !== null);
  const cost = runs.reduce((sum, r) => sum + r.costUsd, 0);
  return {
    runs: runs.length,
    succeeded: runs.filter((r) => r.status === 'succeeded').length,
    failed: runs.filter((r) => r.status === 'failed' || r.status === 'error').length,
    cancelled: runs.filter((r) => r.status === 'cancelled').length,
    successRatePct: successRate(runs),
    latencyP50Ms: percentile(latencies, 0.5),
    latencyP95Ms: percentile(latencies, 0.95),
    avgToolCalls: mean(runs.map((r) => r.toolCalls)),
    avgInputTokens: mean(runs.map((r) => r.inputTokens), 0),
    avgOutputTokens: mean(runs.map((r) => r.outputTokens), 0),
    avgCostUsd: runs.length ? round(cost / runs.length, 6) : null,
    totalCostUsd: round(cost, 6),
  };
}

/** Runs per model. Slots other than A and B (none today) are left out. */
export function bySlot(runs: RunFigures[]): Record<ModelSlot, RunFigures[]> {
  return { A: runs.filter((r) => r.modelSlot === 'A'), B: runs.filter((r) => r.modelSlot === 'B') };
}

/**
 * Buckets of `bucketMs` from `from` to `to` (every bucket present, empty ones
 * with nulls, so the charts show gaps rather than joining distant points).
 */
export function comparisonSeries(runs: RunFigures[], from: Date, to: Date, bucketMs: number): ComparisonPoint[] {
  const start = Math.floor(from.getTime() / bucketMs) * bucketMs;
  const count = Math.max(1, Math.ceil((to.getTime() - start) / bucketMs));
  const buckets = Array.from({ length: count }, () => ({ A: [] as RunFigures[], B: [] as RunFigures[] }));
  for (const r of runs) {
    const i = Math.floor((r.createdAt.getTime() - start) / bucketMs);
    if (i < 0 || i >= count || (r.modelSlot !== 'A' && r.modelSlot !== 'B')) continue;
    buckets[i]![r.modelSlot].push(r);
  }
  return buckets.map((b, i) => {
    const lat = (rs: RunFigures[]) => rs.map((r) => r.latencyMs).filter((v): v is number => v !== null);
    return {
      t: new Date(start + i * bucketMs).toISOString(),
      A_runs: b.A.length,
      B_runs: b.B.length,
      A_p50: percentile(lat(b.A), 0.5),
      A_p95: percentile(lat(b.A), 0.95),
      B_p50: percentile(lat(b.B), 0.5),
      B_p95: percentile(lat(b.B), 0.95),
      A_success: successRate(b.A),
      B_success: successRate(b.B),
    };
  });
}

/** One model's workflow figures from the database's aggregate (summarizeRuns' figures, rounded the same way); undefined: no runs. */
export function summarizeAggregate(a: SlotRunAggregate | undefined): WorkflowComparison {
  if (!a) return summarizeRuns([]);
  return {
    runs: a.runs,
    succeeded: a.succeeded,
    failed: a.failed,
    cancelled: a.cancelled,
    successRatePct: a.judged ? round((100 * a.succeeded) / a.judged, 1) : null,
    latencyP50Ms: a.latencyP50Ms,
    latencyP95Ms: a.latencyP95Ms,
    avgToolCalls: a.avgToolCalls === null ? null : round(a.avgToolCalls, 1),
    avgInputTokens: a.avgInputTokens === null ? null : round(a.avgInputTokens, 0),
    avgOutputTokens: a.avgOutputTokens === null ? null : round(a.avgOutputTokens, 0),
    avgCostUsd: a.runs ? round(a.totalCostUsd / a.runs, 6) : null,
    totalCostUsd: round(a.totalCostUsd, 6),
  };
}

/** comparisonSeries' points from per-bucket aggregates (bucket 0 holds `from`). */
export function seriesFromAggregates(buckets: BucketRunAggregate[], from: Date, to: Date, bucketMs: number): ComparisonPoint[] {
  const start = Math.floor(from.getTime() / bucketMs) * bucketMs;
  const count = Math.max(1, Math.ceil((to.getTime() - start) / bucketMs));
  const cells = Array.from({ length: count }, () => ({}) as Partial<Record<ModelSlot, BucketRunAggregate>>);
  for (const b of buckets) {
    if (b.bucket < 0 || b.bucket >= count || (b.modelSlot !== 'A' && b.modelSlot !== 'B')) continue;
    cells[b.bucket]![b.modelSlot] = b;
  }
  const success = (b: BucketRunAggregate | undefined) => (b?.judged ? round((100 * b.succeeded) / b.judged, 1) : null);
  return cells.map((c, i) => ({
    t: new Date(start + i * bucketMs).toISOString(),
    A_runs: c.A?.runs ?? 0,
    B_runs: c.B?.runs ?? 0,
    A_p50: c.A?.latencyP50Ms ?? null,
    A_p95: c.A?.latencyP95Ms ?? null,
    B_p50: c.B?.latencyP50Ms ?? null,
    B_p95: c.B?.latencyP95Ms ?? null,
    A_success: success(c.A),
    B_success: success(c.B),
  }));
}
