import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { ToolListChangedNotificationSchema, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { AuditActor } from '@/lib/audit';
import { getFleet } from '@/lib/fleet';
import { connectMcpClient, mcpSource } from '@/lib/mcp';
import type { FleetSnapshot, FleetSnapshotSource } from './fleet-snapshot';
import type { AgentTool, AgentToolSource, ToolCallOutcome } from './tool-source';

/** What a tools/call returned, as the model should read it: structured content, else the text (as JSON when it is). */
function outcomeOf(result: CallToolResult): ToolCallOutcome {
  if (result.structuredContent !== undefined) return { value: result.structuredContent, isError: result.isError === true };
  const text = result.content
    .map((c) => (c.type === 'text' ? c.text : ''))
    .join('\n')
    .trim();
  let value: unknown = text;
  try {
    value = JSON.parse(text);
  } catch {
    // plain text
  }
  return { value, isError: result.isError === true };
}

/**
 * The agent's tools through one MCP client session (in-process or MCP_URL),
 * on behalf of `actor` (who the fleet's audit rows name). Close it when done.
 * The tool list is asked for once per session (a run lists it for its
 * snapshot and again for its model loop; each listing has the server turn
 * every input schema into JSON Schema), and again only after the server says
 * it changed (`notifications/tools/list_changed`). With the in-process server
 * the fleet behind the tools is this app's, so its snapshot is the fleet's
 * stored state, read once, instead of ~40 tool calls and their ~80 kB of
 * answers (profiled: most of a fast run's time).
 */
export async function openMcpToolSource(actor: AuditActor): Promise<AgentToolSource & Partial<FleetSnapshotSource> & { close(): Promise<void> }> {
  const source = mcpSource();
  const client: Client = await connectMcpClient({ actor, source });
  let listed: Promise<AgentTool[]> | undefined;
  client.setNotificationHandler(ToolListChangedNotificationSchema, () => {
    listed = undefined;
  });
  const list = async (): Promise<AgentTool[]> =>
    (await client.listTools()).tools.map((t) => ({
      name: t.name,
      description: t.description ?? t.title ?? t.name,
      inputSchema: t.inputSchema as Record<string, unknown>,
      mutating: t.annotations?.readOnlyHint === false,
    }));
  const listTools = () => {
    const pending = (listed ??= list());
    // A failed listing is not kept: the next caller asks again.
    pending.catch(() => {
      if (listed === pending) listed = undefined;
    });
    return pending;
  };
  return {
    listTools,
    ...(source.kind === 'in-process'
      ? {
          fleetSnapshot: async (): Promise<FleetSnapshot> => {
            const takenAt = new Date().toISOString();
            const [tools, fleet] = await Promise.all([listTools(), getFleet().record()]);
            return { takenAt, tools, fleet };
          },
        }
      : {}),
    callTool: async (name, args) => outcomeOf((await client.callTool({ name, arguments: args })) as CallToolResult),
    close: () => client.close(),
  };
}
