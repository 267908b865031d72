import 'server-only';

export { FLEET_CACHE_PREFIX, FleetService } from './fleet-service';
export { FleetError, isServiceName } from './simulation';
export type { ActionInput, FaultInput } from './simulation';
export type { LogQuery } from './store';
export { parseSince, SINCE_HELP } from './log-query';
export type { DependencyCheck, Diagnosis } from './diagnostics';
export * from './types';

export { fleetServices, fleetServicesJson, getFleet, resetFleetForTests } from './app-fleet';
export { clearFaults, injectFault } from './commands';
