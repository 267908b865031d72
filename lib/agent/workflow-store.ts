import { invalidateCache } from '@/lib/cache';
import { db, jsonColumn, Prisma, withoutNul } from '@/lib/db';
import { readLogArchive, type FleetState } from '@/lib/fleet';
import type { FleetSnapshot, RecordedCall } from './fleet-snapshot';
import type { AgentTool } from './tool-source';
import type { FleetServiceSummary, ReplayMode, RunStatus, WorkflowRunView, WorkflowStepView } from './types';

/** Cached reads derived from finished runs live under this prefix; a run that ends drops them. */
export const RUNS_CACHE_PREFIX = 'runs:';

type RunRow = Prisma.WorkflowRunGetPayload<{ include: { steps: true } }> | Prisma.WorkflowRunGetPayload<object>;

export function toRunView(row: RunRow): WorkflowRunView {
  const steps = 'steps' in row ? row.steps : undefined;
  return {
    id: row.id,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString(),
    modelSlot: row.modelSlot,
    modelId: row.modelId,
    scenario: row.scenario,
    goal: row.goal,
    status: row.status as RunStatus,
    summary: row.summary ?? undefined,
    error: row.error ?? undefined,
    latencyMs: row.latencyMs ?? undefined,
    toolCalls: row.toolCalls,
    inputTokens: row.inputTokens,
    outputTokens: row.outputTokens,
    costUsd: row.costUsd,
    servicesAffected: row.servicesAffected,
    finalFleet: (row.finalFleet as FleetServiceSummary[] | null) ?? undefined,
    traceId: row.traceId ?? undefined,
    replayOf: row.replayOfId ?? undefined,
    replayMode: (row.replayMode as ReplayMode | null) ?? undefined,
    steps: steps?.sort((a, b) => a.index - b.index).map(toStepView),
  };
}

function toStepView(s: Prisma.WorkflowStepGetPayload<object>): WorkflowStepView {
  return {
    index: s.index,
    kind: s.kind as 'model' | 'tool',
    createdAt: s.createdAt.toISOString(),
    durationMs: s.durationMs ?? undefined,
    text: s.text ?? undefined,
    toolName: s.toolName ?? undefined,
    toolCallId: s.toolCallId ?? undefined,
    args: s.args ?? undefined,
    result: s.result ?? undefined,
    isError: s.isError,
    inputTokens: s.inputTokens ?? undefined,
    outputTokens: s.outputTokens ?? undefined,
  };
}

export interface NewRun {
  id: string;
  sessionId?: string;
  modelSlot: string;
  modelId: string;
  scenario: string;
  goal: string;
  traceId?: string;
  instanceId: string;
  replayOfId?: string;
  replayMode?: ReplayMode;
}

/**
 * Creates a running run, and stores its fleet snapshot with it when one is
 * given: one statement either way (an INSERT whose row the snapshot's INSERT
 * names, in one WITH), and the run answered from what was written rather than
 * read back. A run used to cost a Prisma create returning the row and a
 * second insert for its snapshot (profiled on PGlite: ~1.3 ms of Prisma and
 * ~1.5 ms of the database per statement). created_at is UTC wall time, as
 * Prisma writes that timestamp-without-zone column.
 */
export async function createRun(data: NewRun, snapshot?: FleetSnapshot): Promise<WorkflowRunView> {
  const prisma = await db();
  const createdAt = new Date();
  const d = withoutNul(data);
  const insertRun = Prisma.sql`
    INSERT INTO workflow_runs (id, created_at, session_id, model_slot, model_id, scenario, goal, status, services_affected, trace_id, instance_id, last_beat_at, replay_of, replay_mode)
    VALUES (${d.id}, ${createdAt.toISOString()}::timestamp, ${d.sessionId ?? null}, ${d.modelSlot}, ${d.modelId}, ${d.scenario}, ${d.goal}, 'running', '{}'::text[],
      ${d.traceId ?? null}, ${d.instanceId}, ${createdAt}, ${d.replayOfId ?? null}, ${d.replayMode ?? null})`;
  if (snapshot) {
    const { fleet, logsKey } = snapshotColumns(snapshot);
    await prisma.$executeRaw`WITH run AS (${insertRun} RETURNING id)
      INSERT INTO run_fleet_snapshots (run_id, taken_at, fleet, logs_key) SELECT run.id, ${new Date(snapshot.takenAt)}, ${fleet}::jsonb, ${logsKey} FROM run`;
  } else {
    await prisma.$executeRaw(insertRun);
  }
  return {
    id: d.id,
    createdAt: createdAt.toISOString(),
    modelSlot: d.modelSlot,
    modelId: d.modelId,
    scenario: d.scenario,
    goal: d.goal,
    status: 'running',
    toolCalls: 0,
    inputTokens: 0,
    outputTokens: 0,
    costUsd: 0,
    servicesAffected: [],
    traceId: d.traceId,
    replayOf: d.replayOfId,
    replayMode: d.replayMode,
  };
}

