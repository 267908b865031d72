import { answerQuestion, openMcpToolSource, type AgentToolSource } from '@/lib/agent';
import type { AuditActor } from '@/lib/audit';
import { getConfig } from '@/lib/config';
import { genAiProviderName, getModel, MODEL_SLOTS, type ModelSlot } from '@/lib/models';
import { currentTraceId, traceAgentRun } from '@/lib/telemetry';
import { storeAskAnswers } from './ask-store';
import type { AskBothResult, AskToolCall } from './types';
import type { UnstoredAskAnswer } from './ask-store';

/** Most model steps per answer (tool calls in between). */
export const ASK_MAX_STEPS = 6;

const SYSTEM_PROMPT = `You are the AIMon assistant. Answer questions about the fleet of services using only the read-only tools you are given.
Report only what the tools returned; if they do not tell you, say you do not know. Be brief.`;

async function answerWith(slot: ModelSlot, prompt: string, source: AgentToolSource): Promise<UnstoredAskAnswer> {
  const { info } = getModel(slot);
  return traceAgentRun('compare-ask', { 'aimon.model.slot': slot, 'gen_ai.request.model': info.modelId, 'gen_ai.provider.name': genAiProviderName(info.provider) }, async () => {
    // The same deterministic check as chat answers, so the Compare page's
    // hallucination rate counts both; an empty answer has nothing to check.
    const answer = await answerQuestion({
      slot,
      system: SYSTEM_PROMPT,
      messages: [{ role: 'user', content: prompt }],
      question: prompt,
      tools: source,
      maxSteps: ASK_MAX_STEPS,
      timeoutMs: getConfig().models.timeoutMs,
      scenario: 'ask-both',
    });
    return {
      slot,
      model: info,
      text: answer.text,
      latencyMs: Math.round(answer.latencyMs),
      inputTokens: answer.inputTokens,
      outputTokens: answer.outputTokens,
      costUsd: answer.costUsd,
      toolCalls: answer.toolResults.map((r): AskToolCall => ({ name: r.name, args: r.arguments, isError: r.isError === true })),
      grounding: answer.grounding,
      judgeVerdict: answer.judgeVerdict,
      error: answer.failure,
    };
  });
}

/**
 * One prompt to Model A and Model B at the same time, each with the fleet's
 * read-only tools (nothing mutating is even offered), answers side by side.
 * A model that fails gives an answer with `error`, never a failed request.
 */
export async function askBoth(prompt: string, actor: AuditActor): Promise<AskBothResult> {
  const source = await openMcpToolSource(actor);
  try {
    const answers = await Promise.all(MODEL_SLOTS.map((slot) => answerWith(slot, prompt, source)));
    return { prompt, answers: await storeAskAnswers(prompt, actor.sessionId, answers, currentTraceId()) };
  } finally {
    await source.close().catch(() => undefined);
  }
}
