import { processSingleton } from '@/lib/runtime';
import { recordDbQueryDuration } from './metrics';
import { round } from '@/lib/figures';

const CAPACITY = 2_000;

export interface DbQueryStats {
  /** Queries in the window. */
  count: number;
  avg_ms: number | null;
  p95_ms: number | null;
  window_sec: number;
}

/** Durations of recent database queries (Prisma's `db_query` spans: PostgreSQL and PGlite alike), newest last. */
function ring(): { at: number[]; ms: number[]; next: number; size: number } {
  return processSingleton('db-query-times', () => ({ at: new Array<number>(CAPACITY), ms: new Array<number>(CAPACITY), next: 0, size: 0 }));
}

export function recordDbQuery(endMs: number, durationMs: number): void {
  const r = ring();
  r.at[r.next] = endMs;
  r.ms[r.next] = durationMs;
  r.next = (r.next + 1) % CAPACITY;
  r.size = Math.min(CAPACITY, r.size + 1);
  // Exported as a histogram, so PromQL takes quantiles across replicas (the console keeps its own p95).
  recordDbQueryDuration(durationMs);
}

/** Average and p95 of the queries that ended within the last `windowMs` (at most the last 2,000). */
export function dbQueryStats(windowMs = 300_000, now = Date.now()): DbQueryStats {
  const r = ring();
  const values: number[] = [];
  for (let i = 0; i < r.size; i += 1) if (now - r.at[i]! <= windowMs) values.push(r.ms[i]!);
  if (!values.length) return { count: 0, avg_ms: null, p95_ms: null, window_sec: windowMs / 1000 };
  values.sort((a, b) => a - b);
  const avg = values.reduce((s, v) => s + v, 0) / values.length;
  const p95 = values[Math.min(values.length - 1, Math.ceil(0.95 * values.length) - 1)]!;
  return { count: values.length, avg_ms: round(avg, 1), p95_ms: round(p95, 1), window_sec: windowMs / 1000 };
}
