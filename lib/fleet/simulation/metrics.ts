/** A service's status and metrics at an instant: pure reads, derived from the stored state and the seed. */
import { round } from '@/lib/figures';
import { noise } from '../noise';
import { SERVICE_SPECS } from '../services';
import type { MetricsPoint, ServiceName, ServiceStatus } from '../types';
import { LEAK_FILL_MS, TICK_MS } from './rules';
import { activeFaults, iso, leakOomed, type FleetState } from './state';

/** A service's own status at `at`, ignoring its dependencies. */
function ownStatus(state: FleetState, name: ServiceName, at: number): ServiceStatus {
  const action = state.services[name].action;
  if (action && (action.kind === 'restart' || action.kind === 'rollback') && action.startedAt <= at && at < action.completesAt) {
    return 'restarting';
  }
  const faults = activeFaults(state, name, at);
  if (faults.some((f) => f.kind === 'crash' || leakOomed(f, at))) return 'stopped';
  return faults.length > 0 ? 'degraded' : 'running';
}

export function unavailableDependencies(state: FleetState, name: ServiceName, at: number): ServiceName[] {
  return SERVICE_SPECS[name].dependencies.filter((dep) => {
    const status = ownStatus(state, dep, at);
    return status === 'stopped' || status === 'restarting';
  });
}

export function statusAt(state: FleetState, name: ServiceName, at: number): ServiceStatus {
  const own = ownStatus(state, name, at);
  if (own === 'running' && unavailableDependencies(state, name, at).length > 0) return 'degraded';
  return own;
}

export function metricsAt(state: FleetState, name: ServiceName, at: number): Omit<MetricsPoint, 'at'> & { memoryPct: number } {
  const spec = SERVICE_SPECS[name];
  const runtime = state.services[name];
  const status = statusAt(state, name, at);
  const bucket = Math.floor(at / TICK_MS);
  const jitter = (metric: string, spread = 0.08) => 1 + (noise(state.seed, name, metric, bucket) * 2 - 1) * spread;
  if (status === 'stopped') return { cpuPct: 0, memoryMb: 0, memoryPct: 0, latencyMs: 0, errorRate: 1, requestsPerSec: 0 };
  if (status === 'restarting') {
    const memoryMb = round(spec.memoryMb * 0.25 * jitter('mem'), 1);
    return { cpuPct: round(35 * jitter('cpu'), 1), memoryMb, memoryPct: round((memoryMb / spec.memoryLimitMb) * 100, 1), latencyMs: 0, errorRate: 0, requestsPerSec: 0 };
  }
  let cpu = (spec.cpuPct * spec.replicas) / runtime.replicas;
  let memoryMb = spec.memoryMb;
  let latency = spec.latencyMs;
  let errorRate = 0.002;
  for (const fault of activeFaults(state, name, at)) {
    switch (fault.kind) {
      case 'latency_spike':
        latency *= 8;
        cpu += 20;
        break;
      case 'memory_leak':
        memoryMb += (spec.memoryLimitMb - spec.memoryMb) * Math.min(1, (at - fault.startedAt) / LEAK_FILL_MS);
        cpu += 10;
        break;
      case 'error_burst':
        errorRate = Math.max(errorRate, 0.25);
        break;
      case 'dependency_failure':
        errorRate = Math.max(errorRate, 0.35);
        latency *= 3;
        break;
      case 'bad_deployment':
        errorRate = Math.max(errorRate, 0.45);
        cpu += 15;
        break;
      case 'crash':
        break;
    }
  }
  if (unavailableDependencies(state, name, at).length > 0) errorRate = Math.max(errorRate, 0.5);
  memoryMb = Math.min(spec.memoryLimitMb, memoryMb * jitter('mem', 0.03));
  return {
    cpuPct: round(Math.min(100, cpu * jitter('cpu')), 1),
    memoryMb: round(memoryMb, 1),
    memoryPct: round((memoryMb / spec.memoryLimitMb) * 100, 1),
    latencyMs: round(latency * jitter('latency', 0.15), 1),
    errorRate: round(Math.min(1, errorRate * jitter('errors', 0.2)), 4),
    requestsPerSec: round(spec.requestsPerSec * jitter('rps', 0.15), 1),
  };
}

/** One point per minute over the last `minutes`, oldest first. */
export function metricsSeries(state: FleetState, name: ServiceName, at: number, minutes: number): MetricsPoint[] {
  const points: MetricsPoint[] = [];
  for (let i = minutes; i >= 0; i--) {
    const t = at - i * 60_000;
    const { memoryPct: _pct, ...m } = metricsAt(state, name, t);
    points.push({ at: iso(t), ...m });
  }
  return points;
}
