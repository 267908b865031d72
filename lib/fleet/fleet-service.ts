import { invalidateCache } from '@/lib/cache';
import { checkDependencies, diagnose, type DependencyCheck, type Diagnosis } from './diagnostics';
import {
  clearFaults,
  fleetAt,
  injectFault,
  iso,
  metricsSeries,
  serviceAt,
  startAction,
  type ActionInput,
  type FaultInput,
} from './simulation';
import { FleetStore, type FleetStoreOptions, type LogQuery } from './store';
import type { ActionView, FaultView, LogEntry, MetricsPoint, ServiceName, ServiceView } from './types';

/**
 * What the rest of the app (MCP tools, route handlers) can ask of the fleet.
 * Every call brings the stored fleet up to the present first.
 */
/** Cache keys of fleet reads (the status grid); every write to the fleet drops them on every replica. */
export const FLEET_CACHE_PREFIX = 'fleet:';

export class FleetService {
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
    const recentErrors = await this.store.logs(name, { level: 'warn', limit: 5, since: new Date(at - 15 * 60_000) });
    return { ...diagnose(state, name, at), recentErrors };
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
