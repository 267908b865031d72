/**
 * The fleet's state machine: pure functions from (state, time, command) to
 * (new state, log lines, result). No clocks, timers, I/O or Math.random: time
 * is an argument and randomness comes from the PRNG state stored in the fleet,
 * so a seed and a sequence of timed commands always give the same fleet, and
 * two replicas reading the stored state agree. Effects that take time (a
 * restart, a self-healing fault) are timestamps evaluated lazily by `advance`.
 */
import { AppError } from '@/lib/errors';
import { faultHealedLine, faultLine, faultStartLine, routineLine, type LineDraft } from './log-lines';
import { Rng } from '@/lib/random';
import { noise } from './noise';
import { SERVICE_SPECS } from './services';
import {
  SERVICE_NAMES,
  MAX_REPLICAS,
  MIN_REPLICAS,
  type ActionKind,
  type ActionView,
  type FaultKind,
  type FaultView,
  type LogLevel,
  type MetricsPoint,
  type ServiceHealth,
  type ServiceName,
  type ServiceStatus,
  type ServiceView,
} from './types';
import { round } from '@/lib/figures';

/** Background log lines and metric jitter advance in steps of this size. */
export const TICK_MS = 5_000;
/** After a long idle period only the most recent stretch gets background lines. */
export const MAX_BACKFILL_MS = 10 * 60_000;
/** A new fleet starts with this much history, so logs are never empty. */
export const INITIAL_HISTORY_MS = 3 * 60_000;
/** A memory leak fills the limit in this time; then the service is OOM-killed. */
export const LEAK_FILL_MS = 5 * 60_000;
export const RESOLVED_FAULT_RETENTION_MS = 60 * 60_000;

export const ACTION_MS: Record<ActionKind, number> = { restart: 4_000, scale: 3_000, rollback: 6_000, clear_cache: 2_000 };
/** Restarts and rollbacks take a little longer or shorter each time (seeded). */
const ACTION_JITTER_MS: Record<ActionKind, number> = { restart: 2_000, scale: 1_000, rollback: 2_000, clear_cache: 500 };

/** Faults that heal by themselves, and their default duration. The others need an action. */
export const SELF_HEALING_SEC: Partial<Record<FaultKind, number>> = { latency_spike: 120, error_burst: 90, dependency_failure: 150 };

/** The action that repairs each fault. */
export const FIXED_BY: Record<FaultKind, ActionKind[]> = {
  crash: ['restart'],
  latency_spike: ['scale'],
  memory_leak: ['restart'],
  error_burst: ['clear_cache'],
  dependency_failure: ['restart'],
  bad_deployment: ['rollback'],
};

export interface Fault {
  id: string;
  service: ServiceName;
  kind: FaultKind;
  startedAt: number;
  endsAt: number | null;
  resolvedAt: number | null;
  resolvedBy: ActionKind | 'expired' | 'cleared' | null;
  dependency?: ServiceName;
  /** bad_deployment: the versions before the deployment, restored when cleared. */
  fromVersion?: string;
  fromPreviousVersion?: string | null;
}

export interface PendingAction {
  kind: ActionKind;
  startedAt: number;
  completesAt: number;
  replicas?: number;
}

export interface ServiceRuntime {
  version: string;
  previousVersion: string | null;
  replicas: number;
  /** Uptime counts from here. */
  startedAt: number;
  action: PendingAction | null;
}

/** Everything stored about the fleet (JSON-serialisable). */
export interface FleetState {
  schema: 1;
  seed: number;
  rng: number;
  /** Simulated up to this instant (ms since epoch). */
  clock: number;
  nextFaultId: number;
  services: Record<ServiceName, ServiceRuntime>;
  faults: Fault[];
}

export interface LogLine {
  at: number;
  service: ServiceName;
  level: LogLevel;
  message: string;
}

/** What every command returns: the next state, the lines it logged, and its answer. */
export interface Step<T> {
  state: FleetState;
  logs: LogLine[];
  result: T;
}

/**
 * A command the fleet refuses, with a message for the user. A domain error with
 * its code, so a route handler that lets it through answers 400/404/409 with it.
 */
