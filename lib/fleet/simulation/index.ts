/**
 * The fleet's state machine: pure functions from (state, time, command) to
 * (new state, log lines, result). No clocks, timers, I/O or Math.random: time
 * is an argument and randomness comes from the PRNG state stored in the fleet,
 * so a seed and a sequence of timed commands always give the same fleet, and
 * two replicas reading the stored state agree. Effects that take time (a
 * restart, a self-healing fault) are timestamps evaluated lazily by `advance`.
 *
 * rules.ts holds the numbers, state.ts what is stored, transitions.ts what time
 * does to it, faults.ts and actions.ts the commands, metrics.ts and views.ts
 * the reads at an instant.
 */
export {
  ACTION_MS,
  FIXED_BY,
  INITIAL_HISTORY_MS,
  LEAK_FILL_MS,
  MAX_BACKFILL_MS,
  RESOLVED_FAULT_RETENTION_MS,
  SELF_HEALING_SEC,
  TICK_MS,
} from './rules';
export { createFleet, FleetError, isServiceName, iso } from './state';
export type { Fault, FleetState, LogLine, PendingAction, ServiceRuntime, Step } from './state';
export { advance } from './transitions';
export { clearFaults, injectFault, type FaultInput } from './faults';
export { startAction, type ActionInput } from './actions';
export { metricsAt, metricsSeries, statusAt } from './metrics';
export { faultView, fleetAt, serviceAt } from './views';
