/** The faults an operator (or the chaos schedule) injects, and the reset button that clears them. */
import { Rng } from '@/lib/random';
import { faultStartLine } from '../log-lines';
import { SERVICE_SPECS } from '../services';
import type { FaultKind, FaultView, ServiceName } from '../types';
import { SELF_HEALING_SEC } from './rules';
import { activeFaults, FleetError, line, type Fault, type FleetState, type Step } from './state';
import { advanceForCommand, resolveFault } from './transitions';
import { faultView } from './views';

export interface FaultInput {
  service: ServiceName;
  kind: FaultKind;
  durationSec?: number;
}

export function injectFault(input: FleetState, now: number, cmd: FaultInput): Step<FaultView> {
  const { state, logs } = advanceForCommand(input, now);
  const service = state.services[cmd.service];
  const spec = SERVICE_SPECS[cmd.service];
  if (activeFaults(state, cmd.service, now).some((f) => f.kind === cmd.kind)) {
    throw new FleetError('conflict', `${cmd.service} already has an active ${cmd.kind} fault.`);
  }
  const rng = new Rng(state.rng);
  const healSec = SELF_HEALING_SEC[cmd.kind];
  const fault: Fault = {
    id: `f${state.nextFaultId}`,
    service: cmd.service,
    kind: cmd.kind,
    startedAt: now,
    endsAt: healSec === undefined ? null : now + (cmd.durationSec ?? healSec) * 1000,
    resolvedAt: null,
    resolvedBy: null,
  };
  if (cmd.kind === 'dependency_failure') {
    if (spec.dependencies.length === 0) {
      throw new FleetError('bad_request', `${cmd.service} has no dependencies to lose.`);
    }
    fault.dependency = rng.pick(spec.dependencies);
  }
  if (cmd.kind === 'bad_deployment') {
    fault.fromVersion = service.version;
    fault.fromPreviousVersion = service.previousVersion;
    service.previousVersion = service.version;
    service.version = bumpVersion(service.version);
    service.startedAt = now;
  }
  state.nextFaultId += 1;
  state.rng = rng.state;
  state.faults.push(fault);
  logs.push(line(now, cmd.service, faultStartLine(spec, cmd.kind, { version: service.version, dependency: fault.dependency })));
  return { state, logs, result: faultView(fault) };
}

/** Ends every active fault (of one service, or all): the operator's reset button. */
export function clearFaults(input: FleetState, now: number, service?: ServiceName): Step<{ cleared: number }> {
  const { state, logs } = advanceForCommand(input, now);
  let cleared = 0;
  for (const fault of state.faults) {
    if (fault.resolvedAt !== null || (service && fault.service !== service)) continue;
    resolveFault(fault, now, 'cleared', logs);
    if (fault.kind === 'bad_deployment' && fault.fromVersion) {
      const runtime = state.services[fault.service];
      runtime.version = fault.fromVersion;
      runtime.previousVersion = fault.fromPreviousVersion ?? null;
    }
    cleared += 1;
  }
  return { state, logs, result: { cleared } };
}

function bumpVersion(version: string): string {
  const parts = version.split('.').map((p) => Number.parseInt(p, 10));
  if (parts.length < 2 || parts.some(Number.isNaN)) return `${version}-next`;
  return `${parts[0]}.${parts[1]! + 1}.0`;
}
