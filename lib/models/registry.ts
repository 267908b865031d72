import { createAzure } from '@ai-sdk/azure';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LanguageModelV3, LanguageModelV3StreamPart } from '@ai-sdk/provider';
import { wrapLanguageModel } from 'ai';
import { getConfig, type ModelSlotConfig } from '@/lib/config';
import { processSingleton } from '@/lib/runtime';
import { observeCounter, observeGauge, outboundFetch, traceModelCall, traceModelStream } from '@/lib/telemetry';
import { ModelCircuitBreaker } from './circuit-breaker';
import { PERSONAS } from './simulated/personas';
import { SimulatedLanguageModel } from './simulated/simulated-model';
import { MODEL_SLOTS, type ModelCircuitStatus, type ModelInfo, type ModelSlot } from './types';

export interface RegisteredModel {
  info: ModelInfo;
  model: LanguageModelV3;
  /** Real model servers only: simulated models make no requests. */
  breaker?: ModelCircuitBreaker;
}

/**
 * fetch with a per-call time-out, so a hung model server costs MODEL_TIMEOUT_MS
 * at most (per try); unpatched by Next.js, so each call is one client span.
 */
function fetchWithTimeout(timeoutMs: number): typeof fetch {
  return (url, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    return outboundFetch()(url, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
  };
}

/** gen_ai.provider.name per the GenAI conventions: an OpenAI-compatible server speaks OpenAI's API. */
const PROVIDER_NAMES: Record<ModelInfo['provider'], string> = {
  simulated: 'aimon.simulated',
  'openai-compatible': 'openai',
  'azure-openai': 'azure.ai.openai',
};

/** gen_ai.provider.name of a model, as its spans and its agent's spans name it. */
export function genAiProviderName(provider: ModelInfo['provider']): string {
  return PROVIDER_NAMES[provider];
}

/** The model server's host and port (server.address / server.port on model spans). */
function modelServer(c: ModelSlotConfig): { serverAddress?: string; serverPort?: number } {
  if (c.provider === 'simulated') return {};
  if (c.provider === 'azure-openai' && c.azureResource) return { serverAddress: `${c.azureResource}.openai.azure.com`, serverPort: 443 };
  return urlServer(c.baseUrl!);
}

function urlServer(baseUrl: string): { serverAddress?: string; serverPort?: number } {
  try {
    const url = new URL(baseUrl);
    return { serverAddress: url.hostname, serverPort: Number(url.port || (url.protocol === 'https:' ? 443 : 80)) };
  } catch {
    return {};
  }
}

function baseModel(slot: ModelSlot, c: ModelSlotConfig): { model: LanguageModelV3; info: ModelInfo; breaker?: ModelCircuitBreaker } {
  const config = getConfig().models;
  // The breaker wraps the time-out, so a hung server's time-outs count as failures.
  const breaker = c.provider === 'simulated' ? undefined : new ModelCircuitBreaker(slot, { ...config.breaker, modelId: c.model! });
  const fetchImpl = breaker?.wrap(fetchWithTimeout(config.timeoutMs));
  if (c.provider === 'openai-compatible') {
    const provider = createOpenAICompatible({ name: 'openai-compatible', baseURL: c.baseUrl!, apiKey: c.apiKey, includeUsage: true, fetch: fetchImpl });
    return {
      breaker,
      model: provider.chatModel(c.model!),
      info: { slot, displayName: c.name ?? `Model ${slot} (${c.model})`, provider: 'openai-compatible', modelId: c.model!, simulated: false, pricing: { inputPer1k: c.priceInputPer1k ?? 0, outputPer1k: c.priceOutputPer1k ?? 0 } },
    };
  }
  if (c.provider === 'azure-openai') {
    const azure = createAzure({
      ...(c.azureResource ? { resourceName: c.azureResource } : { baseURL: c.baseUrl }),
      apiKey: c.apiKey,
      ...(c.azureApiVersion ? { apiVersion: c.azureApiVersion } : {}),
      fetch: fetchImpl,
    });
    return {
      breaker,
      model: azure.chat(c.model!),
      info: { slot, displayName: c.name ?? `Model ${slot} (Azure ${c.model})`, provider: 'azure-openai', modelId: c.model!, simulated: false, pricing: { inputPer1k: c.priceInputPer1k ?? 0, outputPer1k: c.priceOutputPer1k ?? 0 } },
    };
  }
  const persona = PERSONAS[slot];
  return {
    model: new SimulatedLanguageModel({ persona, seed: config.simSeed, latencyScale: config.simLatencyScale }),
    info: {
      slot,
      displayName: c.name ?? persona.displayName,
      provider: 'simulated',
      modelId: persona.id,
      simulated: true,
      pricing: { inputPer1k: c.priceInputPer1k ?? persona.pricing.inputPer1k, outputPer1k: c.priceOutputPer1k ?? persona.pricing.outputPer1k },
    },
  };
}

/** Wraps a model so every call is a GenAI span with token usage and duration metrics. */
function traced(slot: string, info: Pick<ModelInfo, 'provider' | 'modelId'>, model: LanguageModelV3, server: { serverAddress?: string; serverPort?: number } = {}): LanguageModelV3 {
  const meta = (params: { temperature?: number; maxOutputTokens?: number }) => ({
    provider: PROVIDER_NAMES[info.provider],
    requestModel: info.modelId,
    slot,
    ...server,
    temperature: params.temperature,
    maxOutputTokens: params.maxOutputTokens,
  });
  return wrapLanguageModel({
    model,
    middleware: {
      specificationVersion: 'v3',
      wrapGenerate: ({ doGenerate, params }) =>
        traceModelCall(meta(params), doGenerate, (r) => ({
          responseModel: r.response?.modelId,
          responseId: r.response?.id,
          inputTokens: r.usage.inputTokens.total,
          outputTokens: r.usage.outputTokens.total,
          finishReason: r.finishReason.unified,
        })),
      wrapStream: ({ doStream, params }) =>
        traceModelStream(meta(params), doStream, (part: LanguageModelV3StreamPart) => {
          if (part.type === 'finish') return { inputTokens: part.usage.inputTokens.total, outputTokens: part.usage.outputTokens.total, finishReason: part.finishReason.unified };
          if (part.type === 'response-metadata') return { responseModel: part.modelId, responseId: part.id };
          return undefined;
        }),
    },
  });
}

/** Model A and Model B, built once per process from the configuration (tests clear `model-A`/`model-B`, breaker included). */
export function getModel(slot: ModelSlot): RegisteredModel {
  return processSingleton(`model-${slot}`, () => {
    const slotConfig = getConfig().models[slot];
    const { model, info, breaker } = baseModel(slot, slotConfig);
    if (breaker) registerCircuitMetrics();
    return { info, breaker, model: traced(slot, info, model, modelServer(slotConfig)) };
  });
}

/** The model that judges answers (lib/grounding/judge.ts), and how the pages name it. */
export interface JudgeModel {
  model: LanguageModelV3;
  label: string;
}

/**
 * The LLM judge's model, or undefined when none is configured: a slot's model
 * (its breaker and spans included), or an OpenAI-compatible server of its own,
 * built once per process (tests clear `model-judge`). Its calls are GenAI spans
 * under the slot name `judge`.
 */
export function getJudgeModel(): JudgeModel | undefined {
  const judge = getConfig().grounding.judge;
  if (!judge) return undefined;
  if (judge.kind === 'slot') {
    const { model, info } = getModel(judge.slot);
    return { model, label: `Model ${judge.slot} (${info.modelId})` };
  }
  return processSingleton('model-judge', () => {
    const provider = createOpenAICompatible({ name: 'openai-compatible', baseURL: judge.baseUrl, apiKey: judge.apiKey, includeUsage: true, fetch: fetchWithTimeout(judge.timeoutMs) });
    return { model: traced('judge', { provider: 'openai-compatible', modelId: judge.model }, provider.chatModel(judge.model), urlServer(judge.baseUrl)), label: judge.model };
  });
}

/** The circuit breaker of a slot's model server; undefined for a simulated model. */
export function modelCircuitStatus(slot: ModelSlot): ModelCircuitStatus | undefined {
  return getModel(slot).breaker?.status();
}

/**
 * Once per process. The callbacks look the models up at each collection rather
 * than holding one breaker, so they follow a model rebuilt by a test.
 */
function registerCircuitMetrics(): void {
  const breakers = () =>
    MODEL_SLOTS.filter((slot) => getConfig().models[slot].provider !== 'simulated').flatMap((slot) => {
      const breaker = getModel(slot).breaker;
      return breaker ? [{ slot, breaker }] : [];
    });
  observeGauge('aimon.model.circuit.open', 'Per model slot: 1 while its circuit breaker is open or half-open (calls paused), 0 while closed', () =>
    breakers().map(({ slot, breaker }) => ({ value: breaker.isOpen ? 1 : 0, attributes: { 'aimon.model.slot': slot } })),
  );
  observeCounter('aimon.model.circuit.short_circuited', 'Per model slot: calls refused without a request because its circuit was open', () =>
    breakers().map(({ slot, breaker }) => ({ value: breaker.shortCircuited, attributes: { 'aimon.model.slot': slot } })),
  );
}

export function listModels(): ModelInfo[] {
  return (['A', 'B'] as const).map((slot) => getModel(slot).info);
}
