import type { PrismaClient } from '@/lib/db';
import { encodeSketch, newSketch } from '@/lib/monitoring';
import type { AnswerHour, RawAnswer, RawRun, RunHour } from './hourly';

/**
 * The Compare report's hourly pre-aggregates (compare_run_hours,
 * compare_answer_hours): written by the `compare.rollup` job from the stored
 * runs and answers, read by the report for the full hours of its 24 h and 7 day
 * ranges. Functions take the Prisma client so the history seeder fills the
 * tables through the same code as the app.
 */

export const HOUR_MS = 3_600_000;
/**
 * An hour is aggregated once it ended this long ago: a row's created_at is
 * stamped by the replica that wrote it, and replicas' clocks differ a little.
 */
export const SEAL_GRACE_MS = 5 * 60_000;
/** How often the `compare.rollup` job looks for newly sealed hours (the report reads the rest raw meanwhile). */
export const COMPARE_ROLLUP_INTERVAL_MS = 5 * 60_000;
/** Values per model and hour kept for the verdicts' bootstrap (the first by a hash of the row's id). */
export const HOUR_SAMPLE = 200;
/** Hours aggregated per statement, and at most per job run (a backfill of a long history takes a few runs). */
const CHUNK_HOURS = 24;
const MAX_HOURS_PER_RUN = 45 * 24;
const STATE = 'compare';

const floorHour = (t: number) => Math.floor(t / HOUR_MS) * HOUR_MS;

export interface Coverage {
  /** Every hour in [from, to) is aggregated; no stored row is older than `from`. */
  from: Date;
  to: Date;
}

export async function readCoverage(prisma: PrismaClient): Promise<Coverage | null> {
  const row = await prisma.compareRollupState.findUnique({ where: { name: STATE } });
  return row ? { from: row.coveredFrom, to: row.coveredTo } : null;
}

/**
 * The coverage and what identifies the hour rows of [from, to) as they are:
 * their counts, and the state's updated_at, which every write of hour rows
 * moves in the same transaction (a retention prune only deletes rows: the
 * counts move). One statement, so a report checks its memoised hours
 * (hours-memo.ts) in one cheap round trip.
 */
export async function readWindowState(prisma: PrismaClient, from: Date, to: Date): Promise<{ coverage: Coverage; version: string } | null> {
  const [row] = await prisma.$queryRaw<Array<{ from: Date; to: Date; updatedAt: Date; runRows: number; answerRows: number }>>`
    SELECT covered_from AS "from", covered_to AS "to", updated_at AS "updatedAt",
      (SELECT count(*)::int FROM compare_run_hours WHERE hour >= ${from} AND hour < ${to}) AS "runRows",
      (SELECT count(*)::int FROM compare_answer_hours WHERE hour >= ${from} AND hour < ${to}) AS "answerRows"
    FROM compare_rollup_state WHERE name = ${STATE}`;
  return row ? { coverage: { from: row.from, to: row.to }, version: `${row.updatedAt.getTime()}/${row.runRows}/${row.answerRows}` } : null;
}

// Every column as the report needs it; bigint sums as float8 (exact well past any week's token count).
const RUN_HOURS = (rows: string) => `SELECT date_trunc('hour', created_at) AS hour, model_slot AS "modelSlot", count(*)::int AS runs,
    count(*) FILTER (WHERE status = 'succeeded')::int AS succeeded,
    count(*) FILTER (WHERE status IN ('failed', 'error'))::int AS failed,
    count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled,
    count(*) FILTER (WHERE status NOT IN ('cancelled', 'abandoned'))::int AS judged,
    sum(tool_calls)::float8 AS "toolCallsSum", sum(input_tokens)::float8 AS "inputTokensSum", sum(output_tokens)::float8 AS "outputTokensSum",
    coalesce(sum(cost_usd), 0)::float8 AS "costSum", count(latency_ms)::int AS "latencyCount",
    coalesce(array_agg(latency_ms) FILTER (WHERE latency_ms IS NOT NULL), '{}') AS latencies,
    coalesce((array_agg(latency_ms ORDER BY md5(id)) FILTER (WHERE latency_ms IS NOT NULL))[1:${HOUR_SAMPLE}], '{}') AS "sampleLatencies",
    (array_agg(input_tokens + output_tokens ORDER BY md5(id)))[1:${HOUR_SAMPLE}] AS "sampleTokens",
    (array_agg(cost_usd ORDER BY md5(id)))[1:${HOUR_SAMPLE}] AS "sampleCosts"
  FROM (${rows}) r GROUP BY 1, 2`;

