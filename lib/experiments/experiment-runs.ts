import { randomUUID } from 'node:crypto';
import { answerQuestion, CHAT_MAX_STEPS, CHAT_SYSTEM_PROMPT, openMcpToolSource, RUN_HEARTBEAT_MS, RUN_STALE_AFTER_MS } from '@/lib/agent';
import { ApiError } from '@/lib/errors';
import type { AuditActor } from '@/lib/audit';
import { recordAudit } from '@/lib/audit';
import { getConfig } from '@/lib/config';
import { db, jsonColumn, Prisma } from '@/lib/db';
import { MODEL_SLOTS, type ModelSlot } from '@/lib/models';
import { processSingleton } from '@/lib/runtime';
import { currentTraceId, inBackground, logger, runInBackgroundSpan, traceAgentRun, trackEvent } from '@/lib/telemetry';
import { compareRuns, modelTotals } from './compare-runs';
import { getQuestionSet } from './question-sets';
import type { ExperimentEvent, ExperimentResultView, ExperimentRunView, ExperimentStatus, QuestionView } from './types';

/** The experiments this process runs, by id: their cancel. */
const running = () => processSingleton('experiment-runs', () => new Map<string, AbortController>());

const stale = () => new Date(Date.now() - RUN_STALE_AFTER_MS);
/** How often a progress stream reads the stored results (any replica may be running the experiment). */
export const EXPERIMENT_POLL_MS = 400;

type RunRow = Prisma.ExperimentRunGetPayload<{ include: { results: true } }>;
type ResultRow = RunRow['results'][number];

function toResult(r: ResultRow): ExperimentResultView {
  const grounding = r.grounding as { findings?: ExperimentResultView['findings'] } | null;
  return {
    questionId: r.questionId,
    position: r.position,
    model: r.modelSlot as ModelSlot,
    modelId: r.modelId,
    text: r.text,
    error: r.error ?? undefined,
    verdict: (r.verdict as ExperimentResultView['verdict']) ?? undefined,
    findings: grounding?.findings ?? [],
    missingFacts: r.missingFacts,
    latencyMs: r.latencyMs,
    inputTokens: r.inputTokens,
    outputTokens: r.outputTokens,
    costUsd: r.costUsd,
    toolCalls: (r.toolCalls as ExperimentResultView['toolCalls'] | null) ?? [],
  };
}

function toView(row: RunRow): ExperimentRunView {
  const results = [...row.results].sort((a, b) => a.position - b.position || a.modelSlot.localeCompare(b.modelSlot)).map(toResult);
  return {
    id: row.id,
    setId: row.setId,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString(),
    status: row.status as ExperimentStatus,
    error: row.error ?? undefined,
    questions: row.questions as unknown as QuestionView[],
    total: row.total,
    done: results.length,
    results,
    totals: Object.fromEntries(MODEL_SLOTS.map((m) => [m, modelTotals(results.filter((r) => r.model === m))])) as ExperimentRunView['totals'],
    traceId: row.traceId ?? undefined,
  };
}

/** An experiment whose replica stopped beating is over: say so instead of showing it running for ever. */
async function abandonStale(where: Prisma.ExperimentRunWhereInput): Promise<void> {
  const prisma = await db();
  await prisma.experimentRun.updateMany({
    where: { ...where, status: 'running', OR: [{ lastBeatAt: { lt: stale() } }, { lastBeatAt: null }] },
    data: { status: 'abandoned', error: 'The server running this experiment stopped before it finished.', finishedAt: new Date() },
  });
}

/** The facts a question expects that the answer does not state (case-insensitive). */
export function missingFacts(answer: string, expected: string[] | undefined): string[] {
  const text = answer.toLowerCase();
  return (expected ?? []).filter((f) => !text.includes(f.toLowerCase()));
}

/**
 * Starts a run of a question set against Model A and Model B: every question
 * to both models at once, through the chat's path (read-only tools, the
 * grounding check), one question after the other, each answer stored as it
 * comes. Returns at once; the run goes on in this process, beating and
 * reading cancels like a workflow. One running experiment per session.
 */
