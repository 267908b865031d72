import type { ModelMessage } from 'ai';
import { checkGrounding, judgeAnswer, type GroundingResult, type ToolResultInput } from '@/lib/grounding';
import type { ModelInfo } from '@/lib/models';
import { recordHallucinationCheck } from '@/lib/monitoring';
import type { ToolCallRecord } from './tool-source';
import { runToolLoop, type ToolLoopInput, type ToolLoopResult } from './tool-loop';

/** The tool loop's input, read-only always, with the question the grounding check reads. */
export interface QuestionInput extends Pick<ToolLoopInput, 'slot' | 'system' | 'tools' | 'maxSteps' | 'signal' | 'timeoutMs' | 'onTextDelta'> {
  /** The conversation so far, the question last. */
  messages: ModelMessage[];
  /** The question itself, as the grounding check reads it. */
  question: string;
  /** How the model calls are counted (chat, ask-both, experiment). */
  scenario: string;
  onToolCall?: (call: ToolCallRecord) => void;
}

export interface QuestionAnswer {
  info: ModelInfo;
  /** The answer, trimmed ('' when the model said nothing or failed). */
  text: string;
  /** Set when the model failed (in words a user can act on); the loop's own outcome is in `loop`. */
  failure?: string;
  loop: ToolLoopResult;
  /** Before the check: what the user waited for. */
  latencyMs: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  toolResults: ToolResultInput[];
  /** The check of a non-empty answer: the rules' verdict, then the judge's second opinion when one is configured. */
  grounding?: GroundingResult;
  judgeVerdict?: string;
}

/**
 * One question to one model with the fleet's read-only tools (nothing that
 * changes the fleet is even offered), then the hallucination check of its
 * answer against this turn's tool results, counted in the console's
 * hallucination figures. Chat, ask-both and experiments all answer through it,
 * so their verdicts are comparable. Never throws for a model failure.
 */
export async function answerQuestion(input: QuestionInput): Promise<QuestionAnswer> {
  const started = performance.now();
  const toolResults: ToolResultInput[] = [];
  const loop = await runToolLoop({
    slot: input.slot,
    system: input.system,
    messages: input.messages,
    tools: input.tools,
    readOnly: true,
    maxSteps: input.maxSteps,
    signal: input.signal,
    timeoutMs: input.timeoutMs,
    meter: { scenario: input.scenario, operation: 'chat' },
    onTextDelta: input.onTextDelta,
    onToolCall: (call) => {
      toolResults.push({ name: call.toolName, arguments: call.args, result: call.outcome.value, isError: call.outcome.isError });
      input.onToolCall?.(call);
    },
  });
  const latencyMs = performance.now() - started;
  const base = {
    info: loop.info,
    loop,
    latencyMs,
    inputTokens: loop.usage.inputTokens,
    outputTokens: loop.usage.outputTokens,
    costUsd: loop.usage.costUsd,
    toolResults,
  };
  if (!loop.ok) return { ...base, text: '', failure: loop.message };
  if (!loop.text) return { ...base, text: '' };

  const checked = { answer: loop.text, question: input.question, toolResults };
  const { grounding, judgeVerdict } = await judgeAnswer(checked, await checkGrounding(checked), input.slot);
  recordHallucinationCheck({
    model: input.slot,
    hallucinated: grounding.verdict === 'hallucination',
    claims: grounding.claims,
    unsupportedClaims: grounding.findings.filter((f) => f.severity === 'error').length,
  });
  return { ...base, text: loop.text, grounding, judgeVerdict };
}
