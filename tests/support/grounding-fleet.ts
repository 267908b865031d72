import { checkAnswer } from '@/lib/grounding/check-answer';
import { fleetFacts } from '@/lib/grounding/fleet-facts';
import type { GroundingResult, ServiceFacts, ToolResultInput } from '@/lib/grounding/types';

/**
 * A small fleet for the detector's unit tests: the eight services with round
 * figures, one degraded (web-ui, bad deployment) and one stopped (redis), so a
 * test can say what is true without reading a fixture.
 */
export function testServices(overrides: Record<string, Partial<ServiceFacts>> = {}): ServiceFacts[] {
  const base: ServiceFacts[] = [
    { name: 'model-a', status: 'running', health: 'healthy', version: '0.6.2', previousVersion: '0.6.1', replicas: 1, dependencies: [], cpuPct: 60, memoryMb: 5800, memoryLimitMb: 8192, memoryPct: 71, latencyMs: 1500, errorRate: 0.002, requestsPerSec: 3, uptimeSec: 90_000 },
    { name: 'model-b', status: 'running', health: 'healthy', version: '0.6.2', previousVersion: '0.6.1', replicas: 1, dependencies: [], cpuPct: 50, memoryMb: 3900, memoryLimitMb: 6144, memoryPct: 63, latencyMs: 600, errorRate: 0.002, requestsPerSec: 4, uptimeSec: 90_000 },
    { name: 'ai-agent', status: 'running', health: 'healthy', version: '1.8.0', previousVersion: '1.7.3', replicas: 2, dependencies: ['model-a', 'model-b', 'mcp-server', 'redis'], cpuPct: 24, memoryMb: 400, memoryLimitMb: 1024, memoryPct: 39, latencyMs: 2100, errorRate: 0.002, requestsPerSec: 2, uptimeSec: 90_000 },
    { name: 'mcp-server', status: 'running', health: 'healthy', version: '1.4.2', previousVersion: '1.4.1', replicas: 2, dependencies: ['postgres', 'redis'], cpuPct: 11, memoryMb: 180, memoryLimitMb: 512, memoryPct: 35, latencyMs: 18, errorRate: 0.001, requestsPerSec: 10, uptimeSec: 90_000 },
    { name: 'web-ui', status: 'degraded', health: 'critical', version: '2.3.0', previousVersion: '2.2.4', replicas: 2, dependencies: ['ai-agent', 'mcp-server', 'postgres'], cpuPct: 9, memoryMb: 260, memoryLimitMb: 768, memoryPct: 34, latencyMs: 45, errorRate: 0.4, requestsPerSec: 14, uptimeSec: 3_600, issues: ['bad deployment'] },
    { name: 'load-generator', status: 'running', health: 'healthy', version: '2.31.1', previousVersion: '2.30.0', replicas: 1, dependencies: ['web-ui'], cpuPct: 14, memoryMb: 150, memoryLimitMb: 512, memoryPct: 29, latencyMs: 60, errorRate: 0.002, requestsPerSec: 12, uptimeSec: 90_000 },
    { name: 'postgres', status: 'running', health: 'healthy', version: '16.4', previousVersion: '16.3', replicas: 1, dependencies: [], cpuPct: 17, memoryMb: 620, memoryLimitMb: 2048, memoryPct: 30, latencyMs: 3, errorRate: 0.001, requestsPerSec: 85, uptimeSec: 90_000 },
    { name: 'redis', status: 'stopped', health: 'critical', version: '7.4.1', previousVersion: '7.2.5', replicas: 1, dependencies: [], cpuPct: 0, memoryMb: 0, memoryLimitMb: 256, memoryPct: 0, latencyMs: 0, errorRate: 1, requestsPerSec: 0, uptimeSec: 0, issues: ['crashed (process exited)'] },
  ];
  return base.map((s) => ({ ...s, ...overrides[s.name] }));
}

export function check(answer: string, extra: { question?: string; toolResults?: ToolResultInput[]; services?: ServiceFacts[] } = {}): GroundingResult {
  return checkAnswer({ answer, question: extra.question, toolResults: extra.toolResults }, fleetFacts(extra.services ?? testServices()));
}

/** A tool result as get_service_status returns it (the service's view), from the test fleet with changes. */
export function status(name: string, changes: Partial<ServiceFacts> & Record<string, unknown> = {}): ToolResultInput {
  const s = testServices().find((x) => x.name === name)!;
  return { name: 'get_service_status', arguments: { service: name }, result: { ...s, action: null, faults: [], ...changes } };
}

export function logs(name: string, messages: string[]): ToolResultInput {
  return { name: 'get_service_logs', arguments: { service: name }, result: { service: name, count: messages.length, lines: messages.map((message, i) => ({ at: `2026-12-01T10:0${i}:00.000Z`, service: name, level: 'info', message })) } };
}

export const listServices: ToolResultInput = {
  name: 'list_services',
  arguments: {},
  result: { at: '2026-12-01T10:00:00.000Z', services: testServices().map(({ name, status, health, version, replicas, issues }) => ({ name, status, health, version, replicas, issues: issues ?? [] })) },
};

export const errorsOf = (r: GroundingResult) => r.findings.filter((f) => f.severity === 'error');
