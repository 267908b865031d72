import 'server-only';
import { cached } from '@/lib/cache';
import { getConfig } from '@/lib/config';
import { FLEET_CACHE_PREFIX, FleetService } from './fleet-service';
import type { ServiceView } from './types';

export { FLEET_CACHE_PREFIX, FleetService } from './fleet-service';
export { FleetError, isServiceName } from './simulation';
export type { ActionInput, FaultInput } from './simulation';
export type { LogQuery } from './store';
export { parseSince, SINCE_HELP } from './log-query';
export type { DependencyCheck, Diagnosis } from './diagnostics';
export * from './types';

let fleet: FleetService | undefined;

/**
 * The app's fleet (seed from FLEET_SEED, wall clock). Deliberately per bundle,
 * not a processSingleton: it holds no state of its own (the database does), and
 * an instance shared across Next.js bundles would throw another bundle's
 * FleetError, which `instanceof ApiError` in this bundle does not recognise
 * (a refusal would become a 500).
 */
export function getFleet(): FleetService {
  fleet ??= new FleetService({ seed: getConfig().fleetSeed, now: Date.now });
  return fleet;
}

/**
 * The status grid as GET /api/containers sends it (and the Tools page renders
 * first): cached for CACHE_CONTAINERS_TTL_MS, invalidated by fleet writes.
 */
export function fleetServices(): Promise<{ at: string; services: ServiceView[] }> {
  return cached(`${FLEET_CACHE_PREFIX}services`, getConfig().cache.containersTtlMs, () => getFleet().services());
}

/** Tests change FLEET_SEED between cases; production never calls this. */
export function resetFleetForTests(): void {
  fleet = undefined;
}
