import { stepCountIs, streamText, type FinishReason, type ModelMessage } from 'ai';
import { getConfig } from '@/lib/config';
import { describeCircuitOpen, findModelCircuitOpenError, getModel, type ModelInfo, type ModelSlot } from '@/lib/models';
import { toAiTools, type AgentTool, type AgentToolSource, type ToolCallRecord } from './tool-source';
import { ModelUsageMeter } from './usage-meter';

/** One finished model step, with the tool calls it made and what each returned. */
export interface ToolLoopStep {
  text: string;
  /** Since the previous step (the model call's latency, tools included). */
  durationMs: number;
  inputTokens?: number;
  outputTokens?: number;
  toolCalls: Array<{ toolCallId: string; toolName: string; input: unknown; record?: ToolCallRecord }>;
}

export interface ToolLoopInput {
  slot: ModelSlot;
  system: string;
  messages: ModelMessage[];
  /** Where the tools come from: the MCP client, or a recorded run (replays). */
  tools: AgentToolSource;
  /** Offer only the tools that do not change the fleet (chat, ask-both, health checks). */
  readOnly: boolean;
  maxSteps: number;
  /** The caller's cancel. */
  signal?: AbortSignal;
  /** An overall bound on the loop, in ms. */
  timeoutMs?: number;
  /** How the model calls are counted in the console. */
  meter: { scenario: string; operation?: 'chat' };
  onTextDelta?: (delta: string) => void;
  /** Each tool call as it finishes, before its model step ends. */
  onToolCall?: (call: ToolCallRecord, tool: AgentTool) => void;
  onStep?: (step: ToolLoopStep) => void;
}

interface ToolLoopBase {
  info: ModelInfo;
  usage: ModelUsageMeter;
  /** Every tool call made, in order. */
  calls: ToolCallRecord[];
}

export type ToolLoopResult = ToolLoopBase &
  (
    | { ok: true; text: string; finishReason: FinishReason }
    | {
        ok: false;
        error: unknown;
        /** The caller's signal ended it. */
        cancelled: boolean;
        timedOut: boolean;
        /** The failure in words a user can act on. */
        message: string;
      }
  );

/**
 * The one model tool loop of the app (workflows, chat, ask-both, replays,
 * experiments): the slot's model with the source's tools (read-only ones when
 * asked), streamed, bounded in steps and time, retried as configured for real
 * model servers, with its usage counted step by step. Never throws: a model or
 * tool-listing failure comes back as `ok: false` with a plain message; a failed
 * model call is counted unless the caller cancelled it.
 */
export async function runToolLoop(input: ToolLoopInput): Promise<ToolLoopResult> {
  const config = getConfig();
  const { info, model } = getModel(input.slot);
  const usage = new ModelUsageMeter({ slot: input.slot, info, scenario: input.meter.scenario, operation: input.meter.operation });
  const calls: ToolCallRecord[] = [];
  const byId = new Map<string, ToolCallRecord>();
  const timeout = input.timeoutMs === undefined ? undefined : AbortSignal.timeout(input.timeoutMs);
  const signals = [input.signal, timeout].filter((s): s is AbortSignal => s !== undefined);
  const signal = signals.length ? AbortSignal.any(signals) : undefined;
  try {
    const available = await input.tools.listTools();
    const offered = input.readOnly ? available.filter((t) => !t.mutating) : available;
    const tools = toAiTools(offered, input.tools, (call) => {
      calls.push(call);
      byId.set(call.toolCallId, call);
      input.onToolCall?.(call, offered.find((t) => t.name === call.toolName)!);
    });
    const result = streamText({
      model,
      system: input.system,
      messages: input.messages,
      tools,
      stopWhen: stepCountIs(input.maxSteps),
      maxRetries: info.simulated ? 0 : config.models.maxRetries,
      abortSignal: signal,
      // Errors surface through fullStream below; callers log them once, without the prompt.
      onError: () => undefined,
      onStepFinish: (step) => {
        const durationMs = usage.step(step.usage);
        input.onStep?.({
          text: step.text,
          durationMs,
          inputTokens: step.usage.inputTokens,
          outputTokens: step.usage.outputTokens,
          toolCalls: step.toolCalls.map((c) => ({ toolCallId: c.toolCallId, toolName: c.toolName, input: c.input, record: byId.get(c.toolCallId) })),
        });
      },
    });
    for await (const part of result.fullStream) {
      if (part.type === 'text-delta') input.onTextDelta?.(part.text);
      if (part.type === 'error') throw part.error;
    }
    // An abort ends the stream quietly (an 'abort' part), not with an error.
    if (signal?.aborted) throw signal.reason ?? new Error('aborted');
    return { ok: true, info, usage, calls, text: (await result.text).trim(), finishReason: await result.finishReason };
  } catch (error) {
    const cancelled = input.signal?.aborted === true;
    if (!cancelled) usage.failed(error);
    return { ok: false, info, usage, calls, error, cancelled, timedOut: timeout?.aborted === true, message: describeModelError(error, info.displayName) };
  }
}

/** A model failure in words a user can act on (no stack, no key). */
export function describeModelError(error: unknown, model: string): string {
  // First: a paused call also reaches here wrapped in a RetryError when the circuit opened between retries.
  const paused = findModelCircuitOpenError(error);
  if (paused) return describeCircuitOpen(model, paused);
  // The AI SDK's RetryError ("Failed after 3 attempts. Last error: …") wraps what actually went wrong.
  const retried = error as { name?: string; lastError?: unknown; errors?: unknown[] };
  if (retried?.name === 'AI_RetryError' && retried.lastError !== undefined) {
    const attempts = retried.errors?.length ?? 0;
    return describeModelError(retried.lastError, model).replace(/\.$/, attempts > 1 ? ` (${attempts} attempts).` : '.');
  }
  const e = error as { name?: string; message?: string; statusCode?: number; cause?: { code?: string } };
  const code = e?.cause?.code;
  if (code === 'ECONNREFUSED' || /ECONNREFUSED|fetch failed|Cannot connect/i.test(e?.message ?? '')) return `${model}: the model server is not reachable.`;
  if (e?.name === 'TimeoutError' || /timed? ?out|aborted/i.test(e?.message ?? '')) return `${model}: the model server did not answer in time.`;
  if (e?.statusCode) return `${model}: the model server answered HTTP ${e.statusCode}.`;
  if (/JSON|parse|invalid/i.test(e?.message ?? '')) return `${model}: the model server sent a response that could not be understood.`;
  return `${model}: ${(e?.message ?? 'unknown error').split('\n')[0]!.slice(0, 200)}`;
}
