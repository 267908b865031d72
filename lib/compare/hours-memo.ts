import 'server-only';
import type { PrismaClient } from '@/lib/db';
import { processSingleton } from '@/lib/runtime';
import type { HoursSum } from './hourly';

/**
 * The summed aggregated hours of the 24 h and 7 day reports, kept per
 * database and window. Sealed hour rows never change (the rollup writes an
 * hour once; a prune deletes whole rows), so a window's sum is the same until
 * the rollup covers another hour or a prune removes one, and both change the
 * key (readWindowState's version). It is not the shared cache (CACHE_ENABLED):
 * that one serves figures up to a TTL old, this one only ever returns what the
 * rows would give, and still costs the report one round trip to check.
 * Reading and summing a week's 670 rows each time was a third of a request.
 */
const ENTRIES_PER_DATABASE = 4;

type Memo = WeakMap<PrismaClient, Map<string, HoursSum>>;
const memo = () => processSingleton<Memo>('compare-hours-memo', () => new WeakMap());

export async function memoisedHours(prisma: PrismaClient, key: string, compute: () => Promise<HoursSum>): Promise<HoursSum> {
  let entries = memo().get(prisma);
  if (!entries) memo().set(prisma, (entries = new Map()));
  const hit = entries.get(key);
  if (hit) return hit;
  const sum = await compute();
  entries.set(key, sum);
  // A window moves on every hour: the oldest keys are never asked for again.
  while (entries.size > ENTRIES_PER_DATABASE) entries.delete(entries.keys().next().value!);
  return sum;
}
