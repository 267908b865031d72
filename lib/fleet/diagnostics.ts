import { SERVICE_SPECS } from './services';
import { FIXED_BY, LEAK_FILL_MS, serviceAt, statusAt, type FleetState } from './simulation';
import type { ActionKind, ServiceHealth, ServiceName, ServiceStatus } from './types';

export interface DependencyCheck {
  service: ServiceName;
  dependencies: { name: ServiceName; status: ServiceStatus; health: ServiceHealth; reachable: boolean; latencyMs: number; note?: string }[];
  allHealthy: boolean;
}

/** Whether each direct dependency of a service is reachable and healthy. */
export function checkDependencies(state: FleetState, name: ServiceName, at: number): DependencyCheck {
  const lost = state.faults.find(
    (f) => f.service === name && f.kind === 'dependency_failure' && f.startedAt <= at && (f.resolvedAt === null || f.resolvedAt > at),
  );
  const dependencies = SERVICE_SPECS[name].dependencies.map((dep) => {
    const view = serviceAt(state, dep, at);
    const down = view.status === 'stopped' || view.status === 'restarting';
    const cut = lost?.dependency === dep;
    return {
      name: dep,
      status: view.status,
      health: view.health,
      reachable: !down && !cut,
      latencyMs: view.latencyMs,
      ...(cut ? { note: `connections from ${name} to ${dep} are refused` } : down ? { note: `${dep} is ${view.status}` } : {}),
    };
  });
  return { service: name, dependencies, allHealthy: dependencies.every((d) => d.reachable && d.health === 'healthy') };
}

export interface Diagnosis {
  service: ServiceName;
  status: ServiceStatus;
  health: ServiceHealth;
  findings: string[];
  suggestedAction: { action: ActionKind | 'investigate_dependency' | 'wait' | 'none'; target: ServiceName; reason: string };
}

/**
 * Findings and one suggested next step, from the same evidence the tools show
 * (status, metrics, faults, dependencies): what a careful operator would conclude.
 */
export function diagnose(state: FleetState, name: ServiceName, at: number): Diagnosis {
  const view = serviceAt(state, name, at);
  const spec = SERVICE_SPECS[name];
  const findings: string[] = [];
  if (view.action) findings.push(`${view.action.kind} in progress, completes at ${view.action.completesAt}.`);
  if (view.status === 'stopped') findings.push('The process is not running; every request to it fails.');
  if (view.latencyMs > spec.latencyMs * 2.5) findings.push(`Latency ${view.latencyMs} ms is ${(view.latencyMs / spec.latencyMs).toFixed(1)}x its baseline of ${spec.latencyMs} ms.`);
  if (view.errorRate >= 0.05) findings.push(`Error rate ${(view.errorRate * 100).toFixed(1)}% (baseline 0.2%).`);
  if (view.memoryPct >= 80) findings.push(`Memory at ${view.memoryPct}% of its ${spec.memoryLimitMb} MB limit.`);
  for (const fault of state.faults) {
    if (fault.service !== name || fault.startedAt > at || (fault.resolvedAt !== null && fault.resolvedAt <= at)) continue;
    switch (fault.kind) {
      case 'crash':
        findings.push('Exit code 137 in the logs: the container was killed.');
        break;
      case 'memory_leak':
        findings.push(at >= fault.startedAt + LEAK_FILL_MS ? 'OOMKilled after memory kept growing.' : 'Memory grows steadily without being released: a leak.');
        break;
      case 'bad_deployment':
        findings.push(`Errors started with the deployment of version ${view.version}; ${view.previousVersion} was healthy.`);
        break;
      case 'error_burst':
        findings.push('Errors reference stale cache entries.');
        break;
      case 'dependency_failure':
        findings.push(`Connections to ${fault.dependency} are refused.`);
        break;
      case 'latency_spike':
        findings.push(`Requests queue up: ${view.replicas} replica(s) cannot keep up.`);
        break;
    }
  }
  const deps = checkDependencies(state, name, at);
  const downDeps = deps.dependencies.filter((d) => d.status === 'stopped' || d.status === 'restarting');
  for (const dep of downDeps) findings.push(`Dependency ${dep.name} is ${dep.status}.`);
  if (findings.length === 0) findings.push('No problems found: metrics within baseline, no errors, dependencies healthy.');
  return { service: name, status: view.status, health: view.health, findings, suggestedAction: suggest(state, name, at, view.faults.map((f) => f.kind), downDeps.map((d) => d.name)) };
}

function suggest(state: FleetState, name: ServiceName, at: number, faults: string[], downDeps: ServiceName[]): Diagnosis['suggestedAction'] {
  if (state.services[name].action) return { action: 'wait', target: name, reason: 'An action is already in progress.' };
  // Fix the cause before the symptom: a failed dependency explains its dependents' errors.
  if (downDeps.length > 0 && faults.length === 0) {
    return { action: 'investigate_dependency', target: downDeps[0]!, reason: `${name} fails because ${downDeps[0]} is ${statusAt(state, downDeps[0]!, at)}.` };
  }
  const order = ['crash', 'memory_leak', 'bad_deployment', 'dependency_failure', 'error_burst', 'latency_spike'] as const;
  for (const kind of order) {
    if (faults.includes(kind)) {
      const action = FIXED_BY[kind][0]!;
      const reasons: Record<(typeof order)[number], string> = {
        crash: 'A restart brings the process back.',
        memory_leak: 'A restart releases the leaked memory.',
        bad_deployment: 'Rolling back restores the last healthy version.',
        dependency_failure: 'A restart re-establishes the connection pool.',
        error_burst: 'Clearing the cache drops the poisoned entries.',
        latency_spike: 'More replicas absorb the load.',
      };
      return { action, target: name, reason: reasons[kind] };
    }
  }
  return { action: 'none', target: name, reason: 'Nothing to repair.' };
}
