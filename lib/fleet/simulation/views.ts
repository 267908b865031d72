/** The fleet as the pages, the API and the tools see it at an instant. */
import { SERVICE_SPECS } from '../services';
import { SERVICE_NAMES, type ActionView, type FaultKind, type FaultView, type ServiceHealth, type ServiceName, type ServiceStatus, type ServiceView } from '../types';
import { metricsAt, statusAt, unavailableDependencies } from './metrics';
import { FIXED_BY } from './rules';
import { activeFaults, iso, leakOomed, type Fault, type FleetState, type PendingAction } from './state';

function healthOf(status: ServiceStatus, metrics: { errorRate: number; memoryPct: number }): ServiceHealth {
  switch (status) {
    case 'running':
      return 'healthy';
    case 'restarting':
      return 'warning';
    case 'stopped':
      return 'critical';
    case 'degraded':
      return metrics.errorRate >= 0.3 || metrics.memoryPct >= 90 ? 'critical' : 'warning';
  }
}

const FAULT_ISSUE: Record<FaultKind, string> = {
  crash: 'crashed (process exited)',
  latency_spike: 'latency spike',
  memory_leak: 'memory leak',
  error_burst: 'error burst',
  dependency_failure: 'lost a dependency',
  bad_deployment: 'bad deployment',
};

export function serviceAt(state: FleetState, name: ServiceName, at: number): ServiceView {
  const spec = SERVICE_SPECS[name];
  const runtime = state.services[name];
  const status = statusAt(state, name, at);
  const metrics = metricsAt(state, name, at);
  const faults = activeFaults(state, name, at);
  const issues = faults.map((f) =>
    leakOomed(f, at) ? 'out of memory (OOM-killed)' : f.kind === 'dependency_failure' ? `${FAULT_ISSUE[f.kind]}: ${f.dependency}` : FAULT_ISSUE[f.kind],
  );
  for (const dep of unavailableDependencies(state, name, at)) issues.push(`dependency ${dep} unavailable`);
  if (runtime.action && runtime.action.completesAt > at) issues.push(`${runtime.action.kind.replace('_', ' ')} in progress`);
  return {
    name,
    displayName: spec.displayName,
    role: spec.role,
    status,
    health: healthOf(status, metrics),
    cpuPct: metrics.cpuPct,
    memoryMb: metrics.memoryMb,
    memoryLimitMb: spec.memoryLimitMb,
    memoryPct: metrics.memoryPct,
    // A restarting (or rolling-back) service has no process up yet: its uptime starts again once it is running.
    uptimeSec: status === 'stopped' || status === 'restarting' ? 0 : Math.max(0, Math.floor((at - runtime.startedAt) / 1000)),
    version: runtime.version,
    previousVersion: runtime.previousVersion,
    replicas: runtime.replicas,
    dependencies: [...spec.dependencies],
    latencyMs: metrics.latencyMs,
    errorRate: metrics.errorRate,
    requestsPerSec: metrics.requestsPerSec,
    faults: faults.map(faultView),
    action: actionView(runtime.action),
    issues,
  };
}

export function fleetAt(state: FleetState, at: number): ServiceView[] {
  return SERVICE_NAMES.map((name) => serviceAt(state, name, at));
}

export function faultView(fault: Fault): FaultView {
  return { id: fault.id, kind: fault.kind, startedAt: iso(fault.startedAt), endsAt: fault.endsAt === null ? null : iso(fault.endsAt), fixedBy: FIXED_BY[fault.kind] };
}

export function actionView(action: PendingAction | null): ActionView | null {
  if (!action) return null;
  return {
    kind: action.kind,
    startedAt: iso(action.startedAt),
    completesAt: iso(action.completesAt),
    ...(action.replicas === undefined ? {} : { replicas: action.replicas }),
  };
}
