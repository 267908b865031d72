import 'server-only';

export { FLEET_CACHE_PREFIX, FleetService, recordedFleet } from './fleet-service';
export type { FleetReads, FleetRecord } from './fleet-service';
export type { ArchivedLogs } from './log-archive';
export { readLogArchive } from './log-archive';
export type { FleetState } from './simulation';
export { FleetError, isServiceName } from './simulation';
export type { ActionInput, FaultInput } from './simulation';
export type { LogQuery } from './store';
export { parseSince, SINCE_HELP } from './log-query';
export type { DependencyCheck, Diagnosis } from './diagnostics';
export * from './types';

export { fleetServices, fleetServicesJson, getFleet, resetFleetForTests } from './app-fleet';
export { clearFaults, injectFault } from './commands';
