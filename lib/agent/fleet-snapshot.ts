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
 * The fleet as a run found it, read through the run's own tool source before
 * its first model call: the tools offered, and every read-only tool's answer
 * for every service. Taken through the tools (not the fleet's tables), so it
 * works the same with the in-process server and an external MCP_URL.
 */
export interface FleetSnapshot {
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

export async function takeFleetSnapshot(source: AgentToolSource): Promise<FleetSnapshot> {
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