/**
 * Stores a run's fleet snapshot: one statement with the JSON as text (through
 * the model API Prisma copied and walked a large value twice more, jsonColumn
 * and then its own parameter encoding: profiled). This app's fleet is a few
 * kB (the tools and the stored state; the log lines stay in the archive the
 * key names); a snapshot asked through the tools is ~80 kB. NULs are replaced
 * as every model write's are (lib/db/nul-safe.ts): JSON.stringify writes a
 * NUL as \u0000, which jsonb refuses, so only a text that has one is walked.
 */
export async function storeSnapshot(runId: string, snapshot: FleetSnapshot): Promise<void> {
  const prisma = await db();
  const { fleet, logsKey } = snapshotColumns(snapshot);
  await prisma.$executeRaw`INSERT INTO run_fleet_snapshots (run_id, taken_at, fleet, logs_key) VALUES (${runId}, ${new Date(snapshot.takenAt)}, ${fleet}::jsonb, ${logsKey})`;
}

function snapshotColumns(snapshot: FleetSnapshot): { fleet: string; logsKey: string | null } {
  const value = 'fleet' in snapshot ? { tools: snapshot.tools, at: snapshot.fleet.at, state: snapshot.fleet.state } : { tools: snapshot.tools, calls: snapshot.calls };
  return { fleet: jsonText(value)!, logsKey: 'fleet' in snapshot ? snapshot.fleet.logsKey : null };
}

/** The fleet snapshot stored with a run, if it has one (runs from before snapshots have none), its archived log lines with it. */
export async function getSnapshot(runId: string): Promise<FleetSnapshot | undefined> {
  const prisma = await db();
  const row = await prisma.runFleetSnapshot.findUnique({ where: { runId } });
  if (!row) return undefined;
  const takenAt = row.takenAt.toISOString();
  const fleet = row.fleet as unknown as { tools: AgentTool[]; calls?: RecordedCall[]; at?: number; state?: FleetState };
  if (fleet.state && row.logsKey) {
    return { takenAt, tools: fleet.tools, fleet: { at: fleet.at!, state: fleet.state, logsKey: row.logsKey, logs: await readLogArchive(row.logsKey) } };
  }
  return { takenAt, tools: fleet.tools, calls: fleet.calls ?? [] };
}

function stepRow(runId: string, step: WorkflowStepView): Prisma.WorkflowStepCreateManyInput {
  return {
    runId,
    index: step.index,
    kind: step.kind,
    // The step's own time, so the stored row and the view the run returns (storedStepView) agree.
    createdAt: new Date(step.createdAt),
    durationMs: step.durationMs === undefined ? undefined : Math.round(step.durationMs),
    text: step.text,
    toolName: step.toolName,
    toolCallId: step.toolCallId,
    args: jsonColumn(step.args),
    result: jsonColumn(step.result),
    isError: step.isError,
    inputTokens: step.inputTokens,
    outputTokens: step.outputTokens,
  };
}

export async function appendStep(runId: string, step: WorkflowStepView): Promise<void> {
  await appendSteps(runId, [step]);
}

/** A JSON value as jsonb text (undefined: SQL NULL), NULs replaced as every model write's are (lib/db/nul-safe.ts). */
function jsonText(value: unknown): string | null {
  if (value === undefined) return null;
  const text = JSON.stringify(value);
  return text.includes('\\u0000') ? JSON.stringify(withoutNul(value)) : text;
}

