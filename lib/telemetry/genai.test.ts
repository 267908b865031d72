import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conventionFinishReason, traceModelCall } from './genai';

describe('GenAI model spans', () => {
  const exported = new InMemorySpanExporter();
  beforeAll(() => {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exported)] }));
  });
  afterAll(() => {
    trace.disable();
    context.disable();
  });

  it("spells finish reasons as the conventions do", () => {
    expect(['tool-calls', 'stop', 'length', 'content-filter', 'error'].map(conventionFinishReason)).toEqual(['tool_calls', 'stop', 'length', 'content_filter', 'error']);
  });

  it('names the provider and the model server, and reads the outcome in convention spelling', async () => {
    const meta = { provider: 'openai', requestModel: 'llama3', slot: 'A', serverAddress: '127.0.0.1', serverPort: 11434 };
    await traceModelCall(meta, async () => 'ok', () => ({ inputTokens: 12, outputTokens: 3, finishReason: 'tool-calls', responseModel: 'llama3:8b' }));
    const span = exported.getFinishedSpans().find((s) => s.name === 'chat llama3')!;
    expect(span.attributes).toMatchObject({
      'gen_ai.operation.name': 'chat',
      'gen_ai.provider.name': 'openai',
      'gen_ai.request.model': 'llama3',
      'gen_ai.response.model': 'llama3:8b',
      'server.address': '127.0.0.1',
      'server.port': 11434,
      'gen_ai.usage.input_tokens': 12,
      'gen_ai.usage.output_tokens': 3,
      'gen_ai.response.finish_reasons': ['tool_calls'],
    });
    // Deprecated in favour of gen_ai.provider.name.
    expect(span.attributes['gen_ai.system']).toBeUndefined();
  });
});