const ANSWER_HOURS = (source: string, rows: string) => `SELECT date_trunc('hour', created_at) AS hour, '${source}' AS source, model_slot AS "modelSlot",
    count(*)::int AS answers, count(verdict)::int AS checked,
    count(*) FILTER (WHERE verdict = 'hallucination')::int AS hallucinations,
    count(cost_usd)::int AS "costCount", coalesce(sum(cost_usd), 0)::float8 AS "costSum",
    coalesce((array_agg(cost_usd ORDER BY md5(id::text)) FILTER (WHERE cost_usd IS NOT NULL))[1:${HOUR_SAMPLE}], '{}') AS "sampleCosts"
  FROM (${rows}) a GROUP BY 1, 2, 3`;

// The rows the report counts: finished runs; assistant answers of a model (cleared ones too, as the raw report); every ask-both answer.
const RUN_ROWS = `SELECT id, model_slot, status, created_at, latency_ms, tool_calls, input_tokens, output_tokens, cost_usd FROM workflow_runs WHERE status <> 'running'`;
const CHAT_ROWS = `SELECT id, model_slot, verdict, cost_usd, created_at FROM chat_messages WHERE role = 'assistant' AND model_slot IS NOT NULL`;
const ASK_ROWS = `SELECT id, model_slot, verdict, cost_usd, created_at FROM ask_answers WHERE true`;
const between = (rows: string) => `${rows} AND created_at >= $1 AND created_at < $2`;

/** The hourly figures of [from, to) computed from the stored rows (what the job writes). */
export async function aggregateHours(prisma: PrismaClient, from: Date, to: Date): Promise<{ runs: RunHour[]; answers: AnswerHour[] }> {
  const [runs, chat, ask] = await Promise.all([
    prisma.$queryRawUnsafe<Array<RunHour & { latencies: number[] }>>(RUN_HOURS(between(RUN_ROWS)), from, to),
    prisma.$queryRawUnsafe<AnswerHour[]>(ANSWER_HOURS('chat', between(CHAT_ROWS)), from, to),
    prisma.$queryRawUnsafe<AnswerHour[]>(ANSWER_HOURS('ask', between(ASK_ROWS)), from, to),
  ]);
  return {
    runs: runs.map(({ latencies, ...hour }) => {
      const sketch = newSketch();
      for (const ms of latencies) sketch.accept(ms);
      return { ...hour, latencySketch: encodeSketch(sketch) };
    }),
    answers: [...chat, ...ask],
  };
}

/**
 * Aggregates every sealed hour not aggregated yet (the first run backfills
 * the stored history), for the `compare.rollup` job. An hour is sealed when it
 * ended SEAL_GRACE_MS ago and no run started in it is still running: its rows
 * no longer change, so any replica computes the same figures for it. That is
 * what makes the job safe to share: the lease keeps the work on one replica,
 * and two that overlap anyway (a lease lost mid-run) write identical rows,
 * the second one's skipped (ON CONFLICT DO NOTHING), and the covered range
 * only ever grows.
 */
