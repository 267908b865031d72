import { cached, cachedJson } from '@/lib/cache';
import { getConfig } from '@/lib/config';
import { FLEET_CACHE_PREFIX, FleetService } from './fleet-service';
import type { ServiceView } from './types';

let fleet: FleetService | undefined;

/**
 * The app's fleet (seed from FLEET_SEED, wall clock). Deliberately per bundle,
 * not a processSingleton: it holds no state of its own (the database does).
 * (Its FleetErrors are recognised by code in any bundle: lib/errors.)
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

/** The same grid as the JSON text GET /api/containers sends (one cache entry with fleetServices). */
export function fleetServicesJson(): Promise<string> {
  return cachedJson(`${FLEET_CACHE_PREFIX}services`, getConfig().cache.containersTtlMs, () => getFleet().services());
}

/** Tests change FLEET_SEED between cases; production never calls this. */
export function resetFleetForTests(): void {
  fleet = undefined;
}
