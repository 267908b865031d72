import { ApiError, apiHandler, otherMethods, parseBody } from '@/lib/api';
import { recordFeedback } from '@/lib/feedback';
import { enforceRateLimit, ensureSession, requestActor } from '@/lib/security';
import { feedbackSchema } from './schema';

export const dynamic = 'force-dynamic';

/**
 * This session's vote on one of its answers (a chat answer or an ask-both
 * answer): thumbs up/down and "hallucination or not", changeable. A cheap write,
 * so it counts against the `read` budget like clearing the chat history.
 */
export const PUT = apiHandler(async (req) => {
  await enforceRateLimit(req, 'read');
  const input = await parseBody(req, feedbackSchema, 4 * 1024);
  const { info } = await ensureSession(req);
  const actor = await requestActor(req);
  const outcome = await recordFeedback({ sessionId: info.id, ...input }, actor);
  if (outcome.kind === 'not_found') throw new ApiError('not_found', `No ${input.source === 'chat' ? 'chat' : 'ask-both'} answer ${input.answerId} of this session to vote on.`);
  return Response.json({ source: input.source, answerId: input.answerId, feedback: outcome.feedback });
});

export const { GET, POST, PATCH, DELETE } = otherMethods('PUT');