export async function startExperiment(setId: string, actor: AuditActor): Promise<ExperimentRunView> {
  const set = await getQuestionSet(setId, actor.sessionId);
  if (set.questions.length === 0) throw new ApiError('bad_request', 'The question set has no questions.');
  const prisma = await db();
  await abandonStale({ sessionId: actor.sessionId ?? null });
  const busy = await prisma.experimentRun.findFirst({ where: { sessionId: actor.sessionId ?? null, status: 'running' }, select: { id: true } });
  if (busy) throw new ApiError('conflict', 'An experiment of this session is already running: wait for it or cancel it.', { runId: busy.id });
  const id = randomUUID();
  const row = await prisma.experimentRun.create({
    data: {
      id,
      setId,
      sessionId: actor.sessionId,
      status: 'running',
      questions: jsonColumn(set.questions)!,
      total: set.questions.length * MODEL_SLOTS.length,
      instanceId: getConfig().monitoring.instanceId,
      lastBeatAt: new Date(),
    },
    include: { results: true },
  });
  const controller = new AbortController();
  running().set(id, controller);
  // An operation of its own (it outlives the 202 by minutes), linked to the
  // request that started it: each one's transaction view leads to the other.
  void runInBackgroundSpan('experiment.run', () => execute(id, setId, set.questions, actor, controller), { linkActive: true, attributes: { 'aimon.experiment.set_id': setId } })
    .catch((error: unknown) => logger.warn({ runId: id, errorType: (error as Error)?.name }, 'experiment ended with an error'))
    .finally(() => running().delete(id));
  return toView(row);
}

async function execute(id: string, setId: string, questions: QuestionView[], actor: AuditActor, controller: AbortController): Promise<void> {
  const prisma = await db();
  const beat = setInterval(
    inBackground('experiment.heartbeat', () =>
      prisma.experimentRun
        .update({ where: { id }, data: { lastBeatAt: new Date() }, select: { cancelRequestedAt: true } })
        .then((r) => r.cancelRequestedAt && controller.abort())
        .catch(() => undefined),
    ),
    RUN_HEARTBEAT_MS,
  );
  beat.unref?.();
  let status: ExperimentStatus = 'succeeded';
  let error: string | undefined;
  await traceAgentRun('experiment', { 'aimon.experiment.id': id, 'aimon.experiment.set_id': setId, 'aimon.experiment.questions': questions.length }, async () => {
    await prisma.experimentRun.update({ where: { id }, data: { traceId: currentTraceId() } }).catch(() => undefined);
    const tools = await openMcpToolSource(actor);
    try {
      for (const [position, question] of questions.entries()) {
        if (controller.signal.aborted) break;
        const answers = await Promise.all(
          MODEL_SLOTS.map(async (slot) => ({
            slot,
            answer: await answerQuestion({
              slot,
              system: CHAT_SYSTEM_PROMPT,
              messages: [{ role: 'user', content: question.text }],
              question: question.text,
              tools,
              maxSteps: CHAT_MAX_STEPS,
              signal: controller.signal,
              timeoutMs: getConfig().models.timeoutMs,
              scenario: 'experiment',
            }),
          })),
        );
        // A question cut off by the cancel is not stored half-answered.
        if (controller.signal.aborted) break;
        await prisma.experimentResult.createMany({
          data: answers.map(({ slot, answer }) => ({
            runId: id,
            questionId: question.id,
            position,
            modelSlot: slot,
            modelId: answer.info.modelId,
            text: answer.text,
            error: (answer.failure ?? (answer.text ? undefined : `${answer.info.displayName} returned an empty answer.`))?.slice(0, 1000),
            verdict: answer.grounding?.verdict,
            grounding: jsonColumn(answer.grounding),
            missingFacts: answer.text ? missingFacts(answer.text, question.expectedFacts) : (question.expectedFacts ?? []),
            latencyMs: Math.round(answer.latencyMs),
            inputTokens: answer.inputTokens,
            outputTokens: answer.outputTokens,
            costUsd: answer.costUsd,
            toolCalls: jsonColumn(answer.toolResults.map((r) => ({ name: r.name, isError: r.isError === true }))),
          })),
          skipDuplicates: true,
        });
      }
      if (controller.signal.aborted) status = 'cancelled';
    } catch (e) {
      status = 'error';
      error = 'The experiment stopped: its answers could not be stored.';
      logger.warn({ runId: id, errorType: (e as Error)?.name }, 'experiment failed');
    } finally {
      clearInterval(beat);
      await tools.close().catch(() => undefined);
    }
  });
  const finished = await prisma.experimentRun
    .update({ where: { id }, data: { status, error, finishedAt: new Date() }, include: { results: true } })
    .catch((e: unknown) => logger.warn({ runId: id, errorType: (e as Error)?.name }, 'experiment end not stored'));
  if (!finished) return;
  const view = toView(finished);
  for (const slot of MODEL_SLOTS) {
    const t = view.totals[slot];
    trackEvent('experiment.completed', {
      'aimon.experiment.id': id,
      'aimon.experiment.set_id': setId,
      'aimon.experiment.status': status,
      'aimon.model': slot,
      'aimon.experiment.questions': t.answered + t.failed,
      'aimon.experiment.grounded': t.grounded,
      'aimon.experiment.hallucinated': t.hallucinated,
      'aimon.experiment.failed': t.failed,
      'aimon.experiment.latency_ms': Math.round(t.latencyMsMean ?? 0),
      'aimon.experiment.cost_usd': t.costUsd,
    });
  }
  await recordAudit({ actor, action: 'experiment.run', resourceType: 'experiment', resourceId: id, outcome: status === 'succeeded' ? 'success' : 'failure', error, details: { setId, status, answers: view.done } });
}

