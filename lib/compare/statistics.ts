/**
 * Confidence intervals for comparing two models (pure, browser-safe).
 *
 * Rates use Wilson score intervals and, for the difference of two rates,
 * Newcombe's hybrid score interval (method 10 of Newcombe 1998), which keeps
 * its coverage for small samples and rates near 0 or 1 where the textbook
 * normal interval does not. Latency, token and cost figures use a percentile
 * bootstrap of the ratio B / A with a seeded generator, so the same runs give
 * the same interval on every request and every replica.
 */
import { Rng } from '@/lib/random';

/** The two-sided 95 % normal quantile. */
export const Z95 = 1.959963984540054;
/** The one-sided normal quantile for 80 % power, for sample-size estimates. */
const Z_POWER80 = 0.8416212335729143;

export interface Interval {
  estimate: number;
  low: number;
  high: number;
}

/** Wilson score interval of `successes` out of `n` (null without trials). */
export function wilsonInterval(successes: number, n: number, z = Z95): Interval | null {
  if (n <= 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { estimate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** Newcombe's hybrid score interval for p1 - p2 (proportions, not percent); null when a side has no trials. */
export function newcombeDifference(x1: number, n1: number, x2: number, n2: number, z = Z95): Interval | null {
  const a = wilsonInterval(x1, n1, z);
  const b = wilsonInterval(x2, n2, z);
  if (!a || !b) return null;
  const d = a.estimate - b.estimate;
  return {
    estimate: d,
    low: d - Math.sqrt((a.estimate - a.low) ** 2 + (b.high - b.estimate) ** 2),
    high: d + Math.sqrt((a.high - a.estimate) ** 2 + (b.estimate - b.low) ** 2),
  };
}

/**
 * Trials per group for a two-sided 5 % test with 80 % power to detect a
 * difference of `delta` between rates around `p1` and `p2` (the usual normal
 * approximation; rough by design, it only says "about N").
 */
export function sampleSizeForRates(p1: number, p2: number, delta: number): number {
  // Rates of exactly 0 or 1 would claim no variance at all: assume a little.
  const v = (p: number) => Math.max(p * (1 - p), 0.05 * 0.95);
  return Math.ceil(((Z95 + Z_POWER80) ** 2 * (v(p1) + v(p2))) / (delta * delta));
}

/** What a bootstrap resample computes: the mean, or a nearest-rank quantile (as the tables show). */
export type Statistic = { kind: 'mean' } | { kind: 'quantile'; q: number };

/** The statistic of values sorted ascending. */
function statisticOf(sorted: Float64Array, stat: Statistic): number {
  const n = sorted.length;
  if (stat.kind === 'quantile') return sorted[Math.min(n - 1, Math.max(0, Math.ceil(stat.q * n) - 1))]!;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i]!;
  return sum / n;
}

/** stat(b) / stat(a), as bootstrapRatio's estimate; null when a side is empty or Model A's statistic is 0. */
export function pointRatio(a: number[], b: number[], stat: Statistic): number | null {
  if (!a.length || !b.length) return null;
  const pointA = statisticOf(Float64Array.from(a).sort(), stat);
  return pointA === 0 ? null : statisticOf(Float64Array.from(b).sort(), stat) / pointA;
}

/**
 * One resample of `m` draws from `n` values, as the drawn indices. Keeping the
 * m indices rather than a count per value makes a resample O(m) whatever n is:
 * a 5 000-run week resampled 400 draws at a time no longer walks 5 000 counts
 * per resample (that walk was most of a /api/compare request).
 */
function resampleIndices(n: number, m: number, rng: Rng, draws: Uint32Array): Uint32Array {
  for (let i = 0; i < m; i++) draws[i] = Math.floor(rng.next() * n);
  return draws;
}

/** The k-th smallest (0-based) of draws[0..m) (Hoare's quickselect, in place: O(m) on average). */
function selectKth(draws: Uint32Array, m: number, k: number): number {
  let lo = 0;
  let hi = m - 1;
  while (lo < hi) {
    const pivot = draws[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (draws[i]! < pivot) i++;
      while (draws[j]! > pivot) j--;
      if (i <= j) {
        const t = draws[i]!;
        draws[i] = draws[j]!;
        draws[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return draws[k]!;
  }
  return draws[k]!;
}

export interface BootstrapOptions {
  resamples?: number;
  seed?: number;
  /** Draws per resample at most (see bootstrapRatio); Infinity for the plain bootstrap. */
  maxDraws?: number;
}

export const BOOTSTRAP_RESAMPLES = 1_000;
export const BOOTSTRAP_SEED = 20_261_201;
/**
 * A report holds up to 5 000 runs and 5 000 answers: drawing all of them
 * 1 000 times for five figures took seconds on a busy server. Larger samples
 * are resampled with this many draws and the spread rescaled (below).
 */
export const BOOTSTRAP_MAX_DRAWS = 400;

/**
 * The statistic of one resample given its m drawn indices (the mean over the
 * draws; the quantile by rank among them). Values are sorted, so the value of
 * rank r among the draws is the value at the r-th smallest drawn index. A
 * quantile reorders `draws` (the multiset stays), so means read them first.
 */
function statisticOfDraws(sorted: Float64Array, draws: Uint32Array, m: number, stat: Statistic): number {
  if (stat.kind === 'mean') {
    let sum = 0;
    for (let i = 0; i < m; i++) sum += sorted[draws[i]!]!;
    return sum / m;
  }
  const rank = Math.min(m - 1, Math.max(0, Math.ceil(stat.q * m) - 1));
  return sorted[selectKth(draws, m, rank)]!;
}

/**
 * Percentile-bootstrap 95 % interval of stat(b) / stat(a). Null when a side
 * is empty or Model A's statistic is 0 (no ratio to speak of); resamples
 * whose A side comes out 0 are left out.
 *
 * A side with more than `maxDraws` values is resampled m = maxDraws at a time
 * (the m-out-of-n bootstrap) and its log-scale deviation from the estimate
 * shrunk by √(m/n), since the spread of a mean or a quantile falls with √n;
 * the unit tests check this against the plain bootstrap.
 */
export function bootstrapRatio(a: number[], b: number[], stat: Statistic, options: BootstrapOptions = {}): Interval | null {
  return bootstrapRatios([{ a, b, stat }], options)[0]!;
}

/** A standard normal variate (Box-Muller, one of the pair). */
function normal(rng: Rng): number {
  const u = 1 - rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}

/** A Gamma(shape, 1) variate for shape ≥ 1 (Marsaglia and Tsang's squeeze; rejects about 2 % of tries). */
function gamma(shape: number, rng: Rng): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(rng);
    const t = 1 + c * x;
    if (t <= 0) continue;
    const v = t * t * t;
    const u = rng.next();
    if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * The index of the k-th smallest (1-based) of m indices drawn uniformly from
 * 0..n-1, drawn directly: the k-th smallest of m uniforms is Beta(k, m-k+1),
 * and floor(n·u) is monotone, so floor(n·Beta) has exactly the distribution of
 * the drawn index. A handful of generator calls instead of m draws and a
 * selection among them.
 */
export function orderStatisticIndex(n: number, m: number, k: number, rng: Rng): number {
  const x = gamma(k, rng);
  const y = gamma(m - k + 1, rng);
  return Math.min(n - 1, Math.floor((n * x) / (x + y)));
}

interface Prepared {
  index: number;
  sa: Float64Array;
  sb: Float64Array;
  stat: Statistic;
  pointA: number;
  pointB: number;
  rescale: boolean;
  ratios: number[];
}

/**
 * The bootstrap of a quantile ratio: each resample's quantile of m draws is
 * the value at the drawn rank's index, drawn directly (orderStatisticIndex),
 * so a resample costs a few generator calls whatever m is; the same
 * distribution as drawing the m indices (the unit tests compare the two).
 */
function quantileInterval(f: Prepared, q: number, resamples: number, maxDraws: number, seed: number): Interval | null {
  const { sa, sb, rescale } = f;
  const ma = rescale ? Math.min(sa.length, maxDraws) : sa.length;
  const mb = rescale ? Math.min(sb.length, maxDraws) : sb.length;
  const scaleA = Math.sqrt(Math.min(sa.length, maxDraws) / sa.length);
  const scaleB = Math.sqrt(Math.min(sb.length, maxDraws) / sb.length);
  const rank = (m: number) => Math.min(m - 1, Math.max(0, Math.ceil(q * m) - 1)) + 1;
  const [ka, kb] = [rank(ma), rank(mb)];
  const rng = new Rng(seed);
  for (let i = 0; i < resamples; i++) {
    const ra = sa[orderStatisticIndex(sa.length, ma, ka, rng)]!;
    const rb = sb[orderStatisticIndex(sb.length, mb, kb, rng)]!;
    if (!rescale) {
      if (ra !== 0) f.ratios.push(rb / ra);
    } else if (ra > 0 && rb > 0) {
      f.ratios.push((f.pointB / f.pointA) * Math.exp(scaleB * Math.log(rb / f.pointB) - scaleA * Math.log(ra / f.pointA)));
    }
  }
  if (!f.ratios.length) return null;
  const ratios = f.ratios.sort((x, y) => x - y);
  const at = (p: number) => ratios[Math.min(ratios.length - 1, Math.max(0, Math.round(p * (ratios.length - 1))))]!;
  return { estimate: f.pointB / f.pointA, low: at(0.025), high: at(0.975) };
}

/**
 * bootstrapRatio of several figures at once, each interval exactly what
 * bootstrapRatio gives it alone. Every call starts the generator from the same
 * seed, so figures with as many values on each side (and the same rescaling)
 * draw the same indices: they share one stream of draws (a report's p50 and
 * p95 of the same latencies, its tokens and cost of the same runs), which
 * halves the draws of a report.
 */
export function bootstrapRatios(figures: Array<{ a: number[]; b: number[]; stat: Statistic }>, options: BootstrapOptions = {}): Array<Interval | null> {
  const resamples = options.resamples ?? BOOTSTRAP_RESAMPLES;
  const maxDraws = options.maxDraws ?? BOOTSTRAP_MAX_DRAWS;
  const results: Array<Interval | null> = figures.map(() => null);
  const groups = new Map<string, Prepared[]>();
  figures.forEach(({ a, b, stat }, index) => {
    if (!a.length || !b.length) return;
    const sa = Float64Array.from(a).sort();
    const sb = Float64Array.from(b).sort();
    const pointA = statisticOf(sa, stat);
    const pointB = statisticOf(sb, stat);
    if (pointA === 0) return;
    // Rescaling works on logs: only when both statistics are positive (always so for latency and cost).
    const rescale = (Math.min(sa.length, maxDraws) < sa.length || Math.min(sb.length, maxDraws) < sb.length) && pointA > 0 && pointB > 0;
    const prepared: Prepared = { index, sa, sb, stat, pointA, pointB, rescale, ratios: [] };
    if (stat.kind === 'quantile') {
      results[index] = quantileInterval(prepared, stat.q, resamples, maxDraws, options.seed ?? BOOTSTRAP_SEED);
      return;
    }
    const key = `${sa.length}/${sb.length}/${rescale}`;
    groups.set(key, [...(groups.get(key) ?? []), prepared]);
  });
  for (const group of groups.values()) {
    // Means before quantiles: a quantile reorders the draws, and a mean summed in another order could differ in its last bit.
    group.sort((x, y) => Number(x.stat.kind !== 'mean') - Number(y.stat.kind !== 'mean'));
    const { sa, sb, rescale } = group[0]!;
    const ma = rescale ? Math.min(sa.length, maxDraws) : sa.length;
    const mb = rescale ? Math.min(sb.length, maxDraws) : sb.length;
    const scaleA = Math.sqrt(Math.min(sa.length, maxDraws) / sa.length);
    const scaleB = Math.sqrt(Math.min(sb.length, maxDraws) / sb.length);
    const rng = new Rng(options.seed ?? BOOTSTRAP_SEED);
    const da = new Uint32Array(ma);
    const db = new Uint32Array(mb);
    for (let i = 0; i < resamples; i++) {
      resampleIndices(sa.length, ma, rng, da);
      resampleIndices(sb.length, mb, rng, db);
      for (const f of group) {
        const ra = statisticOfDraws(f.sa, da, ma, f.stat);
        const rb = statisticOfDraws(f.sb, db, mb, f.stat);
        if (!rescale) {
          if (ra !== 0) f.ratios.push(rb / ra);
        } else if (ra > 0 && rb > 0) {
          f.ratios.push((f.pointB / f.pointA) * Math.exp(scaleB * Math.log(rb / f.pointB) - scaleA * Math.log(ra / f.pointA)));
        }
      }
    }
    for (const f of group) {
      if (!f.ratios.length) continue;
      const ratios = f.ratios.sort((x, y) => x - y);
      const at = (q: number) => ratios[Math.min(ratios.length - 1, Math.max(0, Math.round(q * (ratios.length - 1))))]!;
      results[f.index] = { estimate: f.pointB / f.pointA, low: at(0.025), high: at(0.975) };
    }
  }
  return results;
}