export class FleetError extends AppError {
  constructor(
    override readonly code: 'not_found' | 'conflict' | 'bad_request',
    message: string,
  ) {
    super(code, message);
    this.name = 'FleetError';
  }
}

export function isServiceName(name: string): name is ServiceName {
  return (SERVICE_NAMES as readonly string[]).includes(name);
}

export function createFleet(seed: number, now: number): FleetState {
  const rng = new Rng((seed ^ 0x9e3779b9) >>> 0);
  const services = {} as Record<ServiceName, ServiceRuntime>;
  for (const name of SERVICE_NAMES) {
    const spec = SERVICE_SPECS[name];
    services[name] = {
      version: spec.version,
      previousVersion: spec.previousVersion,
      replicas: spec.replicas,
      // Up for between 2 hours and 3 days: a fleet that has been running a while.
      startedAt: now - rng.int(2 * 3600, 72 * 3600) * 1000,
      action: null,
    };
  }
  return { schema: 1, seed, rng: rng.state, clock: now - INITIAL_HISTORY_MS, nextFaultId: 1, services, faults: [] };
}

// ---------------------------------------------------------------------------
// Time

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

function resolveFault(fault: Fault, at: number, by: NonNullable<Fault['resolvedBy']>, logs: LogLine[]) {
  fault.resolvedAt = at;
  fault.resolvedBy = by;
  logs.push(line(at, fault.service, faultHealedLine(fault.kind)));
}

