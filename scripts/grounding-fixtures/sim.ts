/** Runs the simulator for fixture states and answers tool calls as lib/mcp/tools.ts does. */
import { createFleet, advance, injectFault, startAction, fleetAt, serviceAt, metricsSeries, type FleetState, type LogLine } from '@/lib/fleet/simulation';
import { checkDependencies, diagnose } from '@/lib/fleet/diagnostics';
import type { ServiceName } from '@/lib/fleet/types';

export interface Scenario { state: FleetState; at: number; logs: LogLine[] }

export function scenario(seed: number, steps: Array<(s: Scenario) => void>): Scenario {
  const t0 = Date.parse('2026-11-30T10:00:00Z');
  const sc: Scenario = { state: createFleet(seed, t0), at: t0, logs: [] };
  const a = advance(sc.state, t0); sc.state = a.state; sc.logs.push(...a.logs);
  for (const step of steps) step(sc);
  return sc;
}
export const wait = (ms: number) => (sc: Scenario) => { sc.at += ms; const a = advance(sc.state, sc.at); sc.state = a.state; sc.logs.push(...a.logs); };
export const fault = (service: ServiceName, kind: any) => (sc: Scenario) => { const r = injectFault(sc.state, sc.at, { service, kind } as any); sc.state = r.state; sc.logs.push(...r.logs); };
export const act = (service: ServiceName, kind: any, replicas?: number) => (sc: Scenario) => { const r = startAction(sc.state, sc.at, service, { kind, replicas }); sc.state = r.state; sc.logs.push(...r.logs); ((sc as any).actions ??= {})[`${kind}:${service}`] = { service, ...r.result }; };

const iso = (ms: number) => new Date(ms).toISOString();
export function tool(sc: Scenario, name: string, service?: ServiceName, extra: Record<string, unknown> = {}): { name: string; arguments: Record<string, unknown>; result: unknown } {
  const args = service ? { service, ...extra } : { ...extra };
  const { state, at } = sc;
  const logsOf = (s: ServiceName, level?: string, limit = 8) => sc.logs.filter((l) => l.service === s && (!level || ['warn', 'error'].includes(l.level))).slice(-limit).reverse().map((l) => ({ at: iso(l.at), service: l.service, level: l.level, message: l.message }));
  let result: unknown;
  switch (name) {
    case 'list_services': result = { at: iso(at), services: fleetAt(state, at).map((s) => ({ name: s.name, status: s.status, health: s.health, version: s.version, replicas: s.replicas, issues: s.issues })) }; break;
    case 'get_service_status': result = serviceAt(state, service!, at); break;
    case 'get_service_logs': { const lines = logsOf(service!, extra.level as string, (extra.limit as number) ?? 6); result = { service, count: lines.length, lines }; break; }
    case 'get_service_metrics': { const c = serviceAt(state, service!, at); const { name: n, status, health, cpuPct, memoryMb, memoryLimitMb, memoryPct, latencyMs, errorRate, requestsPerSec, replicas } = c; result = { service: n, status, health, current: { cpuPct, memoryMb, memoryLimitMb, memoryPct, latencyMs, errorRate, requestsPerSec, replicas }, series: metricsSeries(state, service!, at, (extra.minutes as number) ?? 5) }; break; }
    case 'check_dependencies': result = checkDependencies(state, service!, at); break;
    case 'run_diagnostics': result = { ...diagnose(state, service!, at), recentErrors: logsOf(service!, 'warn', 5) }; break;
    default: { const kind = ({ restart_service: 'restart', scale_service: 'scale', rollback_deployment: 'rollback', clear_cache: 'clear_cache' } as any)[name]; result = (sc as any).actions?.[`${kind}:${service}`]; if (!result) result = { service, ...startAction(state, at, service!, { kind, replicas: extra.replicas as number | undefined }).result }; break; }
  }
  return { name, arguments: args, result };
}
export function fleetServices(sc: Scenario) {
  return fleetAt(sc.state, sc.at).map((s) => ({ name: s.name, status: s.status, health: s.health, version: s.version, previousVersion: s.previousVersion, replicas: s.replicas, dependencies: s.dependencies, cpuPct: s.cpuPct, memoryMb: s.memoryMb, memoryLimitMb: s.memoryLimitMb, memoryPct: s.memoryPct, latencyMs: s.latencyMs, errorRate: s.errorRate, requestsPerSec: s.requestsPerSec, uptimeSec: s.uptimeSec, issues: s.issues }));
}
