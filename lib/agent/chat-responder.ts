import { stepCountIs, streamText, type ModelMessage } from 'ai';
import type { AuditActor } from '@/lib/audit';
import { getConfig } from '@/lib/config';
import { checkGrounding, judgeAnswer } from '@/lib/grounding';
import type { ToolResultInput } from '@/lib/grounding/types';
import { getModel, type ModelSlot } from '@/lib/models';
import { recordHallucinationCheck } from '@/lib/monitoring';
import { currentTraceId, logger, traceAgentRun, trackEvent } from '@/lib/telemetry';
import { chatHistory, findQuestion, storeAnswer, storeQuestion } from './chat-store';
import type { ChatEvent, ChatMessageView } from './chat-types';
import { openMcpToolSource } from './mcp-tool-source';
import { describeModelError } from './run-workflow';
import { toAiTools, type AgentToolSource } from './tool-source';
import { ModelUsageMeter } from './usage-meter';

/** Enough for an inventory, a status, logs and metrics, then the answer. */
const CHAT_MAX_STEPS = 6;
/** Earlier turns the model sees (questions and answers), newest last. */
const CONTEXT_MESSAGES = 12;

const SYSTEM_PROMPT = `You are the AIMon assistant. You answer questions about a fleet of services using only read-only tools
(inventory, status, logs, metrics). You cannot change the fleet: say so when asked to act, and never claim an action.
Answer only from what the tools returned; if they do not say, say you do not know. Name only services the inventory lists.`;

export class ChatQuestionNotFound extends Error {
  constructor() {
    super('No such question in this conversation.');
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
  const { info, model } = getModel(input.model);
  const emit = (event: ChatEvent) => {
    try {
      options.onEvent?.(event);
    } catch {
      // a closed stream must not stop the answer
    }
  };

  return traceAgentRun('chat-assistant', { 'aimon.model.slot': input.model, 'gen_ai.request.model': info.modelId }, async () => {
    const question = input.retryOf ? await findQuestion(input.sessionId, input.retryOf) : await storeQuestion(input.sessionId, input.message!, input.model, currentTraceId());
    if (!question) throw new ChatQuestionNotFound();
    emit({ type: 'question', message: question });

    const history = (await chatHistory(input.sessionId)).filter((m) => m.status === 'complete' && Number(m.id) < Number(question.id)).slice(-CONTEXT_MESSAGES);
    const messages: ModelMessage[] = [...history.map((m) => ({ role: m.role, content: m.content }) as ModelMessage), { role: 'user', content: question.content }];

    const started = performance.now();
    const usage = new ModelUsageMeter({ slot: input.model, info, scenario: 'chat' });
    const toolCalls: ToolResultInput[] = [];
    const owned = options.tools ? undefined : await openMcpToolSource(options.actor).catch((error: unknown) => error as Error);
    let text = '';
    let failure: string | undefined;
    try {
      if (owned instanceof Error) throw owned;
      const source = options.tools ?? owned!;
      // Chat never offers a tool that changes the fleet, whatever the model asks for.
      const readOnly = (await source.listTools()).filter((t) => !t.mutating);
      const tools = toAiTools(readOnly, source, (call) => {
        toolCalls.push({ name: call.toolName, arguments: call.args, result: call.outcome.value, isError: call.outcome.isError });
        emit({ type: 'tool-call', call: { name: call.toolName, arguments: call.args, isError: call.outcome.isError } });
      });
      const result = streamText({
        model,
        system: SYSTEM_PROMPT,
        messages,
        tools,
        stopWhen: stepCountIs(CHAT_MAX_STEPS),
        maxRetries: info.simulated ? 0 : getConfig().models.maxRetries,
        abortSignal: options.signal,
        onError: () => undefined,
        onStepFinish: (step) => void usage.step(step.usage),
      });
      for await (const part of result.fullStream) {
        if (part.type === 'text-delta') emit({ type: 'text-delta', delta: part.text });
        if (part.type === 'error') throw part.error;
      }
      if (options.signal?.aborted) throw options.signal.reason ?? new Error('aborted');
      text = (await result.text).trim();
      if (!text && (await result.finishReason) === 'tool-calls') failure = `${info.displayName} did not finish its answer within ${CHAT_MAX_STEPS} steps.`;
      else if (!text) failure = `${info.displayName} returned an empty answer.`;
    } catch (error) {
      failure = options.signal?.aborted ? 'Cancelled before the answer was complete.' : describeModelError(error, info.displayName);
      logger.warn({ error: failure, errorType: (error as Error)?.name }, 'chat answer failed');
      usage.failed(error);
    } finally {
      if (owned && !(owned instanceof Error)) await owned.close().catch(() => undefined);
    }

    const latencyMs = performance.now() - started;
    const base = {
      sessionId: input.sessionId,
      replyToId: question.id,
      model: input.model,
      modelId: info.modelId,
      latencyMs,
      inputTokens: usage.inputTokens,
      outputTokens: usage.outputTokens,
      costUsd: usage.costUsd,
      toolCalls,
      traceId: currentTraceId(),
    };
    if (failure !== undefined) {
      const failed = await storeAnswer({ ...base, content: '', status: 'error', error: failure });
      emit({ type: 'error', message: failure, failed });
      return { question, answer: failed };
    }

    const checked = { answer: text, question: question.content, toolResults: toolCalls };
    // The rules first (their verdict is the answer's), then the judge's second opinion, if one is configured.
    const { grounding, judgeVerdict } = await judgeAnswer(checked, await checkGrounding(checked), input.model);
    const answer = await storeAnswer({ ...base, content: text, status: 'complete', grounding, judgeVerdict });
    const hallucinated = grounding.verdict === 'hallucination';
    recordHallucinationCheck({ model: input.model, hallucinated, claims: grounding.claims, unsupportedClaims: grounding.findings.filter((f) => f.severity === 'error').length });
    trackEvent('chat.message', {
      'aimon.model': input.model,
      'aimon.latency_ms': Math.round(latencyMs),
      'aimon.input_tokens': usage.inputTokens,
      'aimon.output_tokens': usage.outputTokens,
      'aimon.hallucinated': hallucinated,
    });
    emit({ type: 'answer', message: answer });
    return { question, answer };
  });
}
