import { db } from '@/lib/db';
import { rollupCompareHours } from './rollup-store';

/** The `compare.rollup` job's run: aggregates the hours sealed since its last run (the first run backfills). */
export async function rollupComparison(now = Date.now()): Promise<string> {
  return rollupCompareHours(await db(), now);
}
