import type { FleetRecord } from '@/lib/fleet';
import { fleetFromToolResult } from './fleet-status';
import type { AgentTool, AgentToolSource } from './tool-source';

/** One tool call and what it answered. */
export interface RecordedCall {
  name: string;
  args: Record<string, unknown>;
  value: unknown;
  isError: boolean;
}

/**
 * The fleet as a run found it, before its first model call, with the tools
 * it was offered: what a recorded replay answers the calls its original
 * never made from. Either this app's own fleet as stored (its state and the
 * archive of its newest log lines: one read, and every tool's answer follows
 * from it), or, for a tool source that is not this app's fleet (an external
 * MCP_URL, a test's), every read-only tool's answer for every service, asked
 * through the tools.
 */
export type FleetSnapshot = RecordedFleetSnapshot | CalledFleetSnapshot;

export interface RecordedFleetSnapshot {
  takenAt: string;
  tools: AgentTool[];
  fleet: FleetRecord;
}

export interface CalledFleetSnapshot {
  takenAt: string;
  tools: AgentTool[];
  calls: RecordedCall[];
}

/** At most this many snapshot calls at once: enough to be quick, few enough for a remote server. */
const SNAPSHOT_CONCURRENCY = 8;

/** The name of the string argument a per-service tool takes (its only required string), if it has one. */
export function serviceArgumentOf(tool: AgentTool): string | undefined {
  const schema = tool.inputSchema as { properties?: Record<string, { type?: string }>; required?: string[] };
  return schema.required?.find((k) => schema.properties?.[k]?.type === 'string') ?? (schema.properties?.service ? 'service' : undefined);
}

/** A tool source that can read the fleet behind its tools directly (this app's own fleet). */
export interface FleetSnapshotSource {
  fleetSnapshot(): Promise<FleetSnapshot>;
}

/** The source's own snapshot when it has one (this app's fleet), else one asked through its tools. */
export async function takeFleetSnapshot(source: AgentToolSource & Partial<FleetSnapshotSource>): Promise<FleetSnapshot> {
  return source.fleetSnapshot ? source.fleetSnapshot() : askFleetSnapshot(source);
}

async function askFleetSnapshot(source: AgentToolSource): Promise<CalledFleetSnapshot> {
  const takenAt = new Date().toISOString();
  const tools = await source.listTools();
  const readOnly = tools.filter((t) => !t.mutating);
  const call = async (name: string, args: Record<string, unknown>): Promise<RecordedCall> => {
    const outcome = await source.callTool(name, args).catch((error: unknown) => ({ value: { error: (error as Error).message }, isError: true }));
    return { name, args, value: outcome.value, isError: outcome.isError };
  };
  const inventory = await call('list_services', {});
  const services = inventory.isError ? [] : fleetFromToolResult(inventory.value).map((s) => s.name);
  const pending: Array<() => Promise<RecordedCall>> = [];
  for (const tool of readOnly) {
    if (tool.name === 'list_services') continue;
    const key = serviceArgumentOf(tool);
    if (!key) pending.push(() => call(tool.name, {}));
    else for (const service of services) pending.push(() => call(tool.name, { [key]: service }));
  }
  const calls: RecordedCall[] = [inventory];
  for (let i = 0; i < pending.length; i += SNAPSHOT_CONCURRENCY) {
    calls.push(...(await Promise.all(pending.slice(i, i + SNAPSHOT_CONCURRENCY).map((f) => f()))));
  }
  return { takenAt, tools, calls };
}