function activeFaults(state: FleetState, name: ServiceName, at: number): Fault[] {
  return state.faults.filter((f) => f.service === name && f.startedAt <= at && (f.resolvedAt === null || f.resolvedAt > at));
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

function line(at: number, service: ServiceName, draft: LineDraft): LogLine {
  return { at, service, level: draft.level, message: draft.message };
}

// ---------------------------------------------------------------------------
// Commands

export interface FaultInput {
  service: ServiceName;
  kind: FaultKind;
  durationSec?: number;
}

export function injectFault(input: FleetState, now: number, cmd: FaultInput): Step<FaultView> {
  const { state, logs } = advanceForCommand(input, now);
  const service = state.services[cmd.service];
  const spec = SERVICE_SPECS[cmd.service];
  if (activeFaults(state, cmd.service, now).some((f) => f.kind === cmd.kind)) {
    throw new FleetError('conflict', `${cmd.service} already has an active ${cmd.kind} fault.`);
  }
  const rng = new Rng(state.rng);
  const healSec = SELF_HEALING_SEC[cmd.kind];
  const fault: Fault = {
    id: `f${state.nextFaultId}`,
    service: cmd.service,
    kind: cmd.kind,
    startedAt: now,
    endsAt: healSec === undefined ? null : now + (cmd.durationSec ?? healSec) * 1000,
    resolvedAt: null,
    resolvedBy: null,
  };
  if (cmd.kind === 'dependency_failure') {
    if (spec.dependencies.length === 0) {
      throw new FleetError('bad_request', `${cmd.service} has no dependencies to lose.`);
    }
    fault.dependency = rng.pick(spec.dependencies);
  }
  if (cmd.kind === 'bad_deployment') {
    fault.fromVersion = service.version;
    fault.fromPreviousVersion = service.previousVersion;
    service.previousVersion = service.version;
    service.version = bumpVersion(service.version);
    service.startedAt = now;
  }
  state.nextFaultId += 1;
  state.rng = rng.state;
  state.faults.push(fault);
  logs.push(line(now, cmd.service, faultStartLine(spec, cmd.kind, { version: service.version, dependency: fault.dependency })));
  return { state, logs, result: faultView(fault) };
}

/** Ends every active fault (of one service, or all): the operator's reset button. */
export function clearFaults(input: FleetState, now: number, service?: ServiceName): Step<{ cleared: number }> {
  const { state, logs } = advanceForCommand(input, now);
  let cleared = 0;
  for (const fault of state.faults) {
    if (fault.resolvedAt !== null || (service && fault.service !== service)) continue;
    resolveFault(fault, now, 'cleared', logs);
    if (fault.kind === 'bad_deployment' && fault.fromVersion) {
      const runtime = state.services[fault.service];
      runtime.version = fault.fromVersion;
      runtime.previousVersion = fault.fromPreviousVersion ?? null;
    }
    cleared += 1;
  }
  return { state, logs, result: { cleared } };
}

export interface ActionInput {
  kind: ActionKind;
  replicas?: number;
}

/** Starts an action; it completes `ACTION_MS` (plus seeded jitter) later. */
export function startAction(input: FleetState, now: number, name: ServiceName, cmd: ActionInput): Step<ActionView> {
  const { state, logs } = advanceForCommand(input, now);
  const service = state.services[name];
  if (service.action) {
    throw new FleetError('conflict', `${name} is busy: ${service.action.kind} in progress until ${iso(service.action.completesAt)}.`);
  }
  const status = statusAt(state, name, now);
  if (cmd.kind === 'scale') {
    const replicas = cmd.replicas;
    if (replicas === undefined || !Number.isInteger(replicas) || replicas < MIN_REPLICAS || replicas > MAX_REPLICAS) {
      throw new FleetError('bad_request', `replicas must be a whole number from ${MIN_REPLICAS} to ${MAX_REPLICAS}.`);
    }
    if (replicas === service.replicas) throw new FleetError('bad_request', `${name} already runs ${replicas} replica(s).`);
  }
  if ((cmd.kind === 'scale' || cmd.kind === 'clear_cache') && status === 'stopped') {
    throw new FleetError('conflict', `${name} is stopped: restart it first.`);
  }
  if (cmd.kind === 'rollback' && service.previousVersion === null) {
    throw new FleetError('conflict', `${name} has no previous version to roll back to.`);
  }
  const rng = new Rng(state.rng);
  const duration = ACTION_MS[cmd.kind] + rng.int(0, ACTION_JITTER_MS[cmd.kind]);
  state.rng = rng.state;
  const action: PendingAction = { kind: cmd.kind, startedAt: now, completesAt: now + duration };
  if (cmd.kind === 'scale') action.replicas = cmd.replicas;
  service.action = action;
  const started: Record<ActionKind, string> = {
    restart: `restart requested: stopping ${service.replicas} replica(s)`,
    scale: `scaling from ${service.replicas} to ${cmd.replicas} replica(s)`,
    rollback: `rolling back from ${service.version} to ${service.previousVersion}`,
    clear_cache: 'cache flush requested',
  };
  logs.push(line(now, name, { level: 'info', message: started[cmd.kind] }));
  return { state, logs, result: actionView(action)! };
}

function advanceForCommand(input: FleetState, now: number): { state: FleetState; logs: LogLine[] } {
  const step = advance(input, now);
  // advance returns its input when nothing happened; commands must never mutate it.
  return { state: step.result.changed ? step.state : structuredClone(input), logs: step.logs };
}

function bumpVersion(version: string): string {
  const parts = version.split('.').map((p) => Number.parseInt(p, 10));
  if (parts.length < 2 || parts.some(Number.isNaN)) return `${version}-next`;
  return `${parts[0]}.${parts[1]! + 1}.0`;
}

// ---------------------------------------------------------------------------
// Views (pure reads at a given instant)

function leakOomed(fault: Fault, at: number): boolean {
  return fault.kind === 'memory_leak' && at >= fault.startedAt + LEAK_FILL_MS;
}

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

function unavailableDependencies(state: FleetState, name: ServiceName, at: number): ServiceName[] {
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
    uptimeSec: status === 'stopped' ? 0 : Math.max(0, Math.floor((at - runtime.startedAt) / 1000)),
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

export function faultView(fault: Fault): FaultView {
  return { id: fault.id, kind: fault.kind, startedAt: iso(fault.startedAt), endsAt: fault.endsAt === null ? null : iso(fault.endsAt), fixedBy: FIXED_BY[fault.kind] };
}

function actionView(action: PendingAction | null): ActionView | null {
  if (!action) return null;
  return {
    kind: action.kind,
    startedAt: iso(action.startedAt),
    completesAt: iso(action.completesAt),
    ...(action.replicas === undefined ? {} : { replicas: action.replicas }),
  };
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
