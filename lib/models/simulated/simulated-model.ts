import type {
  LanguageModelV3,
  LanguageModelV3CallOptions,
  LanguageModelV3Content,
  LanguageModelV3GenerateResult,
  LanguageModelV3StreamPart,
  LanguageModelV3StreamResult,
  LanguageModelV3Usage,
} from '@ai-sdk/provider';
import { estimateTokens, promptText, readConversation } from './conversation';
import type { Persona } from './personas';
import { decide, type Decision } from './policy';
import { hash32 } from './rng';

export interface SimulatedModelOptions {
  persona: Persona;
  seed: number;
  /** Multiplies the persona's latency; 0 in tests. */
  latencyScale: number;
}

function usage(input: number, output: number): LanguageModelV3Usage {
  return {
    inputTokens: { total: input, noCache: input, cacheRead: 0, cacheWrite: 0 },
    outputTokens: { total: output, text: output, reasoning: 0 },
  };
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return signal?.aborted ? Promise.reject(signal.reason) : Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason ?? new Error('aborted'));
    };
    // Remove the listener when the timer fires: one signal lives through a whole workflow.
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * A language model that really implements the AI SDK's LanguageModelV3: it reads
 * the conversation and the tools it is offered, emits tool calls with arguments,
 * reads their results, streams text, and reports usage and finish reasons.
 * Deterministic for a seed; its "thinking" is the policy in policy.ts.
 */
export class SimulatedLanguageModel implements LanguageModelV3 {
  readonly specificationVersion = 'v3' as const;
  readonly provider = 'aimon.simulated';
  readonly supportedUrls = {};
  readonly modelId: string;

  constructor(private readonly options: SimulatedModelOptions) {
    this.modelId = options.persona.id;
  }

  private think(call: LanguageModelV3CallOptions): { decision: Decision; callId: string; inputTokens: number } {
    const conv = readConversation(call);
    const seed = this.options.seed ^ (call.seed ?? 0);
    const decision = decide(conv, this.options.persona, seed);
    const callId = `call_${hash32(seed, conv.goal, conv.exchanges.length).toString(36)}_${conv.exchanges.length}`;
    return { decision, callId, inputTokens: estimateTokens(promptText(call)) };
  }

  private latency(outputTokens: number): { first: number; perToken: number } {
    const s = this.options.latencyScale;
    return { first: this.options.persona.firstTokenMs * s, perToken: this.options.persona.perTokenMs * s };
  }

  async doGenerate(call: LanguageModelV3CallOptions): Promise<LanguageModelV3GenerateResult> {
    const { decision, callId, inputTokens } = this.think(call);
    if (decision.kind === 'tool' && decision.waitMs) await sleep(decision.waitMs, call.abortSignal);
    const content: LanguageModelV3Content[] = [];
    let outputText: string;
    if (decision.kind === 'tool') {
      outputText = decision.thought + JSON.stringify(decision.input);
      content.push({ type: 'text', text: decision.thought });
      content.push({ type: 'tool-call', toolCallId: callId, toolName: decision.toolName, input: JSON.stringify(decision.input) });
    } else {
      outputText = decision.text;
      content.push({ type: 'text', text: decision.text });
    }
    const outputTokens = estimateTokens(outputText);
    const l = this.latency(outputTokens);
    await sleep(l.first + l.perToken * outputTokens, call.abortSignal);
    return {
      content,
      finishReason: { unified: decision.kind === 'tool' ? 'tool-calls' : 'stop', raw: decision.kind === 'tool' ? 'tool_calls' : 'stop' },
      usage: usage(inputTokens, outputTokens),
      response: { id: callId, modelId: this.modelId, timestamp: new Date() },
      warnings: [],
    };
  }

  async doStream(call: LanguageModelV3CallOptions): Promise<LanguageModelV3StreamResult> {
    const { decision, callId, inputTokens } = this.think(call);
    const text = decision.kind === 'tool' ? decision.thought : decision.text;
    const words = text.match(/\S+\s*/g) ?? [];
    const outputTokens = estimateTokens(decision.kind === 'tool' ? text + JSON.stringify(decision.input) : text);
    const l = this.latency(outputTokens);
    const signal = call.abortSignal;
    const modelId = this.modelId;
    const stream = new ReadableStream<LanguageModelV3StreamPart>({
      async start(controller) {
        try {
          controller.enqueue({ type: 'stream-start', warnings: [] });
          controller.enqueue({ type: 'response-metadata', id: callId, modelId, timestamp: new Date() });
          await sleep(l.first + (decision.kind === 'tool' ? (decision.waitMs ?? 0) : 0), signal);
          controller.enqueue({ type: 'text-start', id: 't0' });
          for (const word of words) {
            await sleep(l.perToken * estimateTokens(word), signal);
            controller.enqueue({ type: 'text-delta', id: 't0', delta: word });
          }
          controller.enqueue({ type: 'text-end', id: 't0' });
          if (decision.kind === 'tool') {
            controller.enqueue({ type: 'tool-call', toolCallId: callId, toolName: decision.toolName, input: JSON.stringify(decision.input) });
          }
          controller.enqueue({
            type: 'finish',
            usage: usage(inputTokens, outputTokens),
            finishReason: { unified: decision.kind === 'tool' ? 'tool-calls' : 'stop', raw: decision.kind === 'tool' ? 'tool_calls' : 'stop' },
          });
          controller.close();
        } catch (error) {
          controller.enqueue({ type: 'error', error });
          controller.close();
        }
      },
    });
    return { stream };
  }
}