export async function rollupCompareHours(prisma: PrismaClient, now = Date.now()): Promise<string> {
  const [running] = await prisma.$queryRaw<Array<{ at: Date | null }>>`SELECT min(created_at) AS at FROM workflow_runs WHERE status = 'running'`;
  const sealTo = floorHour(Math.min(now - SEAL_GRACE_MS, running?.at ? running.at.getTime() : Infinity));
  let coverage = await readCoverage(prisma);
  if (!coverage) {
    // First run (a new database, or one upgraded from before the aggregates): start at the oldest stored row.
    const [oldest] = await prisma.$queryRaw<Array<{ at: Date | null }>>`SELECT least(
        (SELECT min(created_at) FROM workflow_runs), (SELECT min(created_at) FROM chat_messages), (SELECT min(created_at) FROM ask_answers)) AS at`;
    const start = new Date(Math.min(oldest?.at ? floorHour(oldest.at.getTime()) : sealTo, sealTo));
    await prisma.$executeRaw`INSERT INTO compare_rollup_state (name, covered_from, covered_to, updated_at) VALUES (${STATE}, ${start}, ${start}, now()) ON CONFLICT (name) DO NOTHING`;
    coverage = (await readCoverage(prisma))!;
  }
  let from = coverage.to.getTime();
  const last = Math.min(sealTo, from + MAX_HOURS_PER_RUN * HOUR_MS);
  let hours = 0;
  while (from < last) {
    const to = Math.min(last, from + CHUNK_HOURS * HOUR_MS);
    const rows = await aggregateHours(prisma, new Date(from), new Date(to));
    await prisma.$transaction([
      prisma.$executeRawUnsafe(insertRows('compare_run_hours'), JSON.stringify(rows.runs.map(runHourRow))),
      prisma.$executeRawUnsafe(insertRows('compare_answer_hours'), JSON.stringify(rows.answers.map(answerHourRow))),
      prisma.$executeRaw`UPDATE compare_rollup_state SET covered_to = greatest(covered_to, ${new Date(to)}), updated_at = now() WHERE name = ${STATE}`,
    ]);
    hours += (to - from) / HOUR_MS;
    from = to;
  }
  return `aggregated ${hours} hour(s); covered up to ${new Date(Math.max(from, coverage.to.getTime())).toISOString()}`;
}

/**
 * Rows go in as one JSON document: PostgreSQL reads its numbers exactly,
 * while Prisma's own array parameters rounded float8 values in their last
 * digit (and the sample's costs must be exactly the stored ones, or the
 * bootstrap would not be the rows'). ON CONFLICT DO NOTHING: an hour already
 * written by another replica holds the same figures.
 */
const insertRows = (table: string) => `INSERT INTO ${table} SELECT * FROM json_populate_recordset(null::${table}, $1::json) ON CONFLICT DO NOTHING`;

const runHourRow = (h: RunHour) => ({
  hour: h.hour.toISOString(),
  model_slot: h.modelSlot,
  runs: h.runs,
  succeeded: h.succeeded,
  failed: h.failed,
  cancelled: h.cancelled,
  judged: h.judged,
  tool_calls_sum: h.toolCallsSum,
  input_tokens_sum: h.inputTokensSum,
  output_tokens_sum: h.outputTokensSum,
  cost_sum: h.costSum,
  latency_count: h.latencyCount,
  latency_sketch: h.latencySketch,
  sample_latencies: h.sampleLatencies,
  sample_tokens: h.sampleTokens,
  sample_costs: h.sampleCosts,
});

const answerHourRow = (h: AnswerHour) => ({
  hour: h.hour.toISOString(),
  source: h.source,
  model_slot: h.modelSlot,
  answers: h.answers,
  checked: h.checked,
  hallucinations: h.hallucinations,
  cost_count: h.costCount,
  cost_sum: h.costSum,
  sample_costs: h.sampleCosts,
});

const RUN_COLUMNS = `hour, model_slot AS "modelSlot", runs, succeeded, failed, cancelled, judged,
  tool_calls_sum::float8 AS "toolCallsSum", input_tokens_sum::float8 AS "inputTokensSum", output_tokens_sum::float8 AS "outputTokensSum",
  cost_sum AS "costSum", latency_count AS "latencyCount", latency_sketch AS "latencySketch"`;
