import { describe, expect, it } from 'vitest';
import type { PrismaClient } from '@/lib/db';
import { Rng } from '@/lib/random';
import { intervalsPerWindow } from './interval-memo';
import { bootstrapRatios, type Statistic } from './statistics';

const rng = new Rng(11);
const values = (n: number, scale: number) => Array.from({ length: n }, () => scale * (0.5 + rng.next()));
const mean: Statistic = { kind: 'mean' };
const p95: Statistic = { kind: 'quantile', q: 0.95 };
// Only the object's identity matters: it keys the memo per database.
const database = () => ({}) as PrismaClient;

describe('bootstrap intervals reused within a window', () => {
  it('bootstraps once per window, then keeps the spread around the current estimate', () => {
    const prisma = database();
    const first = [
      { a: values(4_000, 1), b: values(4_010, 1.2), stat: mean },
      { a: values(4_000, 100), b: values(4_010, 90), stat: p95 },
    ];
    const fresh = bootstrapRatios(first);
    expect(intervalsPerWindow(prisma, '7d/1')(first)).toEqual(fresh);
    // Later in the hour: a few edge values more, shifted, so the estimate moves.
    const later = first.map((f, i) => ({ ...f, b: [...f.b.slice(0, 3_990), ...values(60, [1.2, 90][i]! * 1.4)] }));
    const reused = intervalsPerWindow(prisma, '7d/1')(later);
    const now = bootstrapRatios(later);
    reused.forEach((r, i) => {
      expect(r!.estimate).toBe(now[i]!.estimate);
      expect(r!.estimate).not.toBe(fresh[i]!.estimate);
      expect(r!.low / r!.estimate).toBeCloseTo(fresh[i]!.low / fresh[i]!.estimate, 12);
      expect(r!.high / r!.estimate).toBeCloseTo(fresh[i]!.high / fresh[i]!.estimate, 12);
      // The rescaled interval is the afresh one's within the bootstrap's noise (a few % of its width).
      expect(Math.abs(r!.low - now[i]!.low)).toBeLessThan(0.2 * (now[i]!.high - now[i]!.low));
      expect(Math.abs(r!.high - now[i]!.high)).toBeLessThan(0.2 * (now[i]!.high - now[i]!.low));
    });
  });

  it('bootstraps again for another window, another database, a sample that grew or an interval that cannot be rescaled', () => {
    const prisma = database();
    const figures = [{ a: values(4_000, 1), b: values(4_000, 1.1), stat: mean }];
    intervalsPerWindow(prisma, '24h/1')(figures);
    // Shifted rather than scaled (a ratio's spread does not move with a scale).
    const shifted = [{ ...figures[0]!, b: figures[0]!.b.map((v) => v + 1) }];
    // The same window and sizes: reused (the spread of the first, so not what a bootstrap of these gives).
    expect(intervalsPerWindow(prisma, '24h/1')(shifted)).not.toEqual(bootstrapRatios(shifted));
    expect(intervalsPerWindow(prisma, '24h/2')(shifted)).toEqual(bootstrapRatios(shifted));
    expect(intervalsPerWindow(database(), '24h/1')(shifted)).toEqual(bootstrapRatios(shifted));
    const grown = [{ ...figures[0]!, a: [...figures[0]!.a, ...values(1_000, 1)] }];
    expect(intervalsPerWindow(prisma, '24h/1')(grown)).toEqual(bootstrapRatios(grown));
    const empty = [{ a: [], b: values(10, 1), stat: mean }];
    expect(intervalsPerWindow(prisma, '24h/3')(empty)).toEqual([null]);
    const filled = [{ a: values(10, 1), b: values(10, 1), stat: mean }];
    expect(intervalsPerWindow(prisma, '24h/3')(filled)).toEqual(bootstrapRatios(filled));
  });
});