/**
 * Steps of one run in one INSERT (a model step and the tool calls it made
 * arrive together), their columns as arrays: through the model API a
 * createMany of two steps cost twice a single raw insert in Prisma's own
 * work (profiled on PGlite), and a run stores its steps two or three times.
 * Times go as UTC wall time, as Prisma writes this timestamp-without-zone
 * column.
 */
export async function appendSteps(runId: string, steps: WorkflowStepView[]): Promise<void> {
  if (steps.length === 0) return;
  const prisma = await db();
  const col = <T>(f: (s: WorkflowStepView) => T) => steps.map(f);
  const text = (v: string | undefined) => (v === undefined ? null : withoutNul(v));
  await prisma.$executeRaw`
    INSERT INTO workflow_steps (run_id, index, kind, created_at, duration_ms, text, tool_name, tool_call_id, args, result, is_error, input_tokens, output_tokens)
    SELECT ${runId}, s.index, s.kind, s.created_at, s.duration_ms, s.text, s.tool_name, s.tool_call_id, s.args::jsonb, s.result::jsonb, s.is_error, s.input_tokens, s.output_tokens
    FROM unnest(
      ${col((s) => s.index)}::int[], ${col((s) => s.kind)}::text[], ${col((s) => new Date(s.createdAt).toISOString())}::timestamp[],
      ${col((s) => (s.durationMs === undefined ? null : Math.round(s.durationMs)))}::int[], ${col((s) => text(s.text))}::text[],
      ${col((s) => text(s.toolName))}::text[], ${col((s) => text(s.toolCallId))}::text[],
      ${col((s) => jsonText(s.args))}::text[], ${col((s) => jsonText(s.result))}::text[], ${col((s) => s.isError)}::boolean[],
      ${col((s) => s.inputTokens ?? null)}::int[], ${col((s) => s.outputTokens ?? null)}::int[]
    ) AS s(index, kind, created_at, duration_ms, text, tool_name, tool_call_id, args, result, is_error, input_tokens, output_tokens)`;
}

/** A step as getRun will read it back once stored: rounded duration, JSON values as stored, NULs replaced. */
export function storedStepView(step: WorkflowStepView): WorkflowStepView {
  const row = withoutNul(stepRow('', step));
  return toStepView({ ...row, id: BigInt(0), createdAt: new Date(step.createdAt) } as Prisma.WorkflowStepGetPayload<object>);
}

/**
 * Ends a run: one UPDATE of its row, answering the run as it is now stored
 * (`run` as created, these figures, the steps the caller stored, as
 * storedStepView says they read back). Reading it back instead made Prisma
 * wrap the UPDATE and two SELECTs in a transaction, five statements where
 * one does; an update that returns the row costs Prisma twice one that does
 * not (profiled on PGlite).
 */
export async function finishRun(
  run: WorkflowRunView,
  data: Pick<WorkflowRunView, 'status' | 'summary' | 'error' | 'toolCalls' | 'inputTokens' | 'outputTokens' | 'costUsd' | 'servicesAffected' | 'finalFleet'> & {
    latencyMs: number;
  },
  steps: WorkflowStepView[],
): Promise<WorkflowRunView> {
  const prisma = await db();
  const finishedAt = new Date();
  const finalFleet = jsonColumn(data.finalFleet);
  const latencyMs = Math.round(data.latencyMs);
  await prisma.workflowRun.updateMany({ where: { id: run.id }, data: { ...data, latencyMs, finalFleet, finishedAt } });
  await invalidateCache(RUNS_CACHE_PREFIX);
  return {
    ...run,
    ...withoutNul({ status: data.status, summary: data.summary, error: data.error }),
    latencyMs,
    toolCalls: data.toolCalls,
    inputTokens: data.inputTokens,
    outputTokens: data.outputTokens,
    costUsd: data.costUsd,
    servicesAffected: withoutNul(data.servicesAffected),
    finalFleet: withoutNul(finalFleet as FleetServiceSummary[] | undefined),
    finishedAt: finishedAt.toISOString(),
    steps: steps.map(storedStepView),
  };
}

