import { metrics } from '@opentelemetry/api';
import { MeterProvider, MetricReader } from '@opentelemetry/sdk-metrics';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runWorkflow } from '@/lib/agent';
import { database } from '@/lib/db';
import { getModel, modelCircuitStatus } from '@/lib/models';
import { detailedHealth, healthReport } from '@/lib/monitoring';
import { clearProcessSingleton } from '@/lib/runtime';
import { createPgliteBackend, type TestBackend } from '../support/backends';
import { FakeOpenAIServer } from '../support/openai-compatible-server';
import { tinyFleetSource } from '../support/tiny-fleet';
import { useEnv as useEnvAndReset } from '../support/use-env';

/** The models (and their circuit breakers) are rebuilt from the new config. */
const useEnv = (env: Record<string, string | undefined>) => useEnvAndReset(env, ['model-A', 'model-B']);

/** What an OTel exporter would receive: the app's instruments, read through a real SDK reader. */
class CollectingReader extends MetricReader {
  protected async onForceFlush(): Promise<void> {}
  protected async onShutdown(): Promise<void> {}

  async points(name: string): Promise<Array<{ slot: unknown; value: unknown }>> {
    const { resourceMetrics } = await this.collect();
    const metric = resourceMetrics.scopeMetrics.flatMap((s) => s.metrics).find((m) => m.descriptor.name === name);
    return (metric?.dataPoints ?? []).map((p) => ({ slot: p.attributes['aimon.model.slot'], value: p.value }));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a real model over the OpenAI-compatible protocol', () => {
  const server = new FakeOpenAIServer();
  const reader = new CollectingReader();
  let baseUrl: string;
  let backend: TestBackend;

  beforeAll(async () => {
    // Before any model is built: the circuit instruments are created with the first real model.
    metrics.setGlobalMeterProvider(new MeterProvider({ readers: [reader] }));
    baseUrl = await server.start();
    backend = await createPgliteBackend();
    useEnv({ ...backend.env });
    clearProcessSingleton('database');
  });
  afterEach(() => {
    server.mode = 'ok';
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

  describe('circuit breaker', () => {
    const real = (env: Record<string, string>) => useEnv({ MODEL_A_PROVIDER: 'openai-compatible', MODEL_A_BASE_URL: baseUrl, MODEL_A_MODEL: 'llama3.1', MODEL_TIMEOUT_MS: '5000', ...env });
    const run = async () => {
      const started = Date.now();
      const result = await runWorkflow({ model: 'A', scenario: 'health-check' }, { tools: tinyFleetSource() });
      return { ...result, tookMs: Date.now() - started };
    };

    it('opens after MODEL_BREAKER_FAILURES failed runs, then fails fast without a request; after the cool-down a healthy server closes it', async () => {
      // 1.5 s rather than less: the paused run below must start within the cool-down on a busy machine.
      real({ MODEL_MAX_RETRIES: '0', MODEL_BREAKER_FAILURES: '3', MODEL_BREAKER_COOLDOWN_MS: '1500' });
      server.mode = 'error';
      for (let i = 1; i <= 3; i += 1) {
        const before = server.requests.length;
        const failed = await run();
        expect(failed.status).toBe('error');
        expect(failed.error).toMatch(/answered HTTP 500/);
        expect(server.requests.length).toBe(before + 1);
        expect(modelCircuitStatus('A')).toMatchObject({ consecutiveFailures: i, state: i < 3 ? 'closed' : 'open', lastFailure: 'HTTP 500' });
      }

      const before = server.requests.length;
      const paused = await run();
      expect(paused.status).toBe('error');
      expect(paused.error).toMatch(/^Model A \(llama3\.1\): the model server has failed 3 times in a row; calls are paused for another [12] s\.$/);
      expect(server.requests.length).toBe(before); // no request reached the server
      expect(paused.tookMs).toBeLessThan(1_000);

      // Visible while open: health (warning, not degraded), detailed health, metrics.
      const report = await healthReport();
      expect(report.components.models).toMatchObject({ status: 'degraded', summary: 'Model A paused: model server failing' });
      expect(report.components.models!.detail).toMatch(/^Model A: circuit open after 3 consecutive failures \(last: HTTP 500\); calls paused for another [12] s$/);
      expect(report.status).toBe('warning');
      const detailed = await detailedHealth();
      expect(detailed.status).toBe('warning');
      expect(detailed.models.A.circuit).toMatchObject({ state: 'open', consecutiveFailures: 3, threshold: 3, cooldownMs: 1500, shortCircuited: 1, openedAt: expect.any(String) });
      expect(detailed.models.B).toMatchObject({ provider: 'simulated', circuit: null });
      expect(await reader.points('aimon.model.circuit.open')).toEqual([{ slot: 'A', value: 1 }]);
      expect(await reader.points('aimon.model.circuit.short_circuited')).toEqual([{ slot: 'A', value: 1 }]);

      // The server is back; after the cool-down one trial call goes through and closes the circuit.
      server.mode = 'ok';
      await sleep(modelCircuitStatus('A')!.retryInMs! + 50);
      const recovered = await run();
      expect(recovered.status).toBe('succeeded');
      expect(server.requests.length).toBe(before + 2); // the trial, then the answer after the tool call
      expect(modelCircuitStatus('A')).toMatchObject({ state: 'closed', consecutiveFailures: 0, openedAt: null });
      expect((await healthReport()).components.models).toMatchObject({ status: 'up', detail: 'Model A: circuit closed' });
      expect(await reader.points('aimon.model.circuit.open')).toEqual([{ slot: 'A', value: 0 }]);
    });

    it('counts dropped connections; a retry refused because the circuit opened meanwhile is not retried, nor is the next call', async () => {
      real({ MODEL_MAX_RETRIES: '1', MODEL_BREAKER_FAILURES: '1', MODEL_BREAKER_COOLDOWN_MS: '30000' });
      server.mode = 'drop';
      const before = server.requests.length;
      // The dropped request opens the circuit; the SDK's retry (after its 2 s back-off) is refused.
      const first = await run();
      expect(first.error).toMatch(/the model server has failed 1 time in a row; calls are paused for another (2[6-9]|30) s\.$/);
      expect(server.requests.length).toBe(before + 1);
      expect(modelCircuitStatus('A')).toMatchObject({ state: 'open', shortCircuited: 1 });
      expect(modelCircuitStatus('A')!.lastFailure).toMatch(/^(UND_ERR_SOCKET|ECONNRESET|TypeError)$/);

      // Refused at once: no request, and no 2 s retry back-off either.
      const second = await run();
      expect(second.error).toMatch(/calls are paused for another \d+ s\.$/);
      expect(second.tookMs).toBeLessThan(1_500);
      expect(server.requests.length).toBe(before + 1);
      expect(modelCircuitStatus('A')!.shortCircuited).toBe(2);
    });

    it('a 400 is the caller\'s fault: it never opens the circuit', async () => {
      real({ MODEL_MAX_RETRIES: '0', MODEL_BREAKER_FAILURES: '2', MODEL_BREAKER_COOLDOWN_MS: '30000' });
      server.mode = 'bad-request';
      const before = server.requests.length;
      for (let i = 0; i < 3; i += 1) {
        const failed = await run();
        expect(failed.error).toMatch(/answered HTTP 400/);
      }
      expect(server.requests.length).toBe(before + 3);
      expect(modelCircuitStatus('A')).toMatchObject({ state: 'closed', consecutiveFailures: 0, lastFailure: null });
    });

    it('retries that all fail read as the last failure, with the number of attempts (not the SDK\'s retry wrapper)', async () => {
      real({ MODEL_MAX_RETRIES: '1', MODEL_BREAKER_FAILURES: '10', MODEL_BREAKER_COOLDOWN_MS: '30000' });
      server.mode = 'error';
      const before = server.requests.length;
      const failed = await run();
      expect(failed.error).toBe('Model A (llama3.1): the model server answered HTTP 500 (2 attempts).');
      expect(server.requests.length).toBe(before + 2);
    });
  });
});
