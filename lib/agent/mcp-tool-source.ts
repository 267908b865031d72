import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { AuditActor } from '@/lib/audit';
import { connectMcpClient } from '@/lib/mcp';
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
 */
export async function openMcpToolSource(actor: AuditActor): Promise<AgentToolSource & { close(): Promise<void> }> {
  const client: Client = await connectMcpClient({ actor });
  return {
    listTools: async (): Promise<AgentTool[]> =>
      (await client.listTools()).tools.map((t) => ({
        name: t.name,
        description: t.description ?? t.title ?? t.name,
        inputSchema: t.inputSchema as Record<string, unknown>,
        mutating: t.annotations?.readOnlyHint === false,
      })),
    callTool: async (name, args) => outcomeOf((await client.callTool({ name, arguments: args })) as CallToolResult),
    close: () => client.close(),
  };
}
