import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { listAnswerFiguresSince, listRunFiguresSince } from '@/lib/agent';
import { loadComparison, type ComparisonReport, type WorkflowComparison } from '@/lib/compare';
import { bySlot, comparisonSeries, summarizeRuns } from '@/lib/compare/aggregate';
import { listAskAnswerFiguresSince } from '@/lib/compare/ask-store';
import { HOUR_SAMPLE, readCoverage, rollupCompareHours, SEAL_GRACE_MS } from '@/lib/compare/rollup-store';
import { COMPARE_RANGES } from '@/lib/compare/types';
import { computeVerdicts } from '@/lib/compare/verdicts';
import { db } from '@/lib/db';
import { Scheduler } from '@/lib/jobs';
import { databaseLeases } from '@/lib/jobs/lease';
import { pruneRetention } from '@/lib/jobs/retention';
import { RELATIVE_ACCURACY } from '@/lib/monitoring';
import { Rng } from '@/lib/random';
import { BACKENDS } from '../support/backends';
import { useBackend } from '../support/use-env';

const HOUR_MS = 3600_000;
const DAY_MS = 24 * HOUR_MS;
const STATUSES = ['succeeded', 'succeeded', 'succeeded', 'failed', 'error', 'cancelled', 'abandoned'] as const;
const VERDICTS = ['grounded', 'unverified', 'hallucination', null] as const;

/** A sketch's latency within its accuracy of the exact nearest-rank one (the report rounds to whole ms). */
function expectLatencyClose(actual: number | null, exact: number | null, what: string) {
  if (exact === null) return expect(actual, what).toBeNull();
  expect(actual, what).not.toBeNull();
  expect(Math.abs(actual! - exact), `${what}: ${actual} vs ${exact}`).toBeLessThanOrEqual(RELATIVE_ACCURACY * exact + 0.5);
}

function expectWorkflowsMatch(actual: WorkflowComparison, exact: WorkflowComparison, what: string) {
  const { latencyP50Ms, latencyP95Ms, ...counts } = actual;
  const { latencyP50Ms: p50, latencyP95Ms: p95, ...exactCounts } = exact;
  expect(counts, what).toEqual(exactCounts);
  expectLatencyClose(latencyP50Ms, p50, `${what} p50`);
  expectLatencyClose(latencyP95Ms, p95, `${what} p95`);
}

/** The report must be what the rows give: counts and verdicts exact, percentiles within the sketch's accuracy. */
async function expectReportFromRows(report: ComparisonReport, at: Date, bucketMs: number) {
  const from = new Date(report.from);
  const [runs, chat, asked] = await Promise.all([listRunFiguresSince(from, 1e6), listAnswerFiguresSince(from, 1e6), listAskAnswerFiguresSince(from, 1e6)]);
  const slots = bySlot(runs);
  const answers = [...chat, ...asked];
  expectWorkflowsMatch(report.models.A.workflows, summarizeRuns(slots.A), `${report.range} A`);
  expectWorkflowsMatch(report.models.B.workflows, summarizeRuns(slots.B), `${report.range} B`);
  const series = comparisonSeries(runs, from, at, bucketMs);
  expect(report.series.length).toBe(series.length);
  report.series.forEach((point, i) => {
    const exact = series[i]!;
    expect({ t: point.t, A_runs: point.A_runs, B_runs: point.B_runs, A_success: point.A_success, B_success: point.B_success }).toEqual({ t: exact.t, A_runs: exact.A_runs, B_runs: exact.B_runs, A_success: exact.A_success, B_success: exact.B_success });
    for (const k of ['A_p50', 'A_p95', 'B_p50', 'B_p95'] as const) expectLatencyClose(point[k], exact[k], `${report.range} ${point.t} ${k}`);
  });
  // Few enough rows that every value is in the hours' samples: the verdicts are exactly the rows'.
  expect(report.verdicts).toEqual(computeVerdicts(slots, { A: answers.filter((a) => a.modelSlot === 'A'), B: answers.filter((a) => a.modelSlot === 'B') }));
  expect(report.truncated).toBe(false);
}

