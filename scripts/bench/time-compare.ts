// Where a cache-missed /api/compare (24 h, 7 days) spends its time, on a seeded
// database: each query of the report and its compute timed on their own, then
// loadComparison whole, N times each (median and p95), in wall time and in this
// process's CPU time (less sensitive to what else the machine runs; PGlite's
// queries count in it, PostgreSQL's do not).
//   DATABASE_URL=postgresql://… npx tsx --conditions=react-server scripts/bench/time-compare.ts [--runs 20]
//   AIMON_DATA_DIR=dir          npx tsx --conditions=react-server scripts/bench/time-compare.ts [--whole]
import { parseArgs } from 'node:util';
import { db } from '../../lib/db';
import { loadComparison } from '../../lib/compare/load-comparison';
import { HOUR_MS, readCoverage, readHours, readRawEdges } from '../../lib/compare/rollup-store';
import { reportFromHours } from '../../lib/compare/hourly';
import { verdictsFromSamples } from '../../lib/compare/verdicts';
import { COMPARE_RANGES, type CompareRange } from '../../lib/compare/types';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '20' }, whole: { type: 'boolean', default: false } } });
const RUNS = Number(values.runs);
/** --whole: loadComparison alone, without the parts timed in between. */
const WHOLE = values.whole;

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
  return `p50 ${at(0.5).toFixed(1)} p95 ${at(0.95).toFixed(1)} max ${s[s.length - 1]!.toFixed(1)}`;
};

async function time<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const t = performance.now();
  const v = await fn();
  return [performance.now() - t, v];
}

async function main() {
  const prisma = await db();
  for (const range of ['24h', '7d'] as CompareRange[]) {
    const spec = COMPARE_RANGES.find((r) => r.id === range)!;
    const t: Record<string, number[]> = { coverage: [], hours: [], edges: [], report: [], verdicts: [], whole: [], wholeCpu: [] };
    for (let i = 0; i < RUNS + 2; i++) {
      const now = new Date();
      const from = new Date(now.getTime() - spec.ms);
      if (WHOLE) {
        const cpu = process.cpuUsage();
        const [tw] = await time(() => loadComparison(range, now));
        const used = process.cpuUsage(cpu);
        if (i >= 2) t.whole!.push(tw), t.wholeCpu!.push((used.user + used.system) / 1000);
        continue;
      }
      const [tc, coverage] = await time(() => readCoverage(prisma));
      const firstFull = Math.ceil(from.getTime() / HOUR_MS) * HOUR_MS;
      const lastFull = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
      const aggFrom = coverage ? Math.max(firstFull, coverage.from.getTime()) : firstFull;
      const aggTo = coverage ? Math.min(lastFull, coverage.to.getTime()) : aggFrom;
      const [th, hours] = await time(() => readHours(prisma, new Date(aggFrom), new Date(aggTo), 4_000));
      const [te, raw] = await time(() => readRawEdges(prisma, from, new Date(aggFrom), new Date(aggTo), 5_000));
      const [tr, report] = await time(() => reportFromHours({ runHours: hours.runs, answerHours: hours.answers, rawRuns: raw.runs, rawAnswers: raw.answers }, from, now, spec.bucketMs, 4_000));
      const [tv] = await time(() => verdictsFromSamples(report.runSamples, report.answerSamples));
      const cpu = process.cpuUsage();
      const [tw] = await time(() => loadComparison(range, now));
      const used = process.cpuUsage(cpu);
      t.wholeCpu!.push((used.user + used.system) / 1000);
      if (i < 2) {
        t.wholeCpu!.pop();
        continue;
      }
      t.coverage!.push(tc); t.hours!.push(th); t.edges!.push(te); t.report!.push(tr); t.verdicts!.push(tv); t.whole!.push(tw);
      if (i === 2) console.log(range, `hours ${hours.runs.length}+${hours.answers.length} rows, raw ${raw.runs.length} runs ${raw.answers.length} answers, coverage ${coverage?.from.toISOString()}..${coverage?.to.toISOString()}`);
    }
    for (const [k, v] of Object.entries(t)) if (v.length) console.log(range, k.padEnd(9), stats(v));
  }
  process.exit(0);
}
void main();
