import { context, SpanKind, SpanStatusCode, trace, type Attributes, type Span } from '@opentelemetry/api';
import { recordModelCallMetrics } from './metrics';
import { failSpan } from './span-errors';

/**
 * OpenTelemetry GenAI semantic conventions: one CLIENT span per model call
 * (`chat <model>`) and one INTERNAL span per tool execution
 * (`execute_tool <tool>`), with the standard gen_ai.* attributes, plus the
 * gen_ai.client.* metrics.
 */
export interface ModelCallMeta {
  /** gen_ai.provider.name: a well-known value (`openai`, `azure.ai.openai`) or `aimon.simulated`. */
  provider: string;
  requestModel: string;
  slot: string;
  /** The model server (server.address / server.port); none for a simulated model. */
  serverAddress?: string;
  serverPort?: number;
  temperature?: number;
  maxOutputTokens?: number;
}

/**
 * The AI SDK's finish reasons (`tool-calls`, `content-filter`) as the GenAI
 * conventions spell them (`tool_calls`, `content_filter`); `stop`, `length`
 * and `error` are the same in both.
 */
export function conventionFinishReason(reason: string): string {
  return reason.replaceAll('-', '_');
}

export interface ModelCallOutcome {
  responseModel?: string;
  responseId?: string;
  inputTokens?: number;
  outputTokens?: number;
  finishReason?: string;
}

const tracer = () => trace.getTracer('aimon.genai');

function startModelSpan(meta: ModelCallMeta): Span {
  return tracer().startSpan(`chat ${meta.requestModel}`, {
    kind: SpanKind.CLIENT,
    attributes: {
      'gen_ai.operation.name': 'chat',
      'gen_ai.provider.name': meta.provider,
      'gen_ai.request.model': meta.requestModel,
      ...(meta.serverAddress ? { 'server.address': meta.serverAddress } : {}),
      ...(meta.serverPort !== undefined ? { 'server.port': meta.serverPort } : {}),
      'aimon.model.slot': meta.slot,
      ...(meta.temperature !== undefined ? { 'gen_ai.request.temperature': meta.temperature } : {}),
      ...(meta.maxOutputTokens !== undefined ? { 'gen_ai.request.max_tokens': meta.maxOutputTokens } : {}),
    },
  });
}

function finishModelSpan(span: Span, meta: ModelCallMeta, started: number, outcome: ModelCallOutcome | undefined, error?: unknown): void {
  if (outcome) {
    span.setAttributes({
      ...(outcome.responseModel ? { 'gen_ai.response.model': outcome.responseModel } : {}),
      ...(outcome.responseId ? { 'gen_ai.response.id': outcome.responseId } : {}),
      ...(outcome.inputTokens !== undefined ? { 'gen_ai.usage.input_tokens': outcome.inputTokens } : {}),
      ...(outcome.outputTokens !== undefined ? { 'gen_ai.usage.output_tokens': outcome.outputTokens } : {}),
      ...(outcome.finishReason ? { 'gen_ai.response.finish_reasons': [conventionFinishReason(outcome.finishReason)] } : {}),
    });
  }
  const errorType = error ? failSpan(span, error) : undefined;
  span.end();
  recordModelCallMetrics({
    provider: meta.provider,
    requestModel: meta.requestModel,
    responseModel: outcome?.responseModel,
    operation: 'chat',
    inputTokens: outcome?.inputTokens,
    outputTokens: outcome?.outputTokens,
    durationMs: performance.now() - started,
    errorType,
  });
}

/** Traces a non-streaming model call. */
export async function traceModelCall<T>(meta: ModelCallMeta, run: () => PromiseLike<T>, read: (result: T) => ModelCallOutcome): Promise<T> {
  const span = startModelSpan(meta);
  const started = performance.now();
  try {
    const result = await context.with(trace.setSpan(context.active(), span), () => Promise.resolve(run()));
    finishModelSpan(span, meta, started, read(result));
    return result;
  } catch (error) {
    finishModelSpan(span, meta, started, undefined, error);
    throw error;
  }
}

