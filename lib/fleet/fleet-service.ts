import { invalidateCache } from '@/lib/cache';
import { checkDependencies, diagnose, type DependencyCheck, type Diagnosis } from './diagnostics';
import { archivedLines, ensureLogArchive, type ArchivedLogs } from './log-archive';
import {
  clearFaults,
  FleetError,
  fleetAt,
  injectFault,
  iso,
  metricsSeries,
  serviceAt,
  startAction,
  type ActionInput,
  type FaultInput,
  type FleetState,
} from './simulation';
import { FleetStore, type FleetStoreOptions, type LogQuery } from './store';
import type { ActionView, FaultView, LogEntry, MetricsPoint, ServiceName, ServiceView } from './types';

/** Cache keys of fleet reads (the status grid); every write to the fleet drops them on every replica. */
export const FLEET_CACHE_PREFIX = 'fleet:';

/** What the MCP tools ask of a fleet: the live one (FleetService) or one as recorded (recordedFleet). */
export interface FleetReads {
  services(): Promise<{ at: string; services: ServiceView[] }>;
  service(name: ServiceName): Promise<ServiceView>;
  logs(name: ServiceName, query: LogQuery): Promise<LogEntry[]>;
  metrics(name: ServiceName, minutes: number): Promise<{ service: ServiceName; current: ServiceView; series: MetricsPoint[] }>;
  dependencies(name: ServiceName): Promise<DependencyCheck>;
  diagnose(name: ServiceName): Promise<Diagnosis & { recentErrors: LogEntry[] }>;
  act(name: ServiceName, action: ActionInput): Promise<ActionView & { service: ServiceName }>;
}

/**
 * The fleet at one instant, as a run's snapshot keeps it: the stored state
 * (every read at `at` is a pure function of it) and the key of the archive
 * of its newest log lines (shared by every snapshot of the same revision);
 * `logs` once read back.
 */
export interface FleetRecord {
  at: number;
  state: FleetState;
  logsKey: string;
  logs?: ArchivedLogs;
}

/** run_diagnostics' recent errors: warnings and errors of the last 15 minutes, the newest five. */
const RECENT_ERRORS = { level: 'warn' as const, limit: 5, windowMs: 15 * 60_000 };

/**
 * What the rest of the app (MCP tools, route handlers) can ask of the fleet.
 * Every call brings the stored fleet up to the present first.
 */
export class FleetService implements FleetReads {
  private readonly store: FleetStore;

  constructor(options: FleetStoreOptions) {
    this.store = new FleetStore(options);
  }

  async services(): Promise<{ at: string; services: ServiceView[] }> {
    const { state, at } = await this.store.current();
    return { at: iso(at), services: fleetAt(state, at) };
  }

  async service(name: ServiceName): Promise<ServiceView> {
    const { state, at } = await this.store.current();
    return serviceAt(state, name, at);
  }

  logs(name: ServiceName, query: LogQuery): Promise<LogEntry[]> {
    return this.store.logs(name, query);
  }

  async metrics(name: ServiceName, minutes: number): Promise<{ service: ServiceName; current: ServiceView; series: MetricsPoint[] }> {
    const { state, at } = await this.store.current();
    return { service: name, current: serviceAt(state, name, at), series: metricsSeries(state, name, at, minutes) };
  }

  async dependencies(name: ServiceName): Promise<DependencyCheck> {
    const { state, at } = await this.store.current();
    return checkDependencies(state, name, at);
  }

  async diagnose(name: ServiceName): Promise<Diagnosis & { recentErrors: LogEntry[] }> {
    const { state, at } = await this.store.current();
    const recentErrors = await this.store.logs(name, { level: RECENT_ERRORS.level, limit: RECENT_ERRORS.limit, since: new Date(at - RECENT_ERRORS.windowMs) });
    return { ...diagnose(state, name, at), recentErrors };
  }

  /**
   * The fleet now, for a run's snapshot: one read of the state (usually the
   * in-memory copy) and, when this revision's log lines are not archived
   * yet, one statement that archives them. Every tool's answer at this
   * instant follows from it (recordedFleet).
   */
  async record(): Promise<FleetRecord> {
    const { state, at, revision } = await this.store.current();
    const logsKey = `${revision}:${state.clock}`;
    await ensureLogArchive(logsKey, at);
    return { at, state, logsKey };
  }

  async injectFault(input: FaultInput): Promise<FaultView & { service: ServiceName }> {
    const { result } = await this.store.update((state, now) => injectFault(state, now, input));
    await invalidateCache(FLEET_CACHE_PREFIX);
    return { service: input.service, ...result };
  }

  async clearFaults(service?: ServiceName): Promise<{ cleared: number }> {
    const { result } = await this.store.update((state, now) => clearFaults(state, now, service));
    await invalidateCache(FLEET_CACHE_PREFIX);
    return result;
  }

  async act(name: ServiceName, action: ActionInput): Promise<ActionView & { service: ServiceName }> {
    const { result } = await this.store.update((state, now) => startAction(state, now, name, action));
    await invalidateCache(FLEET_CACHE_PREFIX);
    return { service: name, ...result };
  }
}

/**
 * The fleet as a record found it, answering every read as the live fleet did
 * at that instant (log reads from its archived lines), and refusing every
 * change: time does not pass in it, and nothing done to it reaches the fleet.
 */
export function recordedFleet(record: FleetRecord): FleetReads {
  const { state, at } = record;
  const logs = record.logs ?? {};
  return {
    services: async () => ({ at: iso(at), services: fleetAt(state, at) }),
    service: async (name) => serviceAt(state, name, at),
    logs: async (name, query) => archivedLines(logs, name, query),
    metrics: async (name, minutes) => ({ service: name, current: serviceAt(state, name, at), series: metricsSeries(state, name, at, minutes) }),
    dependencies: async (name) => checkDependencies(state, name, at),
    diagnose: async (name) => ({
      ...diagnose(state, name, at),
      recentErrors: archivedLines(logs, name, { level: RECENT_ERRORS.level, limit: RECENT_ERRORS.limit, since: new Date(at - RECENT_ERRORS.windowMs) }),
    }),
    act: async () => {
      throw new FleetError('conflict', 'A recorded fleet cannot be changed.');
    },
  };
}
