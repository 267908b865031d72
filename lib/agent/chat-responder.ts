import type { ModelMessage } from 'ai';
import { AppError } from '@/lib/errors';
import type { AuditActor } from '@/lib/audit';
import { genAiProviderName, getModel, type ModelSlot } from '@/lib/models';
import { currentTraceId, logger, traceAgentRun, trackEvent } from '@/lib/telemetry';
import { chatHistory, findQuestion, storeAnswer, storeQuestion } from './chat-store';
import type { ChatEvent, ChatMessageView } from './chat-types';
import { openMcpToolSource } from './mcp-tool-source';
import { answerQuestion, type QuestionAnswer } from './answer-question';
import type { AgentToolSource } from './tool-source';
import { describeModelError } from './tool-loop';

/** Enough for an inventory, a status, logs and metrics, then the answer. */
export const CHAT_MAX_STEPS = 6;
/** Earlier turns the model sees (questions and answers), newest last. */
const CONTEXT_MESSAGES = 12;

/** The chat's instructions; experiments ask their questions with the same ones, so their verdicts read like chat's. */
export const CHAT_SYSTEM_PROMPT = `You are the AIMon assistant. You answer questions about a fleet of services using only read-only tools
(inventory, status, logs, metrics). You cannot change the fleet: say so when asked to act, and never claim an action.
Answer only from what the tools returned; if they do not say, say you do not know. Name only services the inventory lists.`;

/** `retryOf` names no question of this conversation (404, message for the user). */
export class ChatQuestionNotFound extends AppError {
  constructor() {
    super('not_found', 'No such question in this conversation.');
    this.name = 'ChatQuestionNotFound';
  }
}

export interface ChatInput {
  sessionId: string;
  model: ModelSlot;
  /** A new question, or the id of a stored question to answer again (after a failure). */
  message?: string;
  retryOf?: string;
}

export interface ChatOptions {
  actor: AuditActor;
  onEvent?: (event: ChatEvent) => void;
  signal?: AbortSignal;
  /** Tests pass a tool source of their own; by default an MCP client session on behalf of `actor`. */
  tools?: AgentToolSource;
}

export interface ChatOutcome {
  question: ChatMessageView;
  answer: ChatMessageView;
}

/**
 * Answers one chat message: stores the question first (so it survives a model
 * failure), lets the model call read-only tools, streams the answer, checks it
 * for hallucinations against the fleet and this turn's tool results, and stores
 * it with its verdict, usage and latency. A model failure ends with an answer row
 * of status "error" (never an exception), so the page can offer a retry.
 */
export async function answerChat(input: ChatInput, options: ChatOptions): Promise<ChatOutcome> {
  const { info } = getModel(input.model);
  const emit = (event: ChatEvent) => {
    try {
      options.onEvent?.(event);
    } catch {
      // a closed stream must not stop the answer
    }
  };

  return traceAgentRun('chat-assistant', { 'aimon.model.slot': input.model, 'gen_ai.request.model': info.modelId, 'gen_ai.provider.name': genAiProviderName(info.provider) }, async () => {
    const question = input.retryOf ? await findQuestion(input.sessionId, input.retryOf) : await storeQuestion(input.sessionId, input.message!, input.model, currentTraceId());
    if (!question) throw new ChatQuestionNotFound();
    emit({ type: 'question', message: question });

    const history = (await chatHistory(input.sessionId)).filter((m) => m.status === 'complete' && Number(m.id) < Number(question.id)).slice(-CONTEXT_MESSAGES);
    const messages: ModelMessage[] = [...history.map((m) => ({ role: m.role, content: m.content }) as ModelMessage), { role: 'user', content: question.content }];

    const owned = options.tools ? undefined : await openMcpToolSource(options.actor).catch((error: unknown) => error as Error);
    let outcome: QuestionAnswer | undefined;
    let failure: string | undefined;
    try {
      if (owned instanceof Error) throw owned;
      outcome = await answerQuestion({
        slot: input.model,
        system: CHAT_SYSTEM_PROMPT,
        messages,
        question: question.content,
        tools: options.tools ?? owned!,
        maxSteps: CHAT_MAX_STEPS,
        signal: options.signal,
        scenario: 'chat',
        onTextDelta: (delta) => emit({ type: 'text-delta', delta }),
        onToolCall: (call) => emit({ type: 'tool-call', call: { name: call.toolName, arguments: call.args, isError: call.outcome.isError } }),
      });
      if (outcome.failure !== undefined) failure = options.signal?.aborted ? 'Cancelled before the answer was complete.' : outcome.failure;
      else if (!outcome.text && outcome.loop.ok && outcome.loop.finishReason === 'tool-calls') failure = `${info.displayName} did not finish its answer within ${CHAT_MAX_STEPS} steps.`;
      else if (!outcome.text) failure = `${info.displayName} returned an empty answer.`;
    } catch (error) {
      // The MCP session could not be opened.
      failure = describeModelError(error, info.displayName);
    } finally {
      if (owned && !(owned instanceof Error)) await owned.close().catch(() => undefined);
    }
    if (failure !== undefined) logger.warn({ error: failure, errorType: outcome && !outcome.loop.ok ? (outcome.loop.error as Error)?.name : undefined }, 'chat answer failed');

    const base = {
      sessionId: input.sessionId,
      replyToId: question.id,
      model: input.model,
      modelId: info.modelId,
      latencyMs: outcome?.latencyMs ?? 0,
      inputTokens: outcome?.inputTokens ?? 0,
      outputTokens: outcome?.outputTokens ?? 0,
      costUsd: outcome?.costUsd ?? 0,
      toolCalls: outcome?.toolResults ?? [],
      traceId: currentTraceId(),
    };
    if (failure !== undefined || !outcome?.grounding) {
      const failed = await storeAnswer({ ...base, content: '', status: 'error', error: failure });
      emit({ type: 'error', message: failure ?? '', failed });
      return { question, answer: failed };
    }

    const { text, grounding, judgeVerdict, latencyMs } = outcome;
    const answer = await storeAnswer({ ...base, content: text, status: 'complete', grounding, judgeVerdict });
    const hallucinated = grounding.verdict === 'hallucination';
    trackEvent('chat.message', {
      'aimon.model': input.model,
      'aimon.latency_ms': Math.round(latencyMs),
      'aimon.input_tokens': outcome.inputTokens,
      'aimon.output_tokens': outcome.outputTokens,
      'aimon.hallucinated': hallucinated,
    });
    emit({ type: 'answer', message: answer });
    return { question, answer };
  });
}
