import { db, Prisma } from '@/lib/db';
import type { FeedbackRating } from '@/lib/feedback/types';
import type { GroundingResult, ToolResultInput } from '@/lib/grounding/types';
import { answerColumns, type AnswerOutcome } from './answer-columns';
import type { ChatMessageView } from './chat-types';

/** The newest messages a page shows (older ones stay stored). */
const HISTORY_LIMIT = 200;

type Row = Prisma.ChatMessageGetPayload<object> & { feedback?: Array<{ rating: string | null; hallucination: boolean | null; updatedAt: Date }> };

function toView(row: Row): ChatMessageView {
  const vote = row.feedback?.[0];
  const calls = (row.toolCalls as ToolResultInput[] | null) ?? undefined;
  return {
    id: String(row.id),
    role: row.role as 'user' | 'assistant',
    content: row.content,
    createdAt: row.createdAt.toISOString(),
    status: row.status === 'error' ? 'error' : 'complete',
    error: row.error ?? undefined,
    replyToId: row.replyToId === null ? undefined : String(row.replyToId),
    model: (row.modelSlot as 'A' | 'B' | null) ?? undefined,
    modelId: row.modelId ?? undefined,
    latencyMs: row.latencyMs ?? undefined,
    inputTokens: row.inputTokens ?? undefined,
    outputTokens: row.outputTokens ?? undefined,
    costUsd: row.costUsd ?? undefined,
    // The page needs which tools ran, not their whole results.
    toolCalls: calls?.map((c) => ({ name: c.name, arguments: c.arguments, isError: c.isError === true })),
    grounding: (row.grounding as GroundingResult | null) ?? undefined,
    traceId: row.traceId ?? undefined,
    // This session's own vote (the history is read per session).
    feedback: vote ? { rating: (vote.rating as FeedbackRating | null) ?? null, hallucination: vote.hallucination, updatedAt: vote.updatedAt.toISOString() } : undefined,
  };
}

export async function storeQuestion(sessionId: string, content: string, model: 'A' | 'B', traceId?: string): Promise<ChatMessageView> {
  const prisma = await db();
  return toView(await prisma.chatMessage.create({ data: { sessionId, role: 'user', content, modelSlot: model, traceId } }));
}

/** A stored, visible question of this session (for a retry), or undefined. */
export async function findQuestion(sessionId: string, id: string): Promise<ChatMessageView | undefined> {
  if (!/^\d{1,18}$/.test(id)) return undefined;
  const prisma = await db();
  const row = await prisma.chatMessage.findFirst({ where: { id: BigInt(id), sessionId, role: 'user', deletedAt: null } });
  return row ? toView(row) : undefined;
}

export interface AnswerRecord extends AnswerOutcome {
  sessionId: string;
  replyToId: string;
  content: string;
  status: 'complete' | 'error';
  model: 'A' | 'B';
  modelId: string;
  toolCalls: ToolResultInput[];
  traceId?: string;
}

export async function storeAnswer(a: AnswerRecord): Promise<ChatMessageView> {
  const prisma = await db();
  // A retried question keeps one answer: earlier failed attempts leave the view.
  await prisma.chatMessage.updateMany({ where: { sessionId: a.sessionId, replyToId: BigInt(a.replyToId), status: 'error', deletedAt: null }, data: { deletedAt: new Date() } });
  const row = await prisma.chatMessage.create({
    data: {
      sessionId: a.sessionId,
      role: 'assistant',
      content: a.content,
      status: a.status,
      replyToId: BigInt(a.replyToId),
      modelSlot: a.model,
      modelId: a.modelId,
      ...answerColumns(a),
      traceId: a.traceId,
    },
  });
  return toView(row);
}

/** The conversation as the page shows it: oldest first, cleared messages left out. */
export async function chatHistory(sessionId: string): Promise<ChatMessageView[]> {
  const prisma = await db();
  const rows = await prisma.chatMessage.findMany({
    where: { sessionId, deletedAt: null },
    orderBy: { id: 'desc' },
    take: HISTORY_LIMIT,
    include: { feedback: { where: { sessionId }, select: { rating: true, hallucination: true, updatedAt: true }, take: 1 } },
  });
  return rows.reverse().map(toView);
}

/** Soft delete: the rows stay (audit, figures), the page no longer shows them. */
export async function clearChatHistory(sessionId: string): Promise<number> {
  const prisma = await db();
  const { count } = await prisma.chatMessage.updateMany({ where: { sessionId, deletedAt: null }, data: { deletedAt: new Date() } });
  return count;
}

/** Checked answers per model and verdict (stored, so every replica and restart adds up). */
export async function chatVerdictCounts(): Promise<Array<{ model: string; verdict: string; count: number }>> {
  const prisma = await db();
  const groups = await prisma.chatMessage.groupBy({ by: ['modelSlot', 'verdict'], where: { role: 'assistant', verdict: { not: null } }, _count: { _all: true } });
  return groups.map((g) => ({ model: g.modelSlot ?? '?', verdict: g.verdict!, count: g._count._all }));
}

/**
 * What the comparison's verdicts need of the model answers since `since`
 * (newest first, at most `limit`). Cleared answers count too: clearing a
 * conversation hides it, it does not undo what the model did.
 */
export async function listAnswerFiguresSince(since: Date, limit: number): Promise<Array<{ modelSlot: string; verdict: string | null; costUsd: number | null }>> {
  const prisma = await db();
  const rows = await prisma.chatMessage.findMany({
    where: { role: 'assistant', createdAt: { gte: since }, modelSlot: { not: null } },
    // By time, not id: the created_at index then both bounds the range and gives the order.
    orderBy: { createdAt: 'desc' },
    take: limit,
    select: { modelSlot: true, verdict: true, costUsd: true },
  });
  return rows.map((r) => ({ modelSlot: r.modelSlot!, verdict: r.verdict, costUsd: r.costUsd }));
}

/** One model's answers for the comparison's verdicts, aggregated by the database (see answerSamples in lib/compare). */
export interface SlotAnswerAggregate {
  modelSlot: string;
  checked: number;
  hallucinations: number;
  costs: number[];
}

/** The verdicts' figures per model of the answer rows `rows` selects (model_slot, verdict, cost_usd): shared with the ask-both store. */
export const ANSWER_AGGREGATES = (rows: string) => `SELECT model_slot AS "modelSlot", count(verdict)::int AS checked,
    count(*) FILTER (WHERE verdict = 'hallucination')::int AS hallucinations,
    coalesce(array_agg(cost_usd) FILTER (WHERE cost_usd IS NOT NULL), '{}') AS costs
  FROM (${rows}) a GROUP BY model_slot`;

/**
 * The same answers as listAnswerFiguresSince, aggregated per model in the
 * database: a week holds tens of thousands, and the verdicts need only counts
 * and the costs they resample.
 */
export async function answerComparisonAggregates(since: Date, limit: number): Promise<SlotAnswerAggregate[]> {
  const prisma = await db();
  return prisma.$queryRawUnsafe<SlotAnswerAggregate[]>(
    ANSWER_AGGREGATES(`SELECT model_slot, verdict, cost_usd FROM chat_messages
      WHERE role = 'assistant' AND created_at >= $1 AND model_slot IS NOT NULL ORDER BY created_at DESC LIMIT $2`),
    since,
    limit,
  );
}