/**
 * Traces a streaming model call: the span stays open until the stream ends
 * (`finish` part, error, or cancel), reading usage from the parts as they pass.
 */
export async function traceModelStream<P extends { type: string }, R extends { stream: ReadableStream<P> }>(
  meta: ModelCallMeta,
  start: () => PromiseLike<R>,
  read: (part: P) => ModelCallOutcome | undefined,
): Promise<R> {
  const span = startModelSpan(meta);
  const started = performance.now();
  let result: R;
  try {
    result = await context.with(trace.setSpan(context.active(), span), () => Promise.resolve(start()));
  } catch (error) {
    finishModelSpan(span, meta, started, undefined, error);
    throw error;
  }
  const outcome: ModelCallOutcome = {};
  let ended = false;
  const end = (error?: unknown) => {
    if (ended) return;
    ended = true;
    finishModelSpan(span, meta, started, outcome, error);
  };
  const stream = result.stream.pipeThrough(
    new TransformStream<P, P>({
      transform(part, controller) {
        if (part.type === 'error') end((part as unknown as { error: unknown }).error);
        const seen = read(part);
        if (seen) Object.assign(outcome, Object.fromEntries(Object.entries(seen).filter(([, v]) => v !== undefined)));
        controller.enqueue(part);
      },
      flush() {
        end();
      },
      cancel(reason: unknown) {
        end(reason instanceof Error ? reason : new Error('stream cancelled'));
      },
    } as Transformer<P, P>),
  );
  return { ...result, stream };
}

/** Traces one tool execution (`execute_tool <name>`). */
export async function traceToolCall<T>(
  tool: { name: string; callId: string; mutating?: boolean },
  run: () => Promise<T>,
  isError?: (result: T) => boolean,
): Promise<T> {
  return tracer().startActiveSpan(
    `execute_tool ${tool.name}`,
    {
      kind: SpanKind.INTERNAL,
      attributes: {
        'gen_ai.operation.name': 'execute_tool',
        'gen_ai.tool.name': tool.name,
        'gen_ai.tool.call.id': tool.callId,
        'gen_ai.tool.type': 'function',
        ...(tool.mutating !== undefined ? { 'aimon.tool.mutating': tool.mutating } : {}),
      },
    },
    async (span) => {
      try {
        const result = await run();
        const failed = isError?.(result) ?? false;
        span.setAttribute('aimon.tool.outcome', failed ? 'error' : 'success');
        if (failed) {
          span.setStatus({ code: SpanStatusCode.ERROR, message: 'tool returned an error' });
          // The conventions' value for an error without an exception class.
          span.setAttribute('error.type', '_OTHER');
        }
        return result;
      } catch (error) {
        span.setAttribute('aimon.tool.outcome', 'error');
        failSpan(span, error);
        throw error;
      } finally {
        span.end();
      }
    },
  );
}

/**
 * Runs `fn` under the span of a workflow or chat turn (`invoke_agent <name>`,
 * INTERNAL: the agent runs in this process). `provider` is the
 * gen_ai.provider.name of the model the agent talks to, when it has one.
 */
export async function traceAgentRun<T>(
  name: string,
  attributes: Attributes & { 'gen_ai.provider.name'?: string },
  fn: (span: Span) => Promise<T>,
): Promise<T> {
  return tracer().startActiveSpan(
    `invoke_agent ${name}`,
    { kind: SpanKind.INTERNAL, attributes: { 'gen_ai.operation.name': 'invoke_agent', 'gen_ai.agent.name': name, ...attributes } },
    async (span) => {
      try {
        return await fn(span);
      } catch (error) {
        failSpan(span, error);
        throw error;
      } finally {
        span.end();
      }
    },
  );
}
