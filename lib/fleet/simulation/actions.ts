/** The repairs an operator starts: restart, scale, rollback, cache flush. They complete later (see transitions.ts). */
import { Rng } from '@/lib/random';
import { MAX_REPLICAS, MIN_REPLICAS, type ActionKind, type ActionView, type ServiceName } from '../types';
import { statusAt } from './metrics';
import { ACTION_JITTER_MS, ACTION_MS } from './rules';
import { FleetError, iso, line, type FleetState, type PendingAction, type Step } from './state';
import { advanceForCommand } from './transitions';
import { actionView } from './views';

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
