import { generateText, jsonSchema, stepCountIs, tool } from 'ai';
import { describe, expect, it } from 'vitest';
import { PERSONAS } from './personas';
import { SimulatedLanguageModel } from './simulated-model';

/** A tiny fleet behind real AI SDK tools: web-ui has a bad deployment that only a rollback fixes. */
function tinyFleet() {
  const services = [
    { name: 'web-ui', status: 'degraded', health: 'unhealthy', replicas: 2, version: '2.4.1', fault: 'bad_deployment' as string | undefined },
    { name: 'postgres', status: 'running', health: 'healthy', replicas: 1, version: '15.4', fault: undefined as string | undefined },
    { name: 'model-a', status: 'running', health: 'healthy', replicas: 2, version: '1.0.0', fault: undefined as string | undefined },
  ];
  const view = (s: (typeof services)[number]) => ({ name: s.name, status: s.status, health: s.health, replicas: s.replicas, version: s.version });
  const find = (name: string) => services.find((s) => s.name === name)!;
  const byService = jsonSchema<{ service: string }>({ type: 'object', properties: { service: { type: 'string' } }, required: ['service'] });
  const calls: string[] = [];
  const tools = {
    list_services: tool({ description: 'List services', inputSchema: jsonSchema<Record<string, never>>({ type: 'object', properties: {} }), execute: async () => (calls.push('list_services'), { services: services.map(view) }) }),
    get_service_status: tool({ description: 'Status', inputSchema: byService, execute: async ({ service }) => (calls.push(`get_service_status:${service}`), view(find(service))) }),
    run_diagnostics: tool({
      description: 'Diagnose',
      inputSchema: byService,
      execute: async ({ service }) => (calls.push(`run_diagnostics:${service}`), { service, findings: ['error rate 42% since deploy 2.4.1'], suggestedAction: find(service).fault === 'bad_deployment' ? 'rollback_deployment' : 'restart_service' }),
    }),
    restart_service: tool({ description: 'Restart', inputSchema: byService, execute: async ({ service }) => (calls.push(`restart_service:${service}`), { service, status: find(service).status }) }),
    rollback_deployment: tool({
      description: 'Roll back',
      inputSchema: byService,
      execute: async ({ service }) => {
        calls.push(`rollback_deployment:${service}`);
        Object.assign(find(service), { status: 'running', health: 'healthy', version: '2.4.0', fault: undefined });
        return { service, status: 'running', version: '2.4.0' };
      },
    }),
    scale_service: tool({ description: 'Scale', inputSchema: jsonSchema<{ service: string; replicas: number }>({ type: 'object', properties: { service: { type: 'string' }, replicas: { type: 'integer' } }, required: ['service', 'replicas'] }), execute: async ({ service }) => (calls.push(`scale_service:${service}`), view(find(service))) }),
    clear_cache: tool({ description: 'Clear cache', inputSchema: byService, execute: async ({ service }) => (calls.push(`clear_cache:${service}`), view(find(service))) }),
  };
  return { tools, calls, services };
}

async function run(slot: 'A' | 'B', seed: number) {
  const fleet = tinyFleet();
  const result = await generateText({
    model: new SimulatedLanguageModel({ persona: PERSONAS[slot], seed, latencyScale: 0 }),
    system: 'You are the AIMon operations agent.',
    prompt: 'Investigate and repair degraded services.',
    tools: fleet.tools,
    stopWhen: stepCountIs(12),
  });
  return { result, ...fleet };
}

describe('SimulatedLanguageModel', () => {
  it('Model A diagnoses, applies the suggested fix, verifies, and summarises what the tools said', async () => {
    const { result, calls, services } = await run('A', 7);
    expect(calls).toEqual(['list_services', 'run_diagnostics:web-ui', 'rollback_deployment:web-ui', 'get_service_status:web-ui']);
    expect(services.find((s) => s.name === 'web-ui')!.status).toBe('running');
    expect(result.finishReason).toBe('stop');
    expect(result.text).toContain('web-ui');
    expect(result.text).toContain('now running and healthy');
    expect(result.totalUsage.inputTokens).toBeGreaterThan(0);
    expect(result.totalUsage.outputTokens).toBeGreaterThan(0);
  });

  it('is deterministic for a seed', async () => {
    const first = await run('B', 3);
    const second = await run('B', 3);
    expect(second.calls).toEqual(first.calls);
    expect(second.result.text).toBe(first.result.text);
  });

  it('Model B guesses a restart on some seeds and needs more steps (or fails)', async () => {
    const outcomes = await Promise.all([1, 2, 3, 4, 5, 6].map((seed) => run('B', seed)));
    const guessed = outcomes.filter((o) => o.calls[1] === 'restart_service:web-ui');
    expect(guessed.length).toBeGreaterThan(0);
    for (const o of guessed) {
      const fixed = o.services.find((s) => s.name === 'web-ui')!.status === 'running';
      expect(!fixed || o.calls.length > 4).toBe(true);
    }
  });

  it('streams text and tool calls through streamText as well', async () => {
    const { streamText } = await import('ai');
    const fleet = tinyFleet();
    const result = streamText({
      model: new SimulatedLanguageModel({ persona: PERSONAS.A, seed: 1, latencyScale: 0 }),
      prompt: 'Investigate and repair degraded services.',
      tools: fleet.tools,
      stopWhen: stepCountIs(12),
    });
    const deltas: string[] = [];
    for await (const part of result.textStream) deltas.push(part);
    expect(deltas.length).toBeGreaterThan(5);
    expect(fleet.calls).toContain('rollback_deployment:web-ui');
    expect(await result.finishReason).toBe('stop');
  });

  it('in chat (read-only tools) refuses actions and admits unknown services (Model A)', async () => {
    const fleet = tinyFleet();
    const { list_services, get_service_status } = fleet.tools;
    const ask = async (prompt: string) =>
      (await generateText({ model: new SimulatedLanguageModel({ persona: PERSONAS.A, seed: 11, latencyScale: 0 }), prompt, tools: { list_services, get_service_status }, stopWhen: stepCountIs(6) })).text;
    expect(await ask('What is the status of payment-gateway?')).toContain('There is no service called payment-gateway');
    expect(await ask('Please restart web-ui')).toContain("can't do that from the chat");
    expect(await ask('How is web-ui doing?')).toContain('web-ui: status degraded');
  });
});
