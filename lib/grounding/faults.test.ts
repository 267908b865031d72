import { describe, expect, it } from 'vitest';
import { checkAnswer } from './check-answer';
import { fleetFacts } from './fleet-facts';
import type { ServiceFacts } from './types';
import { check, errorsOf, status } from '@/tests/support/grounding-fleet';

const services: ServiceFacts[] = [
  { name: 'model-a', status: 'running', health: 'healthy', version: '0.6.2', replicas: 1, dependencies: [] },
  { name: 'model-b', status: 'degraded', health: 'warning', version: '0.6.2', replicas: 1, dependencies: [] },
  { name: 'redis', status: 'running', health: 'healthy', version: '7.4.1', replicas: 1, dependencies: [] },
];
const list = { name: 'list_services', arguments: {}, result: { services: services.map((s) => ({ ...s, issues: s.name === 'model-b' ? ['latency spike'] : [] })) } };
const verdict = (answer: string, toolResults = [list]) => checkAnswer({ answer, toolResults }, fleetFacts(services)).verdict;

describe('fault attribution', () => {
  it('flags a fault given to a service the tools show without it', () => {
    expect(verdict('Both models run 0.6.2; model-a is the one suffering the slowdown — it has the latency spike.')).toBe('hallucination');
    expect(verdict('model-a and model-b are on 0.6.2. The former is the one with the latency spike.')).toBe('hallucination');
    expect(verdict('The latency spike on redis started a minute ago.')).toBe('hallucination');
  });

  it('accepts the fault on the service that has it, a denial, and a turn without issues to go by', () => {
    expect(verdict('model-b is the one with the latency spike; model-a is fine.')).toBe('grounded');
    expect(verdict('model-a does not have the latency spike; model-b does.')).toBe('grounded');
    expect(verdict('model-a has the latency spike.', [])).not.toBe('hallucination');
  });

  it('a fault said to be over while the tools still list it', () => {
    const leaking = status('model-a', { status: 'degraded', health: 'warning', issues: ['memory leak'] });
    const said = (answer: string) => errorsOf(check(answer, { toolResults: [leaking] })).map((f) => f.kind);
    expect(said('Good news: the leak is over now.')).toEqual(['contradicted_fact']);
    expect(said('model-a’s memory leak has been contained.')).toEqual(['contradicted_fact']);
    expect(said('The leak will be gone once model-a restarts.')).toEqual([]);
  });
  it('a pronoun for the fault the question names, said ended, is held like the fault itself', () => {
    const leaking = status('model-a', { status: 'degraded', health: 'warning', issues: ['memory leak'] });
    const healed = status('model-a');
    const said = (answer: string, tools = [leaking]) => errorsOf(check(answer, { question: 'Has the memory leak stopped?', toolResults: tools })).map((f) => f.kind);
    expect(said('Yes, the restart took care of it.')).toEqual(['contradicted_fact']);
    expect(said("Yes — it's finally over.")).toEqual(['contradicted_fact']);
    expect(said('Yes, the restart took care of it.', [healed])).toEqual([]);
    expect(said('Not yet: a restart would clear it.')).toEqual([]);
  });
  it('a remedy swapped between two services is wrong; advice the tools do not contradict is the answer’s own', () => {
    const diag = (service: string, action: string) => ({ name: 'run_diagnostics', arguments: { service }, result: { service, findings: [], suggestedAction: { action, target: service } } });
    const tools = [diag('postgres', 'restart'), diag('web-ui', 'rollback')];
    const said = (answer: string) => errorsOf(check(answer, { toolResults: tools })).map((f) => f.kind);
    expect(said('Between postgres and web-ui, the former calls for a reboot and the latter a rollback.')).toEqual([]);
    expect(said('Between postgres and web-ui, the former calls for a rollback and the latter a reboot.')).toEqual(['contradicted_fact', 'contradicted_fact']);
    // A remedy no service of the turn is given is not a swap.
    expect(said('postgres would benefit from a cache flush.')).toEqual([]);
  });
  it('"X is leaking memory" gives X the leak, said outright or as the answer to "which one is leaking?"', () => {
    const leaking = { name: 'list_services', arguments: {}, result: { services: services.map((s) => ({ ...s, issues: s.name === 'redis' ? ['memory leak'] : [] })) } };
    const asked = (answer: string, question?: string) => errorsOf(checkAnswer({ answer, question, toolResults: [leaking] }, fleetFacts(services))).map((f) => f.kind);
    expect(asked('model-a is still leaking memory, slowly.')).toEqual(['contradicted_fact']);
    expect(asked('model-a — it keeps creeping up on its limit.', 'Which service is leaking memory?')).toEqual(['contradicted_fact']);
    expect(asked('redis — it keeps creeping up on its limit.', 'Which service is leaking memory?')).toEqual([]);
  });
  it('a fault said ended by an action is contradicted by the service’s latest log line saying it goes on', () => {
    const line = (at: string, message: string) => ({ at, service: 'model-a', level: 'warn', message });
    const tail = (...lines: Array<{ at: string; message: string }>) => ({ name: 'get_service_logs', arguments: { service: 'model-a' }, result: { service: 'model-a', lines } });
    const rising = tail(line('2026-12-01T10:02:00.000Z', 'restart complete'), line('2026-12-01T10:03:00.000Z', 'heap at 71% of limit and climbing'));
    const settled = tail(line('2026-12-01T10:02:00.000Z', 'heap at 71% of limit and climbing'), line('2026-12-01T10:03:00.000Z', 'heap stable at 40% of limit'));
    const said = (answer: string, logs: ReturnType<typeof tail>) => errorsOf(check(answer, { toolResults: [logs] })).map((f) => f.kind);
    expect(said('The restart cured the leak on model-a.', rising)).toEqual(['contradicted_fact']);
    expect(said('The restart cured the leak on model-a.', settled)).toEqual([]);
    expect(said('A restart would probably end the leak on model-a.', rising)).toEqual([]);
  });
  it('a terse timeline clause saying the fault ended ("rollback done; leak stopped") is held like the full sentence', () => {
    const line = (at: string, message: string) => ({ at, service: 'model-a', level: 'warn', message });
    const tail = (...lines: Array<{ at: string; message: string }>) => ({ name: 'get_service_logs', arguments: { service: 'model-a' }, result: { service: 'model-a', lines } });
    const rising = tail(line('2026-12-01T10:02:00.000Z', 'restart complete'), line('2026-12-01T10:03:00.000Z', 'heap at 64% of limit and growing'));
    const settled = tail(line('2026-12-01T10:02:00.000Z', 'heap at 64% of limit and growing'), line('2026-12-01T10:03:00.000Z', 'heap flat at 41% of limit'));
    const said = (answer: string, logs: ReturnType<typeof tail>) => errorsOf(check(answer, { toolResults: [logs] })).map((f) => f.kind);
    expect(said('- 10:02 model-a restarted; leak gone', rising)).toEqual(['contradicted_fact']);
    expect(said('Timeline: restart at 10:02 — memory leak halted.', rising)).toEqual(['contradicted_fact']);
    expect(said('- 10:02 model-a restarted; leak gone', settled)).toEqual([]);
    // A trend, not an end: "the leak stopped growing" is left to the figures.
    expect(said('- 10:02 model-a restarted; leak stopped growing', rising)).toEqual([]);
  });
});
