import { db, Prisma } from '@/lib/db';
import type { LoadTestPoint, LoadTestRunView, LoadTestScenario, LoadTestStatus } from './types';

type Row = Prisma.LoadTestRunGetPayload<object>;

export function toRunView(row: Row): LoadTestRunView {
  return {
    id: row.id,
    scenario: row.scenario as LoadTestScenario,
    status: row.status as LoadTestStatus,
    startedAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString(),
    users: row.users,
    durationSec: row.durationSec,
    targetRps: row.targetRps,
    elapsedSec: row.elapsedSec,
    requests: row.requests,
    errors: row.errors,
    timeouts: row.timeouts,
    statusCounts: { '2xx': row.status2xx, '4xx': row.status4xx, '429': row.status429, '5xx': row.status5xx },
    rps: row.rps,
    avgLatencyMs: row.latencyAvgMs,
    p50LatencyMs: row.latencyP50Ms,
    p95LatencyMs: row.latencyP95Ms,
    p99LatencyMs: row.latencyP99Ms,
    maxLatencyMs: row.latencyMaxMs,
    timeline: (row.timeline as LoadTestPoint[] | null) ?? [],
    startedByAdmin: row.startedByAdmin,
    error: row.error ?? undefined,
  };
}

export async function createRunRow(run: LoadTestRunView, sessionId: string | undefined): Promise<void> {
  const prisma = await db();
  await prisma.loadTestRun.create({
    data: {
      id: run.id,
      createdAt: new Date(run.startedAt),
      sessionId,
      startedByAdmin: run.startedByAdmin,
      scenario: run.scenario,
      users: run.users,
      durationSec: run.durationSec,
      targetRps: run.targetRps,
      status: 'running',
    },
  });
}

export async function finishRunRow(run: LoadTestRunView): Promise<void> {
  const prisma = await db();
  await prisma.loadTestRun.update({
    where: { id: run.id },
    data: {
      status: run.status,
      finishedAt: run.finishedAt ? new Date(run.finishedAt) : new Date(),
      elapsedSec: run.elapsedSec,
      requests: run.requests,
      errors: run.errors,
      timeouts: run.timeouts,
      status2xx: run.statusCounts['2xx'],
      status4xx: run.statusCounts['4xx'],
      status429: run.statusCounts['429'],
      status5xx: run.statusCounts['5xx'],
      rps: run.rps,
      latencyAvgMs: run.avgLatencyMs,
      latencyP50Ms: run.p50LatencyMs,
      latencyP95Ms: run.p95LatencyMs,
      latencyP99Ms: run.p99LatencyMs,
      latencyMaxMs: run.maxLatencyMs,
      timeline: JSON.parse(JSON.stringify(run.timeline)) as Prisma.InputJsonValue,
      error: run.error,
    },
  });
}

/** Stored runs, newest first. */
export async function listLoadTestRuns(limit = 20): Promise<LoadTestRunView[]> {
  const prisma = await db();
  const rows = await prisma.loadTestRun.findMany({ orderBy: { createdAt: 'desc' }, take: Math.min(Math.max(limit, 1), 100) });
  return rows.map(toRunView);
}

/** When a session started runs since `since`, oldest first (its per-hour budget). */
export async function sessionRunsSince(sessionId: string, since: Date): Promise<Date[]> {
  const prisma = await db();
  const rows = await prisma.loadTestRun.findMany({ where: { sessionId, createdAt: { gte: since } }, orderBy: { createdAt: 'asc' }, select: { createdAt: true }, take: 1000 });
  return rows.map((r) => r.createdAt);
}

/**
 * Rows left "running" by a process that stopped mid-run: anything started before
 * `olderThan` (longer ago than the longest run allowed) cannot still be running.
 */
export async function abandonStaleLoadTests(olderThan: Date): Promise<number> {
  const prisma = await db();
  const { count } = await prisma.loadTestRun.updateMany({
    where: { status: 'running', createdAt: { lt: olderThan } },
    data: { status: 'error', error: 'The server stopped while this load test was running.', finishedAt: new Date() },
  });
  return count;
}