/**
 * The 24 h and 7 day reports read full hours from compare_*_hours (written by
 * the compare.rollup job) and only the edges from the rows: on both backends
 * they must give what the rows alone give, before any rollup, with a rollup
 * that lags, and after two replicas shared it.
 */
describe.each(BACKENDS)('the Compare report from hourly aggregates on %s', (_name, create) => {
  useBackend(create, { env: { CACHE_ENABLED: 'false' }, singletons: ['shared-cache'] });

  it('equals the report from the rows, whatever the rollup has covered, and the rollup is safe to share', async () => {
    const prisma = await db();
    const rng = new Rng(11);
    const now = Date.now();
    // Eight days of runs (older than the week too), another slot, runs without latency, every status, one still running.
    await prisma.workflowRun.createMany({
      data: Array.from({ length: 900 }, (_, i) => {
        const slot = i % 29 === 0 ? 'C' : rng.chance(0.5) ? 'A' : 'B';
        const status = STATUSES[i % STATUSES.length]!;
        return {
          id: randomUUID(),
          createdAt: new Date(now - Math.floor(rng.next() * 8 * DAY_MS)),
          modelSlot: slot,
          modelId: `sim-${slot}`,
          scenario: 'health-check',
          goal: 'g',
          status,
          latencyMs: i % 17 === 0 ? null : rng.int(0, 5_000),
          toolCalls: rng.int(0, 6),
          inputTokens: rng.int(100, 3_000),
          outputTokens: rng.int(10, 700),
          costUsd: rng.next() / 1_000,
          servicesAffected: [],
          instanceId: 'test',
        };
      }),
    });
    const running = { id: randomUUID(), createdAt: new Date(now - 3 * HOUR_MS), modelSlot: 'A', modelId: 'sim-A', scenario: 'health-check', goal: 'g', status: 'running', servicesAffected: [], instanceId: 'test' };
    await prisma.workflowRun.create({ data: running });
    const answerAt = () => new Date(now - Math.floor(rng.next() * 8 * DAY_MS));
    await prisma.chatMessage.createMany({
      data: Array.from({ length: 500 }, (_, i) => ({
        sessionId: 'agg',
        createdAt: answerAt(),
        role: i % 10 === 0 ? 'user' : 'assistant',
        content: 'x',
        modelSlot: i % 13 === 0 ? null : rng.chance(0.5) ? 'A' : 'B',
        verdict: VERDICTS[i % VERDICTS.length]!,
        costUsd: i % 11 === 0 ? null : rng.next() / 1_000,
      })),
    });
    await prisma.askAnswer.createMany({
      data: Array.from({ length: 200 }, (_, i) => ({
        id: randomUUID(),
        createdAt: answerAt(),
        prompt: 'p',
        modelSlot: i % 2 ? 'A' : 'B',
        modelId: 'm',
        text: 't',
        latencyMs: 10,
        inputTokens: 1,
        outputTokens: 1,
        costUsd: rng.next() / 1_000,
        verdict: VERDICTS[i % VERDICTS.length]!,
      })),
    });
    const hourly = COMPARE_RANGES.filter((r) => r.id === '24h' || r.id === '7d');
    const check = async () => {
      for (const spec of hourly) {
        const at = new Date();
        await expectReportFromRows(await loadComparison(spec.id, at), at, spec.bucketMs);
      }
    };

    // An upgraded database before its first rollup: every row read raw.
    expect(await readCoverage(prisma)).toBeNull();
    await check();

    // A rollup two days behind (the backfill's first pass): the rest is read raw.
    await rollupCompareHours(prisma, now - 2 * DAY_MS);
    const behind = (await readCoverage(prisma))!;
    expect(behind.from.getTime()).toBeLessThanOrEqual(now - 7 * DAY_MS);
    expect(behind.to.getTime()).toBe(Math.floor((now - 2 * DAY_MS - SEAL_GRACE_MS) / HOUR_MS) * HOUR_MS);
    await check();

    // Two replicas run the job at once through their schedulers: one holds the lease, the other stands by.
    const { rollupComparison } = await import('@/lib/compare');
    const replicas = ['replica-a', 'replica-b'].map((instanceId) => {
      const s = new Scheduler({ instanceId, failureThreshold: 3, leases: databaseLeases });
      s.register({ name: 'compare.rollup', title: 'Compare hourly aggregates', intervalMs: 300_000, singleton: true, run: () => rollupComparison() });
      return s;
    });
    const outcomes = await Promise.all(replicas.map((s) => s.runNow('compare.rollup')));
    expect(outcomes.sort()).toEqual(['standby', 'success']);
    // And two that overlap anyway (a lease lost mid-run) write the same rows, once.
    await Promise.all([rollupCompareHours(prisma), rollupCompareHours(prisma)]);
    const covered = (await readCoverage(prisma))!;
    // The hour of the run still running is not sealed: the coverage stops before it.
    expect(covered.to.getTime()).toBe(Math.floor(running.createdAt.getTime() / HOUR_MS) * HOUR_MS);
    const stored = await prisma.compareRunHour.findMany();
    expect(stored.reduce((n, h) => n + h.runs, 0)).toBe(await prisma.workflowRun.count({ where: { status: { not: 'running' }, createdAt: { lt: covered.to } } }));
    expect(Math.max(...stored.map((h) => h.sampleLatencies.length))).toBeLessThanOrEqual(HOUR_SAMPLE);
    await check();

    // The run ends: its hour is sealed at the next run, and the report still matches.
    await prisma.workflowRun.update({ where: { id: running.id }, data: { status: 'succeeded', latencyMs: 1_234, finishedAt: new Date() } });
    await rollupCompareHours(prisma);
    expect((await readCoverage(prisma))!.to.getTime()).toBe(Math.floor((Date.now() - SEAL_GRACE_MS) / HOUR_MS) * HOUR_MS);
    await check();
    const week = await loadComparison('7d');
    expect(week.models.A.workflows.runs + week.models.B.workflows.runs).toBeGreaterThan(600);
    expect(week.verdicts.find((v) => v.figure === 'latency_p95')!.status).not.toBe('too_few');
    // The covered hours are read from the aggregates, not the rows: rows gone from the middle of the week still count.
    const gone = await prisma.workflowRun.deleteMany({ where: { createdAt: { gte: new Date(now - 5 * DAY_MS), lt: new Date(now - 3 * DAY_MS) } } });
    expect(gone.count).toBeGreaterThan(100);
    const after = await loadComparison('7d');
    expect({ A: after.models.A.workflows, B: after.models.B.workflows }).toEqual({ A: week.models.A.workflows, B: week.models.B.workflows });

    // Retention prunes the aggregates with the rows they count (whole hours past it).
    const jobs = { failureThreshold: 3, resourcesIntervalMs: 5_000, retentionIntervalMs: 60_000, workflowRetentionDays: 5, fleetLogRetentionHours: 48, softDeleteRetentionDays: 30, auditRetentionDays: 90, chatRetentionDays: 6 };
    await pruneRetention(jobs, now);
    const oldest = await prisma.compareRunHour.aggregate({ _min: { hour: true } });
    expect(oldest._min.hour!.getTime()).toBeGreaterThan(now - 5 * DAY_MS - HOUR_MS);
    const chatOldest = await prisma.compareAnswerHour.aggregate({ where: { source: 'chat' }, _min: { hour: true } });
    expect(chatOldest._min.hour!.getTime()).toBeGreaterThan(now - 6 * DAY_MS - HOUR_MS);
    expect(chatOldest._min.hour!.getTime()).toBeLessThan(now - 5 * DAY_MS);
  });
});