/** One run with its results, totals and (once finished) the comparison with the previous run of its set. */
export async function getExperimentRun(id: string, sessionId: string | undefined): Promise<ExperimentRunView> {
  const prisma = await db();
  await abandonStale({ id });
  const row = await prisma.experimentRun.findFirst({ where: { id, sessionId: sessionId ?? null }, include: { results: true } });
  if (!row) throw new ApiError('not_found', `No experiment run ${id}.`);
  const view = toView(row);
  if (view.status === 'running') return view;
  const previous = await prisma.experimentRun.findFirst({
    where: { setId: row.setId, createdAt: { lt: row.createdAt }, status: { in: ['succeeded', 'cancelled'] } },
    orderBy: { createdAt: 'desc' },
    include: { results: true },
  });
  return previous ? { ...view, comparison: compareRuns(toView(previous), view) } : view;
}

/** The session's recent runs, newest first (a running one first of all: the page reconnects to it). */
export async function listExperimentRuns(sessionId: string | undefined, setId?: string): Promise<ExperimentRunView[]> {
  const prisma = await db();
  await abandonStale({ sessionId: sessionId ?? null });
  const rows = await prisma.experimentRun.findMany({ where: { sessionId: sessionId ?? null, ...(setId ? { setId } : {}) }, orderBy: { createdAt: 'desc' }, take: 10, include: { results: true } });
  return rows.map(toView);
}

/** Cancels a running experiment of the session, here or (through its row) on the replica running it. */
export async function cancelExperiment(id: string, sessionId: string | undefined): Promise<void> {
  const prisma = await db();
  const row = await prisma.experimentRun.findFirst({ where: { id, sessionId: sessionId ?? null }, select: { status: true } });
  if (!row) throw new ApiError('not_found', `No experiment run ${id}.`);
  if (row.status !== 'running') throw new ApiError('conflict', 'This experiment is not running.');
  const local = running().get(id);
  if (local) local.abort();
  else await prisma.experimentRun.update({ where: { id }, data: { cancelRequestedAt: new Date() } });
}

/**
 * A run's progress as events: the run as stored, each result as it is stored,
 * and the finished run. Read from the database, so a page reloaded or served
 * by another replica picks up where the run is.
 */
export async function streamExperimentRun(id: string, sessionId: string | undefined, send: (event: ExperimentEvent) => void, signal?: AbortSignal): Promise<void> {
  let view = await getExperimentRun(id, sessionId);
  send({ type: 'run', run: view });
  let seen = view.done;
  const prisma = await db();
  while (view.status === 'running' && !signal?.aborted) {
    await new Promise((resolve) => setTimeout(resolve, EXPERIMENT_POLL_MS));
    const row = await prisma.experimentRun.findUnique({ where: { id }, select: { status: true } });
    const results = await prisma.experimentResult.findMany({ where: { runId: id }, orderBy: [{ position: 'asc' }, { modelSlot: 'asc' }], skip: seen });
    for (const r of results) send({ type: 'result', result: toResult(r), done: ++seen, total: view.total });
    if (row?.status !== 'running') view = await getExperimentRun(id, sessionId);
  }
  if (view.status !== 'running') send({ type: 'finished', run: view });
}
