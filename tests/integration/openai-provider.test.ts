import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWorkflow } from '@/lib/agent';
import { resetConfigForTests } from '@/lib/config';
import { database } from '@/lib/db';
import { getModel } from '@/lib/models';
import { clearProcessSingleton } from '@/lib/runtime/process-singleton';
import { createPgliteBackend, type TestBackend } from '../support/backends';
import { FakeOpenAIServer } from '../support/openai-compatible-server';
import { tinyFleetSource } from '../support/tiny-fleet';

function useEnv(env: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetConfigForTests();
  for (const key of ['model-A', 'model-B']) clearProcessSingleton(key);
}

describe('a real model over the OpenAI-compatible protocol', () => {
  const server = new FakeOpenAIServer();
  let baseUrl: string;
  let backend: TestBackend;

  beforeAll(async () => {
    baseUrl = await server.start();
    backend = await createPgliteBackend();
    useEnv({ ...backend.env });
    clearProcessSingleton('database');
  });
  afterAll(async () => {
    await server.stop();
    await database().close();
    clearProcessSingleton('database');
    await backend.dispose();
  });

  it('runs a workflow: tool calls over the wire, tokens counted, priced from config', async () => {
    useEnv({ MODEL_A_PROVIDER: 'openai-compatible', MODEL_A_BASE_URL: baseUrl, MODEL_A_MODEL: 'llama3.1', MODEL_A_API_KEY: 'sk-test-secret', MODEL_A_PRICE_INPUT_PER_1K: '0.5', MODEL_A_PRICE_OUTPUT_PER_1K: '1.5' });
    expect(getModel('A').info).toMatchObject({ provider: 'openai-compatible', modelId: 'llama3.1', simulated: false });
    const fleet = tinyFleetSource();
    const run = await runWorkflow({ model: 'A', scenario: 'health-check' }, { tools: fleet });
    expect(run.status).toBe('succeeded');
    expect(fleet.calls[0]).toBe('list_services');
    expect(run.summary).toContain('The fleet answered');
    expect(run.inputTokens).toBe(240);
    expect(run.outputTokens).toBe(36);
    expect(run.costUsd).toBeCloseTo((240 / 1000) * 0.5 + (36 / 1000) * 1.5, 6);
    const sent = server.requests.at(-1)!;
    expect(sent.stream).toBe(true);
    expect(sent.tools?.map((t) => t.function.name)).toContain('list_services');
    expect(JSON.stringify(sent.messages)).toContain('"role":"tool"');
  });

  it('a model server that is down gives a clear error, not an exception', async () => {
    const closed = new FakeOpenAIServer();
    const url = await closed.start();
    await closed.stop(); // nothing listens there any more
    useEnv({ MODEL_A_PROVIDER: 'openai-compatible', MODEL_A_BASE_URL: url, MODEL_A_MODEL: 'llama3.1', MODEL_MAX_RETRIES: '0' });
    const run = await runWorkflow({ model: 'A', scenario: 'health-check' }, { tools: tinyFleetSource() });
    expect(run.status).toBe('error');
    expect(run.error).toMatch(/not reachable/);
  });

  it('a hung model server is cut off by the per-call time-out', async () => {
    useEnv({ MODEL_A_PROVIDER: 'openai-compatible', MODEL_A_BASE_URL: baseUrl, MODEL_A_MODEL: 'slow', MODEL_TIMEOUT_MS: '1000', MODEL_MAX_RETRIES: '0' });
    const started = Date.now();
    const run = await runWorkflow({ model: 'A', scenario: 'health-check' }, { tools: tinyFleetSource() });
    expect(run.status).toBe('error');
    expect(run.error).toMatch(/did not answer in time/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('a malformed response is reported as such', async () => {
    useEnv({ MODEL_A_PROVIDER: 'openai-compatible', MODEL_A_BASE_URL: baseUrl, MODEL_A_MODEL: 'broken', MODEL_TIMEOUT_MS: '5000', MODEL_MAX_RETRIES: '0' });
    const run = await runWorkflow({ model: 'A', scenario: 'health-check' }, { tools: tinyFleetSource() });
    expect(run.status).toBe('error');
    expect(run.error).toMatch(/could not be understood|Model A/);
    expect(run.error).not.toContain('sk-test-secret');
  });
});
