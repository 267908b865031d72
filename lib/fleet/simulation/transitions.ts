/**
 * What happens as time passes: actions complete, faults heal or OOM-kill their
 * service, and every tick each service writes its background log lines. Time
 * is an argument; the draws come from the PRNG state stored in the fleet.
 */
import { Rng } from '@/lib/random';
import { faultHealedLine, faultLine, routineLine } from '../log-lines';
import { noise } from '../noise';
import { SERVICE_SPECS } from '../services';
import { SERVICE_NAMES, type FaultKind, type ServiceName } from '../types';
import { unavailableDependencies } from './metrics';
import { LEAK_FILL_MS, MAX_BACKFILL_MS, RESOLVED_FAULT_RETENTION_MS, TICK_MS } from './rules';
import { activeFaults, line, type Fault, type FleetState, type LogLine, type PendingAction, type Step } from './state';
import { serviceAt } from './views';

/**
 * Brings the fleet to `now`: completes actions and heals faults whose time has
 * come, and writes the background log lines of every tick in between. Returns
 * the input unchanged (changed: false) when nothing happened, so readers need
 * not write.
 */
export function advance(input: FleetState, now: number): Step<{ changed: boolean }> {
  if (now <= input.clock) return { state: input, logs: [], result: { changed: false } };
  const state = structuredClone(input);
  const rng = new Rng(state.rng);
  const logs: LogLine[] = [];
  let changed = false;
  const from = Math.max(state.clock, now - MAX_BACKFILL_MS);
  for (let t = (Math.floor(from / TICK_MS) + 1) * TICK_MS; t <= now; t += TICK_MS) {
    processEvents(state, logs, t);
    tick(state, rng, logs, t);
    state.clock = t;
    changed = true;
  }
  if (processEvents(state, logs, now)) changed = true;
  if (!changed) return { state: input, logs: [], result: { changed: false } };
  state.clock = now;
  state.rng = rng.state;
  state.faults = state.faults.filter((f) => f.resolvedAt === null || f.resolvedAt > now - RESOLVED_FAULT_RETENTION_MS);
  return { state, logs: logs.sort((a, b) => a.at - b.at), result: { changed: true } };
}

/** Applies every timed event in (state.clock, until], earliest first. */
function processEvents(state: FleetState, logs: LogLine[], until: number): boolean {
  let any = false;
  const since = state.clock;
  // Memory leaks that reach the limit in this window: the OOM kill is only a log
  // line, because "stopped" is derived from the leak's age (see statusAt).
  for (const fault of state.faults) {
    if (fault.kind !== 'memory_leak') continue;
    const oomAt = fault.startedAt + LEAK_FILL_MS;
    if (oomAt > since && oomAt <= until && (fault.resolvedAt === null || fault.resolvedAt > oomAt)) {
      logs.push(line(oomAt, fault.service, { level: 'error', message: `OOMKilled: memory limit ${SERVICE_SPECS[fault.service].memoryLimitMb} MB reached; container stopped` }));
      any = true;
    }
  }
  for (;;) {
    let next: { at: number; apply: () => void } | undefined;
    for (const fault of state.faults) {
      if (fault.resolvedAt === null && fault.endsAt !== null && fault.endsAt <= until && (!next || fault.endsAt < next.at)) {
        next = { at: fault.endsAt, apply: () => resolveFault(fault, fault.endsAt!, 'expired', logs) };
      }
    }
    for (const name of SERVICE_NAMES) {
      const action = state.services[name].action;
      if (action && action.completesAt <= until && (!next || action.completesAt < next.at)) {
        next = { at: action.completesAt, apply: () => completeAction(state, name, action, logs) };
      }
    }
    if (!next) return any;
    next.apply();
    any = true;
  }
}

export function resolveFault(fault: Fault, at: number, by: NonNullable<Fault['resolvedBy']>, logs: LogLine[]) {
  fault.resolvedAt = at;
  fault.resolvedBy = by;
  logs.push(line(at, fault.service, faultHealedLine(fault.kind)));
}

function completeAction(state: FleetState, name: ServiceName, action: PendingAction, logs: LogLine[]) {
  const service = state.services[name];
  const at = action.completesAt;
  service.action = null;
  const fix = (kinds: FaultKind[]) => {
    for (const fault of activeFaults(state, name, at)) if (kinds.includes(fault.kind)) resolveFault(fault, at, action.kind, logs);
  };
  const seconds = ((at - action.startedAt) / 1000).toFixed(1);
  switch (action.kind) {
    case 'restart':
      service.startedAt = at;
      logs.push(line(at, name, { level: 'info', message: `restart complete: ${service.replicas} replica(s) ready in ${seconds}s (version ${service.version})` }));
      fix(['crash', 'memory_leak', 'dependency_failure']);
      if (activeFaults(state, name, at).some((f) => f.kind === 'bad_deployment')) {
        logs.push(line(at, name, { level: 'error', message: `still failing after restart: version ${service.version} is broken` }));
      }
      break;
    case 'scale': {
      const before = service.replicas;
      service.replicas = action.replicas ?? before;
      logs.push(line(at, name, { level: 'info', message: `scaled from ${before} to ${service.replicas} replica(s) in ${seconds}s` }));
      if (service.replicas > before) fix(['latency_spike']);
      break;
    }
    case 'rollback': {
      const bad = service.version;
      service.version = service.previousVersion ?? service.version;
      service.previousVersion = null;
      service.startedAt = at;
      logs.push(line(at, name, { level: 'info', message: `rolled back from ${bad} to ${service.version} in ${seconds}s` }));
      fix(['bad_deployment']);
      break;
    }
    case 'clear_cache': {
      const keys = 200 + Math.floor(noise(state.seed, name, 'cache', at) * 4_000);
      logs.push(line(at, name, { level: 'info', message: `cache flushed: ${keys} keys evicted` }));
      fix(['error_burst']);
      break;
    }
  }
}

/** Background lines for one tick: what each service says at time t. */
function tick(state: FleetState, rng: Rng, logs: LogLine[], t: number) {
  for (const name of SERVICE_NAMES) {
    const view = serviceAt(state, name, t);
    if (view.status === 'stopped' || view.status === 'restarting') continue;
    const spec = SERVICE_SPECS[name];
    for (const fault of activeFaults(state, name, t)) {
      if (rng.chance(0.7)) {
        logs.push(line(t, name, faultLine(spec, fault.kind, rng, { latencyMs: view.latencyMs, memoryPct: view.memoryPct, dependency: fault.dependency })));
      }
    }
    for (const dep of unavailableDependencies(state, name, t)) {
      if (rng.chance(0.6)) logs.push(line(t, name, { level: 'error', message: `upstream ${dep} unavailable: connection refused` }));
    }
    if (rng.chance(view.status === 'running' ? 0.45 : 0.25)) logs.push(line(t, name, routineLine(spec, rng, view.latencyMs)));
  }
}

export function advanceForCommand(input: FleetState, now: number): { state: FleetState; logs: LogLine[] } {
  const step = advance(input, now);
  // advance returns its input when nothing happened; commands must never mutate it.
  return { state: step.result.changed ? step.state : structuredClone(input), logs: step.logs };
}
