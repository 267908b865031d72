import { describe, expect, it } from 'vitest';
import type { ToolResultInput } from './types';
import { check, errorsOf, testServices } from '@/tests/support/grounding-fleet';

/** An action's own result: what was started, nothing of the service's figures. */
const started = (tool: string, service: string, kind: string, extra: Record<string, unknown> = {}): ToolResultInput => ({
  name: tool,
  arguments: { service, ...extra },
  result: { service, kind, startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:05.000Z', ...extra },
});
const flagged = (answer: string, toolResults: ToolResultInput[], services = testServices()) => errorsOf(check(answer, { toolResults, services })).map((f) => f.span);

describe('figures no tool of the turn reported fall back to the fleet', () => {
  const restartWeb = started('restart_service', 'web-ui', 'restart');

  it('holds a figure said of now to the fleet when the only tool result is an action', () => {
    // web-ui still fails 40 % of requests in the fleet: a restart does not cure a bad deployment.
    expect(flagged('web-ui is healthy again and fails just 0.3 % of requests.', [restartWeb])).toEqual(['0.3 %']);
    expect(flagged('web-ui restarted, but it still fails about 40 % of its requests.', [restartWeb])).toEqual([]);
  });

  it('reads where a trend ended as now, not the trend itself', () => {
    expect(flagged('Since the restart web-ui errors fell back to the normal 0.2 %.', [restartWeb])).toEqual(['0.2 %']);
    // A reading along the way ("peaked at") may be any point of a series no tool gave: not held.
    expect(flagged('Before the restart web-ui errors peaked at 60 %.', [restartWeb])).toEqual([]);
  });

  it('a table cell holding another service`s figure is caught by its row', () => {
    // ai-agent's own latency is not in the result, only its dependencies'; the fleet has it at 2100 ms.
    const deps: ToolResultInput = { name: 'check_dependencies', arguments: { service: 'ai-agent' }, result: { service: 'ai-agent', dependencies: [{ name: 'model-a', reachable: true, latencyMs: 1500 }, { name: 'redis', reachable: false, latencyMs: 0 }] } };
    expect(flagged('| Service | Latency |\n|---|---|\n| model-a | 1500 ms |\n| ai-agent | 1500 ms |', [deps])).toEqual(['1500 ms']);
    expect(flagged('| Service | Latency |\n|---|---|\n| model-a | 1500 ms |\n| ai-agent | 2100 ms |', [deps])).toEqual([]);
  });

  it('a service no call of the turn was about is not held to the fleet', () => {
    // Its figure may come from an earlier turn of the chat: unverified, not wrong.
    expect(flagged('web-ui restarted; postgres meanwhile sits at 40 % CPU.', [restartWeb])).toEqual([]);
  });

  it('a replica count still being scaled to is not said as done', () => {
    const scale = started('scale_service', 'ai-agent', 'scale', { replicas: 4 });
    expect(flagged('All sorted: ai-agent now has 4 replicas.', [scale])).toEqual(['4 replicas']);
    expect(flagged('ai-agent is being scaled to 4 replicas; it will get there in a few seconds.', [scale])).toEqual([]);
    expect(flagged('Pending: ai-agent → 4 replicas.', [scale])).toEqual([]);
  });

  it('leaves a figure whose owner is a guess alone', () => {
    // "X can't reach postgres: … 31 % fail" is about X, not postgres; it is not held to postgres's figure.
    const services = testServices({ 'mcp-server': { errorRate: 0.31 } });
    expect(flagged('mcp-server cannot reach postgres: calls time out and about 31 % of requests fail.', [started('restart_service', 'postgres', 'restart')], services)).toEqual([]);
  });
});