export async function listRuns(limit = 20): Promise<WorkflowRunView[]> {
  const prisma = await db();
  const rows = await prisma.workflowRun.findMany({ orderBy: { createdAt: 'desc' }, take: Math.min(limit, 100) });
  return rows.map(toRunView);
}

/** What the comparison needs of finished runs since `since` (newest first, at most `limit`): the stored columns. */
export type RunFigures = Pick<Prisma.WorkflowRunGetPayload<object>, 'modelSlot' | 'createdAt' | 'latencyMs' | 'toolCalls' | 'inputTokens' | 'outputTokens' | 'costUsd'> & {
  status: RunStatus;
};

export async function listRunFiguresSince(since: Date, limit: number): Promise<RunFigures[]> {
  const prisma = await db();
  const rows = await prisma.workflowRun.findMany({
    where: { createdAt: { gte: since }, status: { not: 'running' } },
    orderBy: { createdAt: 'desc' },
    take: limit,
    select: { modelSlot: true, status: true, createdAt: true, latencyMs: true, toolCalls: true, inputTokens: true, outputTokens: true, costUsd: true },
  });
  return rows.map((r) => ({ ...r, status: r.status as RunStatus }));
}

/** One model's finished runs of a comparison, aggregated by the database (what summarizeRuns computes from rows). */
export interface SlotRunAggregate {
  modelSlot: string;
  runs: number;
  succeeded: number;
  failed: number;
  cancelled: number;
  /** Runs that say something about the model: neither cancelled nor abandoned. */
  judged: number;
  latencyP50Ms: number | null;
  latencyP95Ms: number | null;
  avgToolCalls: number | null;
  avgInputTokens: number | null;
  avgOutputTokens: number | null;
  totalCostUsd: number;
  /** The per-run values the verdicts resample (latency of runs that have one; tokens and cost of every run). */
  latencies: number[];
  tokens: number[];
  costs: number[];
}

/** One model's runs in one bucket of the comparison's series (index from the bucket holding `since`). */
export interface BucketRunAggregate {
  modelSlot: string;
  bucket: number;
  runs: number;
  succeeded: number;
  judged: number;
  latencyP50Ms: number | null;
  latencyP95Ms: number | null;
}

// The newest `limit` finished runs since $1, as listRunFiguresSince reads them (the created_at index bounds and orders them).
const COMPARED_RUNS = `SELECT model_slot, status, created_at, latency_ms, tool_calls, input_tokens, output_tokens, cost_usd
  FROM workflow_runs WHERE created_at >= $1 AND status <> 'running' ORDER BY created_at DESC LIMIT $2`;
// percentile_disc is the nearest rank (the first value whose rank reaches q·n), as percentile() in lib/compare; it skips nulls as it does.
const JUDGED = `count(*) FILTER (WHERE status NOT IN ('cancelled', 'abandoned'))::int AS judged`;
const LATENCY_PERCENTILES = `percentile_disc(0.5) WITHIN GROUP (ORDER BY latency_ms) AS "latencyP50Ms", percentile_disc(0.95) WITHIN GROUP (ORDER BY latency_ms) AS "latencyP95Ms"`;

/**
 * The comparison's figures of the same runs listRunFiguresSince returns,
 * aggregated in the database: per model, and per model and bucket of
 * `bucketMs`. A week holds thousands of runs; decoding each as an object
 * and summarising it in JavaScript was most of /api/compare's time, while
 * the database returns a handful of rows (the values the verdicts resample
 * come as one array per model).
 */
