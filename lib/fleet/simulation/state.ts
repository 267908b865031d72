/** What is stored about the fleet, how a new one starts, and the queries every rule shares. */
import { AppError } from '@/lib/errors';
import { Rng } from '@/lib/random';
import type { LineDraft } from '../log-lines';
import { SERVICE_SPECS } from '../services';
import { SERVICE_NAMES, type ActionKind, type FaultKind, type LogEntry, type ServiceName } from '../types';
import { INITIAL_HISTORY_MS, LEAK_FILL_MS } from './rules';

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

/** A log line as stored: a LogEntry timed in ms since epoch. */
export type LogLine = Omit<LogEntry, 'at'> & { at: number };

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

export function activeFaults(state: FleetState, name: ServiceName, at: number): Fault[] {
  return state.faults.filter((f) => f.service === name && f.startedAt <= at && (f.resolvedAt === null || f.resolvedAt > at));
}

export function leakOomed(fault: Fault, at: number): boolean {
  return fault.kind === 'memory_leak' && at >= fault.startedAt + LEAK_FILL_MS;
}

export function line(at: number, service: ServiceName, draft: LineDraft): LogLine {
  return { at, service, level: draft.level, message: draft.message };
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
