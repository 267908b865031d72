import 'server-only';
import { getConfig } from '@/lib/config';
import { processSingleton } from '@/lib/runtime/process-singleton';
import { FleetService } from './fleet-service';

export { FleetService } from './fleet-service';
export { FleetError, isServiceName } from './simulation';
export type { ActionInput, FaultInput } from './simulation';
export type { LogQuery } from './store';
export { parseSince, SINCE_HELP } from './log-query';
export type { DependencyCheck, Diagnosis } from './diagnostics';
export * from './types';

/** The app's fleet (seed from FLEET_SEED, wall clock), shared by every route in the process. */
export function getFleet(): FleetService {
  return processSingleton('fleet', () => new FleetService({ seed: getConfig().fleetSeed, now: Date.now }));
}
