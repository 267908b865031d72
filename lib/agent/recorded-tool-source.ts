import { recordedFleet } from '@/lib/fleet';
import { answerFromFleet } from '@/lib/mcp';
import type { FleetSnapshot, RecordedCall } from './fleet-snapshot';
import { serviceArgumentOf } from './fleet-snapshot';
import type { AgentToolSource, ToolCallOutcome } from './tool-source';
import type { WorkflowStepView } from './types';

/** Arguments as a stable key: keys sorted, empty values dropped, so `{b, a}` and `{a, b, c: undefined}` match. */
export function normaliseArgs(args: unknown): string {
  const norm = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(norm);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>)
          .filter(([, x]) => x !== undefined && x !== null && x !== '')
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, x]) => [k, norm(x)]),
      );
    }
    return v;
  };
  return JSON.stringify(norm(args ?? {}));
}

const keyOf = (name: string, args: unknown) => `${name} ${normaliseArgs(args)}`;

export interface RecordedToolSource extends AgentToolSource {
  /** Calls answered from the original run's steps / from its snapshot / neither. */
  readonly counts: { recorded: number; snapshot: number; unrecorded: number };
}

/**
 * The tool source of a recorded replay: the original run's tools; a call that
 * matches one the original made (same tool, same arguments after
 * normalisation, in order) gets that call's result; any other call is answered
 * from the fleet snapshot taken when the original started, updated with what
 * the replay has seen since (a service's latest status), never from today's
 * fleet. A fleet-changing call the original never made is acknowledged as not
 * applied: nothing a replay does changes the live fleet.
 */
export function recordedToolSource(original: { steps: WorkflowStepView[]; snapshot: FleetSnapshot }): RecordedToolSource {
  const queues = new Map<string, ToolCallOutcome[]>();
  const lastSeen = new Map<string, ToolCallOutcome>();
  for (const step of original.steps) {
    if (step.kind !== 'tool' || !step.toolName) continue;
    const key = keyOf(step.toolName, step.args);
    const outcome = { value: step.result, isError: step.isError };
    queues.set(key, [...(queues.get(key) ?? []), outcome]);
  }
  const tools = original.snapshot.tools;
  // What the replay has seen of each service so far (status, health, version), newest wins.
  const seen = new Map<string, Record<string, unknown>>();
  const observe = (value: unknown) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return;
    const o = value as Record<string, unknown>;
    if (typeof o.name === 'string' && typeof o.status === 'string') {
      seen.set(o.name, { ...seen.get(o.name), ...Object.fromEntries(['status', 'health', 'version', 'replicas'].filter((k) => o[k] !== undefined).map((k) => [k, o[k]])) });
    }
  };
  const fromSnapshot = snapshotAnswers(original.snapshot);
  const counts = { recorded: 0, snapshot: 0, unrecorded: 0 };

  return {
    counts,
    listTools: async () => tools,
    callTool: async (name, args) => {
      const key = keyOf(name, args);
      const queue = queues.get(key);
      const next = queue?.shift();
      if (next) {
        counts.recorded += 1;
        lastSeen.set(key, next);
        observe(next.value);
        return next;
      }
      const tool = tools.find((t) => t.name === name);
      if (!tool) {
        counts.unrecorded += 1;
        return { value: { error: `Unknown tool ${name}.` }, isError: true };
      }
      if (tool.mutating) {
        counts.unrecorded += 1;
        return { value: { ...args, applied: false, note: `${name} was not part of the original run; a recorded replay never changes the fleet.` }, isError: false };
      }
      const snap = await fromSnapshot(name, args);
      if (!snap) {
        // The original asked this more often than the replay: its last answer still stands.
        const repeat = lastSeen.get(key);
        if (repeat) return repeat;
        counts.unrecorded += 1;
        return { value: { error: `${name} with these arguments is not in the recording.` }, isError: true };
      }
      counts.snapshot += 1;
      const value = withSeen(snap.value, seen);
      observe(value);
      return { value, isError: snap.isError };
    },
  };
}

/**
 * How a snapshot answers a call: this app's fleet as recorded answers any
 * read-only call, computed now from the state it kept (the same tool code,
 * at the recorded instant, over the archived log lines); a snapshot of tool
 * answers has the call it recorded, or the nearest one.
 */
function snapshotAnswers(snapshot: FleetSnapshot): (name: string, args: Record<string, unknown>) => Promise<Pick<RecordedCall, 'value' | 'isError'> | undefined> {
  if ('fleet' in snapshot) {
    const fleet = recordedFleet(snapshot.fleet);
    return (name, args) => answerFromFleet(fleet, name, args);
  }
  const { calls, tools } = snapshot;
  return async (name, args) => {
    const exact = calls.find((c) => c.name === name && normaliseArgs(c.args) === normaliseArgs(args));
    if (exact) return exact;
    // Same tool about the same service, other options (a log filter): the nearest the snapshot knows.
    const tool = tools.find((t) => t.name === name);
    const key = tool && serviceArgumentOf(tool);
    return key ? calls.find((c) => c.name === name && c.args[key] === args[key]) : undefined;
  };
}

/** A snapshot answer with each service's status replaced by the latest the replay has seen. */
function withSeen(value: unknown, seen: Map<string, Record<string, unknown>>): unknown {
  if (Array.isArray(value)) return value.map((v) => withSeen(v, seen));
  if (!value || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  if (typeof o.name === 'string' && seen.has(o.name)) return { ...o, ...seen.get(o.name) };
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, withSeen(v, seen)]));
}
