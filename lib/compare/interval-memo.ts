import 'server-only';
import type { PrismaClient } from '@/lib/db';
import { processSingleton } from '@/lib/runtime';
import { bootstrapRatios, pointRatio, type Interval } from './statistics';
import type { BootstrapFigures } from './verdicts';

/**
 * The bootstrap intervals of a sampled report (24 h and 7 days, where the
 * verdicts resample a ~4 000-value stratified sample per model), computed once
 * per range and hour window and reused until the window moves: a later
 * request in the same hour takes the current sample's estimate and the
 * interval's spread around it (low/estimate, high/estimate) from the first.
 * Within an hour the sample changes only by the raw edges' share (the
 * aggregated hours' part is fixed), which moves the spread less than the
 * bootstrap's own resampling noise; the 1 000 resamples were half of such a
 * request (15-30 ms of CPU). A sample whose size moved by more than
 * SIZE_DRIFT, or an interval that cannot be rescaled, is bootstrapped afresh.
 */
const SIZE_DRIFT = 0.1;
const ENTRIES_PER_DATABASE = 4;

interface Entry {
  sizes: Array<[number, number]>;
  spreads: Array<{ low: number; high: number } | null>;
}

type Memo = WeakMap<PrismaClient, Map<string, Entry>>;
const memo = () => processSingleton<Memo>('compare-interval-memo', () => new WeakMap());
const near = (n: number, m: number) => Math.abs(n - m) <= SIZE_DRIFT * m;

/** A bootstrap for verdictsFromSamples that reuses the intervals of `key` (range and hour window) of this database. */
export function intervalsPerWindow(prisma: PrismaClient, key: string): (figures: BootstrapFigures) => Array<Interval | null> {
  return (figures) => {
    let entries = memo().get(prisma);
    if (!entries) memo().set(prisma, (entries = new Map()));
    const hit = entries.get(key);
    if (hit && hit.sizes.length === figures.length && figures.every((f, i) => near(f.a.length, hit.sizes[i]![0]) && near(f.b.length, hit.sizes[i]![1]))) {
      let usable = true;
      const reused = figures.map((f, i) => {
        const spread = hit.spreads[i];
        const estimate = pointRatio(f.a, f.b, f.stat);
        // Null then and now (an empty side, Model A's statistic 0): still null; any other change, bootstrap again.
        if (!spread) usable &&= estimate === null;
        else usable &&= estimate !== null && estimate > 0;
        return spread && estimate ? { estimate, low: estimate * spread.low, high: estimate * spread.high } : null;
      });
      if (usable) return reused;
    }
    const intervals = bootstrapRatios(figures);
    entries.set(key, {
      sizes: figures.map((f) => [f.a.length, f.b.length]),
      spreads: intervals.map((r) => (r && r.estimate > 0 ? { low: r.low / r.estimate, high: r.high / r.estimate } : null)),
    });
    while (entries.size > ENTRIES_PER_DATABASE) entries.delete(entries.keys().next().value!);
    return intervals;
  };
}
