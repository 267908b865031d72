import { answerChat, chatHistory, clearChat, type ChatEvent } from '@/lib/agent';
import { ApiError, apiHandler, eventStreamResponse, isAppError, otherMethods, parseBody, rejectIfOverloaded, wantsEventStream } from '@/lib/api';
import { attributeSpend, refuseIfOverBudget } from '@/lib/monitoring';
import { enforceRateLimit, ensureSession, requestActor } from '@/lib/security';
import { chatMessageSchema } from './schema';

export const dynamic = 'force-dynamic';

/**
 * Asks the assistant. `Accept: text/event-stream` streams the answer as it is
 * written (Server-Sent Events); `Accept: application/json` waits and returns
 * `{ reply, model, usage, latencyMs, grounding }`. The question is stored before
 * the model is called, so a model failure leaves it in the history (503 in JSON,
 * an `error` event in the stream) and it can be answered again with `retryOf`.
 */
export const POST = apiHandler(async (req) => {
  rejectIfOverloaded();
  await enforceRateLimit(req, 'chat');
  const input = await parseBody(req, chatMessageSchema, 32 * 1024);
  const { info } = await ensureSession(req);
  const actor = await requestActor(req);
  const chatInput = { sessionId: info.id, model: input.model, message: input.message, retryOf: input.retryOf };
  await refuseIfOverBudget(info.id);

  // The answer's model calls count against this session's cost budget, streamed or not.
  return attributeSpend(info.id, async () => {
    if (!wantsEventStream(req)) {
      // A `retryOf` naming no question is a not_found domain error: apiHandler answers 404 with its message.
      const { question, answer } = await answerChat(chatInput, { actor, signal: req.signal });
      if (answer.status === 'error') {
        throw new ApiError('unavailable', `${answer.error} Your message is saved: retry with { "retryOf": "${question.id}" }.`, { questionId: question.id });
      }
      return Response.json(
        {
          reply: answer.content,
          model: { slot: answer.model, id: answer.modelId },
          usage: { inputTokens: answer.inputTokens, outputTokens: answer.outputTokens, costUsd: answer.costUsd },
          latencyMs: answer.latencyMs,
          grounding: answer.grounding,
          toolCalls: answer.toolCalls,
          question,
          message: answer,
        },
        { status: 201 },
      );
    }
    return eventStreamResponse<ChatEvent>(
      (send) => answerChat(chatInput, { actor, signal: req.signal, onEvent: send }),
      (error) => (isAppError(error) && error.expose ? error.message : 'The answer could not be written; try again.'),
    );
  });
});

/** This browser session's conversation, oldest first. */
export const GET = apiHandler(async (req) => {
  await enforceRateLimit(req, 'read');
  const { info } = await ensureSession(req);
  return Response.json({ messages: await chatHistory(info.id) }, { headers: { 'Cache-Control': 'no-store' } });
});

/** Clears the conversation from view (soft delete, audited). */
export const DELETE = apiHandler(async (req) => {
  await enforceRateLimit(req, 'read');
  const { info } = await ensureSession(req);
  return Response.json({ cleared: await clearChat(info.id, await requestActor(req)) });
});

export const { PUT, PATCH } = otherMethods('GET', 'POST', 'DELETE');
