import { describe, expect, it } from 'vitest';
import { Rng } from '@/lib/random';
import { bootstrapRatio, bootstrapRatios, newcombeDifference, orderStatisticIndex, sampleSizeForRates, wilsonInterval } from './statistics';

const rounded = (i: { estimate: number; low: number; high: number } | null, digits = 4) =>
  i && [i.estimate, i.low, i.high].map((v) => Number(v.toFixed(digits)));

describe('Wilson score interval', () => {
  it('matches published reference values', () => {
    // 81/263 (Wilson's and Newcombe's worked example); 15/148 and 0/20 from Newcombe 1998, table I.
    expect(rounded(wilsonInterval(81, 263))).toEqual([0.308, 0.2553, 0.3662]);
    expect(rounded(wilsonInterval(15, 148))).toEqual([0.1014, 0.0624, 0.1605]);
    expect(rounded(wilsonInterval(0, 20))).toEqual([0, 0, 0.1611]);
    expect(rounded(wilsonInterval(20, 20))).toEqual([1, 0.8389, 1]);
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});

describe("Newcombe's hybrid score interval for a difference of proportions", () => {
  it("matches Newcombe's 1998 examples (method 10)", () => {
    expect(rounded(newcombeDifference(56, 70, 48, 80))).toEqual([0.2, 0.0524, 0.3339]);
    expect(rounded(newcombeDifference(9, 10, 3, 10))).toEqual([0.6, 0.1705, 0.809]);
    expect(rounded(newcombeDifference(5, 56, 0, 29))).toEqual([0.0893, -0.0381, 0.1926]);
    expect(newcombeDifference(1, 1, 0, 0)).toBeNull();
  });

  it('is antisymmetric: swapping the groups mirrors the interval', () => {
    const ab = newcombeDifference(56, 70, 48, 80)!;
    const ba = newcombeDifference(48, 80, 56, 70)!;
    expect(ba.low).toBeCloseTo(-ab.high, 12);
    expect(ba.high).toBeCloseTo(-ab.low, 12);
  });
});

describe('sample size for two rates', () => {
  it('gives the textbook figure for 50 % vs 60 % (about 385 each at 80 % power)', () => {
    expect(sampleSizeForRates(0.5, 0.6, 0.1)).toBe(385);
    // Rates at 0 or 1 still need some samples.
    expect(sampleSizeForRates(1, 1, 0.1)).toBeGreaterThan(50);
  });
});

describe('bootstrap of a ratio', () => {
  const draw = (seed: number, n: number, scale: number) => {
    const rng = new Rng(seed);
    return Array.from({ length: n }, () => scale * (0.5 + rng.next()));
  };

  it('is deterministic: the same data gives the same interval', () => {
    const a = draw(1, 40, 100);
    const b = draw(2, 38, 50);
    expect(bootstrapRatio(a, b, { kind: 'mean' })).toEqual(bootstrapRatio([...a].reverse(), b, { kind: 'mean' }));
    expect(bootstrapRatio(a, b, { kind: 'mean' }, { seed: 7 })).not.toEqual(bootstrapRatio(a, b, { kind: 'mean' }, { seed: 8 }));
  });

  it('covers the true ratio and excludes 1 for a halved cost', () => {
    const r = bootstrapRatio(draw(1, 200, 0.02), draw(2, 200, 0.01), { kind: 'mean' })!;
    expect(r.low).toBeLessThan(0.5);
    expect(r.high).toBeGreaterThan(0.5);
    expect(r.high).toBeLessThan(0.6);
    expect(r.estimate).toBeCloseTo(0.5, 1);
  });

  it('uses nearest-rank quantiles, as the tables do', () => {
    const a = Array.from({ length: 100 }, (_, i) => i + 1);
    const b = a.map((v) => v * 3);
    const r = bootstrapRatio(a, b, { kind: 'quantile', q: 0.95 })!;
    expect(r.estimate).toBe(3);
    expect(r.low).toBeLessThanOrEqual(3);
    expect(r.high).toBeGreaterThanOrEqual(3);
  });

  it('has no ratio when a side is empty or Model A is all zeros', () => {
    expect(bootstrapRatio([], [1], { kind: 'mean' })).toBeNull();
    expect(bootstrapRatio([0, 0, 0], [1, 2, 3], { kind: 'mean' })).toBeNull();
  });

  it('bootstraps several figures at once exactly as one at a time, whether they share their draws or not', () => {
    const a = draw(1, 900, 1000);
    const b = draw(2, 700, 900);
    const small = draw(3, 30, 10);
    const figures = [
      { a, b, stat: { kind: 'quantile', q: 0.95 } },
      { a: a.map((v) => v / 7), b: b.map((v) => v * 2), stat: { kind: 'mean' } },
      { a, b, stat: { kind: 'quantile', q: 0.5 } },
      // Its own lengths: its own stream of draws.
      { a: small, b: draw(4, 25, 12), stat: { kind: 'mean' } },
      // As many values as the first, but no rescaling (Model B's median is 0): every value drawn, its own stream.
      { a, b: b.map((v, i) => (i < 500 ? 0 : v)), stat: { kind: 'quantile', q: 0.5 } },
      { a: [], b, stat: { kind: 'mean' } },
      { a: small.map(() => 0), b: small, stat: { kind: 'mean' } },
    ] as const;
    const together = bootstrapRatios(figures.map((f) => ({ a: [...f.a], b: [...f.b], stat: f.stat })));
    const alone = figures.map((f) => bootstrapRatio([...f.a], [...f.b], f.stat));
    expect(together).toEqual(alone);
    expect(together.filter((r) => r !== null)).toHaveLength(5);
  });

  // How much faster it is belongs to the benchmarks, not to a test on a shared machine.
  it('resamples large sides with fewer draws and a rescaled spread, close to the plain bootstrap', () => {
    const a = draw(1, 5000, 1000);
    const b = draw(2, 5000, 900);
    for (const stat of [{ kind: 'mean' }, { kind: 'quantile', q: 0.5 }, { kind: 'quantile', q: 0.95 }] as const) {
      const plain = bootstrapRatio(a, b, stat, { maxDraws: Infinity })!;
      const fast = bootstrapRatio(a, b, stat)!;
      expect(fast.estimate).toBe(plain.estimate);
      // The interval's half-widths agree within a fifth, and its ends within half a percent of the ratio.
      const width = (i: typeof plain) => i.high - i.low;
      expect(Math.abs(width(fast) - width(plain)) / width(plain), stat.kind).toBeLessThan(0.2);
      expect(Math.abs(fast.low - plain.low) / plain.estimate).toBeLessThan(0.005);
      expect(Math.abs(fast.high - plain.high) / plain.estimate).toBeLessThan(0.005);
    }
  });

  it('draws a quantile resample\'s order statistic directly with the distribution of drawing every index', () => {
    // The reference: m indices drawn one by one, the quantile's rank among them (what the bootstrap did before).
    const reference = (a: number[], b: number[], q: number, resamples: number) => {
      const rng = new Rng(99);
      const [sa, sb] = [[...a].sort((x, y) => x - y), [...b].sort((x, y) => x - y)];
      const quantileOf = (sorted: number[]) => {
        const drawn = Array.from({ length: sorted.length }, () => sorted[Math.floor(rng.next() * sorted.length)]!).sort((x, y) => x - y);
        return drawn[Math.max(0, Math.ceil(q * drawn.length) - 1)]!;
      };
      const ratios = Array.from({ length: resamples }, () => quantileOf(sb) / quantileOf(sa)).sort((x, y) => x - y);
      return { low: ratios[Math.round(0.025 * (resamples - 1))]!, high: ratios[Math.round(0.975 * (resamples - 1))]! };
    };
    // Model A constant: the ratio's spread is Model B's resampled quantile alone (a shared bias would cancel in a ratio).
    const a = Array.from({ length: 300 }, () => 1000);
    const b = draw(6, 300, 900);
    for (const q of [0.5, 0.95]) {
      const direct = bootstrapRatio(a, b, { kind: 'quantile', q }, { resamples: 4_000 })!;
      const drawn = reference(a, b, q, 4_000);
      // Monte Carlo error only: the ends agree within 2 % of the ratio.
      expect(Math.abs(direct.low - drawn.low) / direct.estimate, `q ${q} low`).toBeLessThan(0.02);
      expect(Math.abs(direct.high - drawn.high) / direct.estimate, `q ${q} high`).toBeLessThan(0.02);
      expect(direct.high - direct.low).toBeGreaterThan(0);
    }
  });

  it.each([
    [50, 20, 19],
    [1000, 400, 200],
    [1000, 400, 380],
    [30, 30, 1],
  ])('the direct order statistic of %i values, %i draws, rank %i has the mean and spread of the drawn one', (n, m, k) => {
    const trials = 20_000;
    const direct = new Rng(1);
    const drawn = new Rng(2);
    const stats = (xs: number[]) => {
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
      return { mean, sd: Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length) };
    };
    const d = stats(Array.from({ length: trials }, () => orderStatisticIndex(n, m, k, direct)));
    const r = stats(
      Array.from({ length: trials }, () => {
        const indices = Array.from({ length: m }, () => Math.floor(drawn.next() * n)).sort((x, y) => x - y);
        return indices[k - 1]!;
      }),
    );
    // Both estimate the same mean and spread: they agree within a few standard errors.
    const se = Math.max(r.sd, 0.5) / Math.sqrt(trials);
    expect(Math.abs(d.mean - r.mean), 'mean').toBeLessThan(5 * se * Math.SQRT2);
    expect(Math.abs(d.sd - r.sd) / Math.max(r.sd, 0.5), 'sd').toBeLessThan(0.04);
  });
});