export async function runComparisonAggregates(since: Date, limit: number, bucketMs: number): Promise<{ slots: SlotRunAggregate[]; buckets: BucketRunAggregate[] }> {
  const prisma = await db();
  const firstBucket = Math.floor(since.getTime() / bucketMs);
  const [slots, buckets] = await Promise.all([
    prisma.$queryRawUnsafe<SlotRunAggregate[]>(
      `WITH r AS (${COMPARED_RUNS})
       SELECT model_slot AS "modelSlot", count(*)::int AS runs,
         count(*) FILTER (WHERE status = 'succeeded')::int AS succeeded,
         count(*) FILTER (WHERE status IN ('failed', 'error'))::int AS failed,
         count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled,
         ${JUDGED}, ${LATENCY_PERCENTILES},
         avg(tool_calls)::float8 AS "avgToolCalls", avg(input_tokens)::float8 AS "avgInputTokens", avg(output_tokens)::float8 AS "avgOutputTokens",
         coalesce(sum(cost_usd), 0)::float8 AS "totalCostUsd",
         coalesce(array_agg(latency_ms) FILTER (WHERE latency_ms IS NOT NULL), '{}') AS latencies,
         array_agg(input_tokens + output_tokens) AS tokens, array_agg(cost_usd) AS costs
       FROM r GROUP BY model_slot`,
      since,
      limit,
    ),
    prisma.$queryRawUnsafe<BucketRunAggregate[]>(
      `WITH r AS (${COMPARED_RUNS}),
         b AS (SELECT *, (floor(extract(epoch FROM created_at) * 1000 / $3::float8) - $4::float8)::int AS bucket FROM r)
       SELECT model_slot AS "modelSlot", bucket, count(*)::int AS runs,
         count(*) FILTER (WHERE status = 'succeeded')::int AS succeeded, ${JUDGED}, ${LATENCY_PERCENTILES}
       FROM b GROUP BY model_slot, bucket`,
      since,
      limit,
      bucketMs,
      firstBucket,
    ),
  ]);
  return { slots, buckets };
}

export async function getRun(id: string): Promise<WorkflowRunView | undefined> {
  const prisma = await db();
  const row = await prisma.workflowRun.findUnique({ where: { id }, include: { steps: true } });
  return row ? toRunView(row) : undefined;
}

const staleRunWhere = (beatBefore: Date): Prisma.WorkflowRunWhereInput => ({
  status: 'running',
  // Rows from before heartbeats existed have no beat: their start stands in.
  OR: [{ lastBeatAt: { lt: beatBefore } }, { lastBeatAt: null, createdAt: { lt: beatBefore } }],
});

/**
 * Runs left "running" by a replica that stopped mid-run (its heartbeat went
 * quiet before `beatBefore`): marked abandoned so nobody waits on them. Run by
 * the `workflows.abandon` job, on whichever replica holds its lease.
 */
export async function abandonStaleRuns(beatBefore: Date): Promise<number> {
  const prisma = await db();
  const { count } = await prisma.workflowRun.updateMany({
    where: staleRunWhere(beatBefore),
    data: { status: 'abandoned', error: 'The server running this workflow stopped before it finished.', finishedAt: new Date() },
  });
  if (count > 0) await invalidateCache(RUNS_CACHE_PREFIX);
  return count;
}

export type RemoteCancel = 'requested' | 'abandoned' | 'not_found' | 'not_running' | 'forbidden';

/**
 * A cancel for a run this replica is not running: flagged for the replica
 * that runs it (it reads the flag with its next heartbeat and stops), or, if
 * that replica's heartbeat is already stale, ended here as cancelled.
 */
export async function requestCancel(
  id: string,
  caller: { sessionId?: string; isAdmin: boolean },
  beatBefore: Date,
): Promise<RemoteCancel> {
  const prisma = await db();
  const run = await prisma.workflowRun.findUnique({ where: { id }, select: { status: true, sessionId: true } });
  if (!run) return 'not_found';
  if (!caller.isAdmin && run.sessionId !== (caller.sessionId ?? null)) return 'forbidden';
  if (run.status !== 'running') return 'not_running';
  const ended = await prisma.workflowRun.updateMany({
    where: { id, ...staleRunWhere(beatBefore) },
    data: { status: 'cancelled', error: 'Cancelled (the server running it had stopped).', finishedAt: new Date(), cancelRequestedAt: new Date() },
  });
  if (ended.count > 0) {
    await invalidateCache(RUNS_CACHE_PREFIX);
    return 'abandoned';
  }
  const flagged = await prisma.workflowRun.updateMany({ where: { id, status: 'running' }, data: { cancelRequestedAt: new Date() } });
  return flagged.count > 0 ? 'requested' : 'not_running';
}
