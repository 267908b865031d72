import { describe, expect, it } from 'vitest';
import { decodeSketch, encodeSketch, mergeInto, nearestRankQuantile, newSketch, quantile, RELATIVE_ACCURACY, SketchCounts } from './sketch';

/** Deterministic PRNG (mulberry32) so a failure can be reproduced. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Log-normal latencies (ms) with a slow tail: what real request times look like. */
function latencies(n: number, seed: number): number[] {
  const random = rng(seed);
  return Array.from({ length: n }, () => {
    const u = Math.max(random(), 1e-12);
    const v = random();
    const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return Math.exp(3.5 + 0.9 * normal) + (random() < 0.02 ? 2000 * random() : 0);
  });
}

/** The exact quantile: the smallest value with at least q·n values at or below it. */
function exact(sorted: number[], q: number): number {
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
}

describe('latency sketch', () => {
  it.each([1, 2, 3, 4, 5])('p50, p95 and p99 are within 1 %% of the exact values (seed %i)', (seed) => {
    const values = latencies(50_000, seed);
    const sketch = newSketch();
    for (const v of values) sketch.accept(v);
    const sorted = [...values].sort((a, b) => a - b);
    for (const q of [0.5, 0.95, 0.99]) {
      const expected = exact(sorted, q);
      const actual = quantile(sketch, q)!;
      expect(Math.abs(actual - expected) / expected).toBeLessThanOrEqual(0.01);
    }
  });

  it('merging sketches of parts equals one sketch of the whole, also after a database round trip', () => {
    const values = latencies(30_000, 42);
    const whole = newSketch();
    const merged = newSketch();
    const parts = [newSketch(), newSketch(), newSketch()];
    values.forEach((v, i) => {
      whole.accept(v);
      parts[i % 3]!.accept(v);
    });
    for (const part of parts) mergeInto(merged, decodeSketch(encodeSketch(part)));
    expect(merged.count).toBe(values.length);
    for (const q of [0.5, 0.95, 0.99]) expect(quantile(merged, q)).toBeCloseTo(quantile(whole, q)!, 9);
    expect(merged.min).toBe(Math.min(...values));
    expect(merged.max).toBe(Math.max(...values));
  });

  it('answers null when empty and keeps zero durations', () => {
    const sketch = newSketch();
    expect(quantile(sketch, 0.95)).toBeNull();
    sketch.accept(0);
    sketch.accept(10);
    const copy = decodeSketch(encodeSketch(sketch));
    expect(copy.count).toBe(2);
    expect(quantile(copy, 0.5)).toBe(0);
    expect(quantile(copy, 1)).toBeCloseTo(10, 1);
  });

  it.each([1, 2, 3])('the nearest-rank quantile of merged parts is within the stated accuracy of the exact nearest rank (seed %i)', (seed) => {
    // Whole milliseconds with ties and zeros, in uneven parts (an hour's rows each), as the Compare report merges them.
    const random = rng(seed);
    const values = latencies(3_000, seed).map((v) => (random() < 0.01 ? 0 : Math.round(v)));
    const merged = newSketch();
    // The report's bin sums: stored parts and single raw values, added up.
    const counts = new SketchCounts();
    let at = 0;
    while (at < values.length) {
      const part = newSketch();
      const size = 1 + Math.floor(random() * 300);
      const slice = values.slice(at, at + size);
      for (const v of slice) part.accept(v);
      mergeInto(merged, decodeSketch(encodeSketch(part)));
      if (random() < 0.2) for (const v of slice) counts.accept(v);
      else counts.addEncoded(encodeSketch(part));
      at += size;
    }
    const sorted = [...values].sort((a, b) => a - b);
    expect(counts.count).toBe(values.length);
    for (const q of [0, 0.01, 0.25, 0.5, 0.9, 0.95, 0.99, 1]) {
      const expected = exact(sorted, q);
      expect(Math.abs(nearestRankQuantile(merged, q)! - expected), `q ${q}`).toBeLessThanOrEqual(RELATIVE_ACCURACY * expected);
      expect(counts.quantile(q), `q ${q}`).toBe(nearestRankQuantile(merged, q));
    }
  });

  it('the nearest-rank quantile is exact at the extremes of a few values, and null when empty', () => {
    expect(nearestRankQuantile(newSketch(), 0.5)).toBeNull();
    expect(new SketchCounts().quantile(0.5)).toBeNull();
    const sketch = newSketch();
    for (const v of [0, 0, 120, 4_000]) sketch.accept(v);
    // Ranks: q·n rounded up, as percentile_disc: 0.5 of 4 is the 2nd value, 0.95 the 4th.
    expect(nearestRankQuantile(sketch, 0.5)).toBe(0);
    expect(nearestRankQuantile(sketch, 0.95)).toBe(4_000);
    expect(Math.abs(nearestRankQuantile(sketch, 0.75)! - 120)).toBeLessThanOrEqual(120 * RELATIVE_ACCURACY);
  });
});
