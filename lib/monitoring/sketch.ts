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
export interface EncodedSketch {
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

export function parseSketch(text: string): EncodedSketch {
  const e = JSON.parse(text) as EncodedSketch;
  if (e.v !== 1) throw new Error(`unknown sketch encoding ${String(e.v)}`);
  return e;
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

/**
 * Many encoded sketches (and single values) added up as bin counts, for a
 * report merging hundreds of stored ones: decoding each into a DDSketch and
 * merging them took tens of milliseconds for a week of hourly rows, adding
 * their bins to a map a few. Same mapping, so the same bins and the same
 * nearest-rank answer as merging the sketches (nearestRankQuantile).
 */
export class SketchCounts {
  private readonly mapping = newSketch().mapping;
  // Dense counts from key `offset` on (keys of one latency range are a few thousand apart at most).
  private bins = new Float64Array(0);
  private offset = 0;
  private zero = 0;
  count = 0;
  private min = Infinity;
  private max = -Infinity;

  private ensure(lo: number, hi: number): void {
    if (this.bins.length && lo >= this.offset && hi < this.offset + this.bins.length) return;
    const from = this.bins.length ? Math.min(lo, this.offset) : lo;
    const to = this.bins.length ? Math.max(hi, this.offset + this.bins.length - 1) : hi;
    const grown = new Float64Array(Math.max(to - from + 1, 2 * this.bins.length));
    if (this.bins.length) grown.set(this.bins, this.offset - from);
    this.bins = grown;
    this.offset = from;
  }

  /** An independent copy (a memoised sum the caller goes on adding to). */
  clone(): SketchCounts {
    const copy = new SketchCounts();
    copy.bins = this.bins.slice();
    copy.offset = this.offset;
    copy.zero = this.zero;
    copy.count = this.count;
    copy.min = this.min;
    copy.max = this.max;
    return copy;
  }

  /** A stored sketch: its text, or parseSketch's answer when it is added to several sums. */
  addEncoded(encoded: string | EncodedSketch): void {
    const e = typeof encoded === 'string' ? parseSketch(encoded) : encoded;
    if (e.n === 0) return;
    if (e.b.length) {
      this.ensure(e.k, e.k + e.b.length - 1);
      const at = e.k - this.offset;
      for (let i = 0; i < e.b.length; i++) this.bins[at + i]! += e.b[i]!;
    }
    this.zero += e.z;
    this.count += e.n;
    this.min = Math.min(this.min, e.mn);
    this.max = Math.max(this.max, e.mx);
  }

  accept(value: number): void {
    if (value > this.mapping.minPossible) {
      const key = this.mapping.key(value);
      this.ensure(key, key);
      this.bins[key - this.offset]! += 1;
    } else this.zero += 1;
    this.count += 1;
    this.min = Math.min(this.min, value);
    this.max = Math.max(this.max, value);
  }

  /** As nearestRankQuantile: within RELATIVE_ACCURACY of the value of rank ceil(q·n); null when empty. */
  quantile(q: number): number | null {
    if (this.count === 0) return null;
    const rank = Math.min(this.count - 1, Math.max(0, Math.ceil(q * this.count) - 1));
    if (rank < this.zero) return 0;
    let seen = this.zero;
    let value = this.max;
    for (let i = 0; i < this.bins.length; i++) {
      seen += this.bins[i]!;
      if (seen > rank) {
        value = this.mapping.value(i + this.offset);
        break;
      }
    }
    return Math.min(Math.max(value, this.min), this.max);
  }
}