// A model's share of `target` sample values, spread over its hours by their counts (a stratified sample).
const share = (column: string, count: string, partition: string) =>
  `coalesce(${column}[1:round($3::float8 * ${count} / nullif(sum(${count}) OVER (PARTITION BY ${partition}), 0))::int], '{}') AS "${column.replace(/_(\w)/g, (_, c: string) => c.toUpperCase())}"`;

/** The stored hours in [from, to), each with its share of about `target` sample values per model. */
export async function readHours(prisma: PrismaClient, from: Date, to: Date, target: number): Promise<{ runs: RunHour[]; answers: AnswerHour[] }> {
  const [runs, answers] = await Promise.all([
    prisma.$queryRawUnsafe<RunHour[]>(
      `SELECT ${RUN_COLUMNS}, ${share('sample_latencies', 'latency_count', 'model_slot')}, ${share('sample_tokens', 'runs', 'model_slot')}, ${share('sample_costs', 'runs', 'model_slot')}
       FROM compare_run_hours WHERE hour >= $1 AND hour < $2`,
      from,
      to,
      target,
    ),
    prisma.$queryRawUnsafe<AnswerHour[]>(
      `SELECT hour, source, model_slot AS "modelSlot", answers, checked, hallucinations, cost_count AS "costCount", cost_sum AS "costSum", ${share('sample_costs', 'cost_count', 'model_slot')}
       FROM compare_answer_hours WHERE hour >= $1 AND hour < $2`,
      from,
      to,
      target,
    ),
  ]);
  return { runs, answers };
}

/**
 * The stored rows of the report's edges, [from, until) and from `since` on
 * (the partial first hour, and the hours not aggregated yet), newest first,
 * at most `limit` of each kind.
 */
export async function readRawEdges(prisma: PrismaClient, from: Date, until: Date, since: Date, limit: number): Promise<{ runs: RawRun[]; answers: RawAnswer[]; truncated: boolean }> {
  // Two range scans of the created_at index, each newest first: with one OR of the ranges under
  // ORDER BY … LIMIT the planner walks the index from the newest row through the whole week.
  const edges = (columns: string, rows: string) => `(SELECT ${columns} FROM (${rows} AND created_at >= $1 AND created_at < $2 ORDER BY created_at DESC LIMIT $4) a)
    UNION ALL (SELECT ${columns} FROM (${rows} AND created_at >= $3 ORDER BY created_at DESC LIMIT $4) b)`;
  const RUN = `model_slot AS "modelSlot", status, created_at AS "createdAt", latency_ms AS "latencyMs", tool_calls AS "toolCalls",
    input_tokens AS "inputTokens", output_tokens AS "outputTokens", cost_usd AS "costUsd"`;
  const ANSWER = `model_slot AS "modelSlot", verdict, cost_usd AS "costUsd"`;
  // Each edge's rows as one JSON document: decoding a thousand rows value by value through the driver adapter
  // took 25-35 ms on PGlite, JSON.parse of the same text about one (float8 and int columns read exactly).
  const asJson = async <T>(sql: string) => {
    const [row] = await prisma.$queryRawUnsafe<Array<{ rows: string }>>(`SELECT coalesce(json_agg(e), '[]')::text AS rows FROM (${sql}) e`, from, until, since, limit);
    return JSON.parse(row!.rows) as T[];
  };
  const [runs, chat, ask] = await Promise.all([
    asJson<Omit<RawRun, 'createdAt'> & { createdAt: string }>(edges(RUN, RUN_ROWS)),
    asJson<RawAnswer>(edges(ANSWER, CHAT_ROWS)),
    asJson<RawAnswer>(edges(ANSWER, ASK_ROWS)),
  ]);
  return { runs: runs.map((r) => ({ ...r, createdAt: new Date(r.createdAt) })), answers: [...chat, ...ask], truncated: [runs, chat, ask].some((rows) => rows.length >= limit) };
}
