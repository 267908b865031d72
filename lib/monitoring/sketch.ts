import { LogCollapsingLowestDenseDDSketch } from '@datadog/sketches-js';

/**
 * Latency percentiles with bounded memory and a relative-error guarantee:
 * a DDSketch (Datadog's mergeable quantile sketch). Every quantile it answers
 * is within RELATIVE_ACCURACY of the true value, sketches of different
 * windows or replicas merge exactly, and the bin limit caps memory (the
 * lowest bins collapse first, which only blurs sub-microsecond latencies).
 */
export const RELATIVE_ACCURACY = 0.005;
const BIN_LIMIT = 2048;

export type LatencySketch = LogCollapsingLowestDenseDDSketch;

export function newSketch(): LatencySketch {
  return new LogCollapsingLowestDenseDDSketch({ relativeAccuracy: RELATIVE_ACCURACY, binLimit: BIN_LIMIT });
}

/** The value at quantile q (0..1), or null for an empty sketch. */
export function quantile(sketch: LatencySketch, q: number): number | null {
  if (sketch.count === 0) return null;
  // The sketch answers the bin's representative value; clamp to what was seen.
  const value = sketch.getValueAtQuantile(q);
  return Math.min(Math.max(value, sketch.min), sketch.max);
}

export function mergeInto(target: LatencySketch, source: LatencySketch): void {
  if (source.count > 0) target.merge(source);
}

/**
 * Compact JSON for the database (`monitoring_rollups.sketch`). The library's
 * own protobuf encoding needs an undeclared dependency and drops min/max, so
 * the non-empty bins are written as [firstKey, counts…] instead.
 */
interface EncodedSketch {
  v: 1;
  n: number;
  s: number;
  mn: number;
  mx: number;
  z: number;
  k: number;
  b: number[];
}

export function encodeSketch(sketch: LatencySketch): string {
  const store = sketch.store;
  const bins: number[] = [];
  let firstKey = 0;
  if (store.count > 0) {
    firstKey = store.minKey;
    for (let key = store.minKey; key <= store.maxKey; key += 1) bins.push(store.bins[key - store.offset] ?? 0);
  }
  const encoded: EncodedSketch = {
    v: 1,
    n: sketch.count,
    s: sketch.sum,
    mn: sketch.count ? sketch.min : 0,
    mx: sketch.count ? sketch.max : 0,
    z: sketch.zeroCount,
    k: firstKey,
    b: bins,
  };
  return JSON.stringify(encoded);
}

export function decodeSketch(text: string): LatencySketch {
  const sketch = newSketch();
  const e = JSON.parse(text) as EncodedSketch;
  if (e.v !== 1) throw new Error(`unknown sketch encoding ${String(e.v)}`);
  e.b.forEach((count, i) => {
    if (count > 0) sketch.store.add(e.k + i, count);
  });
  sketch.zeroCount = e.z;
  sketch.count = e.n;
  sketch.sum = e.s;
  if (e.n > 0) {
    sketch.min = e.mn;
    sketch.max = e.mx;
  }
  return sketch;
}

/**
 * The nearest-rank quantile (the value of rank ceil(q·n), as percentile() in
 * lib/compare and PostgreSQL's percentile_disc), within RELATIVE_ACCURACY of
 * the true one: the bin holding that rank is found exactly, and every value in
 * a bin is that close to its representative. Null for an empty sketch.
 */
export function nearestRankQuantile(sketch: LatencySketch, q: number): number | null {
  if (sketch.count === 0) return null;
  const rank = Math.min(sketch.count - 1, Math.max(0, Math.ceil(q * sketch.count) - 1));
  if (rank < sketch.zeroCount) return 0;
  const value = sketch.mapping.value(sketch.store.keyAtRank(rank - sketch.zeroCount));
  return Math.min(Math.max(value, sketch.min), sketch.max);
}
