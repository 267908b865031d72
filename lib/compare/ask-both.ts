import { generateText, stepCountIs } from 'ai';
import { describeModelError, ModelUsageMeter, openMcpToolSource, toAiTools, type AgentTool, type AgentToolSource } from '@/lib/agent';
import type { AuditActor } from '@/lib/audit';
import { getConfig } from '@/lib/config';
import { checkGrounding, judgeAnswer, type ToolResultInput } from '@/lib/grounding';
import { getModel, MODEL_SLOTS, type ModelSlot } from '@/lib/models';
import { recordHallucinationCheck } from '@/lib/monitoring';
import { currentTraceId, traceAgentRun } from '@/lib/telemetry';
import { storeAskAnswers } from './ask-store';
import type { AskBothResult, AskToolCall } from './types';
import type { UnstoredAskAnswer } from './ask-store';

/** Most model steps per answer (tool calls in between). */
export const ASK_MAX_STEPS = 6;

const SYSTEM_PROMPT = `You are the AIMon assistant. Answer questions about the fleet of services using only the read-only tools you are given.
Report only what the tools returned; if they do not tell you, say you do not know. Be brief.`;

async function answerWith(slot: ModelSlot, prompt: string, offered: AgentTool[], source: AgentToolSource): Promise<UnstoredAskAnswer> {
  const config = getConfig();
  const { info, model } = getModel(slot);
  const toolCalls: AskToolCall[] = [];
  const toolResults: ToolResultInput[] = [];
  const started = performance.now();
  const usage = new ModelUsageMeter({ slot, info, scenario: 'ask-both', operation: 'chat' });
  return traceAgentRun('compare-ask', { 'aimon.model.slot': slot, 'gen_ai.request.model': info.modelId }, async () => {
    try {
      const result = await generateText({
        model,
        system: SYSTEM_PROMPT,
        prompt,
        tools: toAiTools(offered, source, (call) => {
          toolCalls.push({ name: call.toolName, args: call.args, isError: call.outcome.isError });
          toolResults.push({ name: call.toolName, arguments: call.args, result: call.outcome.value, isError: call.outcome.isError });
        }),
        stopWhen: stepCountIs(ASK_MAX_STEPS),
        maxRetries: info.simulated ? 0 : config.models.maxRetries,
        abortSignal: AbortSignal.timeout(config.models.timeoutMs),
        onStepFinish: (step) => void usage.step(step.usage),
      });
      const text = result.text.trim();
      const latencyMs = Math.round(performance.now() - started);
      // The same deterministic check as chat answers, so the Compare page's
      // hallucination rate counts both; an empty answer has nothing to check.
      const checked = { answer: text, question: prompt, toolResults };
      const judged = text ? await judgeAnswer(checked, await checkGrounding(checked), slot) : undefined;
      const grounding = judged?.grounding;
      if (grounding) {
        recordHallucinationCheck({
          model: slot,
          hallucinated: grounding.verdict === 'hallucination',
          claims: grounding.claims,
          unsupportedClaims: grounding.findings.filter((f) => f.severity === 'error').length,
        });
      }
      return {
        slot,
        model: info,
        text,
        latencyMs,
        inputTokens: usage.inputTokens,
        outputTokens: usage.outputTokens,
        costUsd: usage.costUsd,
        toolCalls,
        grounding,
        judgeVerdict: judged?.judgeVerdict,
      };
    } catch (error) {
      usage.failed(error);
      return {
        slot,
        model: info,
        text: '',
        latencyMs: Math.round(performance.now() - started),
        inputTokens: usage.inputTokens,
        outputTokens: usage.outputTokens,
        costUsd: usage.costUsd,
        toolCalls,
        error: describeModelError(error, info.displayName),
      };
    }
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
    const offered = (await source.listTools()).filter((t) => !t.mutating);
    const answers = await Promise.all(MODEL_SLOTS.map((slot) => answerWith(slot, prompt, offered, source)));
    return { prompt, answers: await storeAskAnswers(prompt, actor.sessionId, answers, currentTraceId()) };
  } finally {
    await source.close().catch(() => undefined);
  }
}
