import { randomUUID } from 'node:crypto';
import { ANSWER_AGGREGATES, answerColumns, type AnswerOutcome, type SlotAnswerAggregate } from '@/lib/agent';
import { db } from '@/lib/db';
import { logger } from '@/lib/telemetry';
import type { AnswerFigure, AskAnswer } from './types';

/** An answer as written, before it is stored: with the judge's outcome, which the page does not need. */
export type UnstoredAskAnswer = AskAnswer & Pick<AnswerOutcome, 'judgeVerdict'>;

/**
 * Stores both answers of one "ask both" question, so each has an id users can
 * vote on and its verdict counts on every replica. Never fails the question:
 * the answers are already written, so a failed write is logged and they leave
 * without an id (the page then offers no vote on them).
 */
export async function storeAskAnswers(prompt: string, sessionId: string | undefined, answers: UnstoredAskAnswer[], traceId?: string): Promise<AskAnswer[]> {
  const withIds = answers.map((a) => ({ ...a, id: randomUUID() }));
  const strip = (list: UnstoredAskAnswer[]): AskAnswer[] => list.map(({ judgeVerdict: _judged, ...answer }) => answer);
  try {
    const prisma = await db();
    await prisma.askAnswer.createMany({
      data: withIds.map((a) => ({
        id: a.id,
        sessionId,
        prompt,
        modelSlot: a.slot,
        modelId: a.model.modelId,
        text: a.text,
        ...answerColumns(a),
        traceId,
      })),
    });
    return strip(withIds);
  } catch (error) {
    logger.warn({ err: error }, 'ask-both answers could not be stored; they cannot be voted on');
    return strip(answers);
  }
}

/** The verdicts' view of the ask-both answers since `since` (newest first, at most `limit`), like the chat answers'. */
export async function listAskAnswerFiguresSince(since: Date, limit: number): Promise<AnswerFigure[]> {
  const prisma = await db();
  const rows = await prisma.askAnswer.findMany({
    where: { createdAt: { gte: since } },
    orderBy: { createdAt: 'desc' },
    take: limit,
    select: { modelSlot: true, verdict: true, costUsd: true, error: true },
  });
  // A failed answer has no verdict and its cost is what was spent before it failed, as a failed chat answer's.
  return rows.map((r) => ({ modelSlot: r.modelSlot, verdict: r.verdict, costUsd: r.costUsd }));
}

/** The same answers as listAskAnswerFiguresSince, aggregated per model in the database (as answerComparisonAggregates does for chat). */
export async function askAnswerComparisonAggregates(since: Date, limit: number): Promise<SlotAnswerAggregate[]> {
  const prisma = await db();
  return prisma.$queryRawUnsafe<SlotAnswerAggregate[]>(ANSWER_AGGREGATES(`SELECT model_slot, verdict, cost_usd FROM ask_answers WHERE created_at >= $1 ORDER BY created_at DESC LIMIT $2`), since, limit);
}
