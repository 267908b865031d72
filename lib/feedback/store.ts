import { createHash } from 'node:crypto';
import type { AuditActor } from '@/lib/audit';
import { recordAudit } from '@/lib/audit';
import { invalidateCache } from '@/lib/cache';
import { db } from '@/lib/db';
import { trackEvent } from '@/lib/telemetry';
import { countVote } from './feedback-metrics';
import type { FeedbackRating, FeedbackSource, FeedbackView } from './types';

/** Every cached figure that votes change starts with this. */
export const FEEDBACK_CACHE_PREFIX = 'feedback:';

export interface FeedbackInput {
  sessionId: string;
  source: FeedbackSource;
  answerId: string;
  /** undefined: leave as it is; null: take it back. */
  rating?: FeedbackRating | null;
  hallucination?: boolean | null;
}

export type FeedbackOutcome = { kind: 'ok'; feedback: FeedbackView } | { kind: 'not_found' };

interface VotedAnswer {
  slot: string;
  verdict: string;
  judgeVerdict: string | null;
}

/**
 * The answer a session may vote on: its own, checked (a complete chat answer,
 * a non-empty ask-both answer), not cleared. Anything else is "not found", so
 * ids of other sessions' answers cannot be probed.
 */
async function findAnswer(sessionId: string, source: FeedbackSource, answerId: string): Promise<VotedAnswer | undefined> {
  const prisma = await db();
  if (source === 'chat') {
    if (!/^\d{1,18}$/.test(answerId)) return undefined;
    const row = await prisma.chatMessage.findFirst({
      where: { id: BigInt(answerId), sessionId, role: 'assistant', status: 'complete', deletedAt: null, verdict: { not: null } },
      select: { modelSlot: true, verdict: true, judgeVerdict: true },
    });
    return row ? { slot: row.modelSlot ?? '?', verdict: row.verdict!, judgeVerdict: row.judgeVerdict } : undefined;
  }
  const row = await prisma.askAnswer.findFirst({ where: { id: answerId, sessionId, verdict: { not: null } }, select: { modelSlot: true, verdict: true, judgeVerdict: true } });
  return row ? { slot: row.modelSlot, verdict: row.verdict!, judgeVerdict: row.judgeVerdict } : undefined;
}

const word = (v: boolean | null) => (v === null ? 'none' : v ? 'yes' : 'no');

/**
 * Records (or changes) a session's vote on one answer: one row per session and
 * answer, each of the two questions (thumbs, hallucination) changed only when
 * given. Audited, emitted as `feedback.submitted`, counted in /metrics, and the
 * cached live figures are dropped on every replica.
 */
export async function recordFeedback(input: FeedbackInput, actor: AuditActor): Promise<FeedbackOutcome> {
  const answer = await findAnswer(input.sessionId, input.source, input.answerId);
  if (!answer) return { kind: 'not_found' };
  const prisma = await db();
  const target = input.source === 'chat' ? { chatMessageId: BigInt(input.answerId) } : { askAnswerId: input.answerId };
  const where =
    input.source === 'chat'
      ? { sessionId_chatMessageId: { sessionId: input.sessionId, chatMessageId: BigInt(input.answerId) } }
      : { sessionId_askAnswerId: { sessionId: input.sessionId, askAnswerId: input.answerId } };
  const change = {
    ...(input.rating !== undefined ? { rating: input.rating } : {}),
    ...(input.hallucination !== undefined ? { hallucination: input.hallucination } : {}),
  };
  const before = await prisma.answerFeedback.findUnique({ where, select: { rating: true, hallucination: true } });
  // Two tabs voting at once: the unique key makes one of them an update, never a second row.
  const row = await prisma.answerFeedback.upsert({
    where,
    create: { sessionId: input.sessionId, source: input.source, ...target, modelSlot: answer.slot, detectorVerdict: answer.verdict, judgeVerdict: answer.judgeVerdict, ...change },
    update: change,
  });
  const feedback: FeedbackView = { rating: (row.rating as FeedbackRating | null) ?? null, hallucination: row.hallucination, updatedAt: row.updatedAt.toISOString() };

  if (input.rating !== undefined && input.rating !== (before?.rating ?? null)) countVote({ source: input.source, slot: answer.slot, kind: 'rating', value: input.rating ?? 'withdrawn' });
  if (input.hallucination !== undefined && input.hallucination !== (before?.hallucination ?? null)) {
    countVote({ source: input.source, slot: answer.slot, kind: 'hallucination', value: input.hallucination === null ? 'withdrawn' : input.hallucination ? 'hallucination' : 'not_hallucination' });
  }
  await recordAudit({
    actor,
    action: 'feedback.vote',
    resourceType: input.source === 'chat' ? 'chat_message' : 'ask_answer',
    resourceId: input.answerId,
    outcome: 'success',
    details: { model: answer.slot, rating: feedback.rating, hallucination: feedback.hallucination, detectorVerdict: answer.verdict },
  });
  trackEvent('feedback.submitted', {
    'aimon.model': answer.slot,
    'aimon.answer.source': input.source,
    'aimon.answer.id': input.answerId,
    // Which vote this is (one per session and answer), without the session id itself.
    'aimon.feedback.voter': createHash('sha256').update(`${input.sessionId}\u0000${input.source}\u0000${input.answerId}`).digest('hex').slice(0, 16),
    'aimon.feedback.rating': feedback.rating ?? 'none',
    'aimon.feedback.hallucination': word(feedback.hallucination),
    'aimon.detector.verdict': answer.verdict,
    'aimon.detector.flagged': answer.verdict === 'hallucination',
    ...(answer.judgeVerdict ? { 'aimon.judge.verdict': answer.judgeVerdict } : {}),
  });
  await invalidateCache(FEEDBACK_CACHE_PREFIX);
  return { kind: 'ok', feedback };
}
