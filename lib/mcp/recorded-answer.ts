import { getParseErrorMessage, safeParse } from '@modelcontextprotocol/sdk/server/zod-compat.js';
import { FleetError, type FleetReads } from '@/lib/fleet';
import { TOOL_DEFINITIONS } from './tools';

/**
 * What a read-only tool answers over a given fleet (a recorded one: a
 * replay's snapshot), as the agent's MCP client would have read it: the
 * tool's JSON as plain data, or its refusal as text with isError. The same
 * definitions and input schema as the server's, without a server: a replay
 * asks only the calls its original never made.
 */
export async function answerFromFleet(fleet: FleetReads, name: string, args: Record<string, unknown>): Promise<{ value: unknown; isError: boolean }> {
  const definition = TOOL_DEFINITIONS[name];
  if (!definition) return { value: `Tool ${name} not found`, isError: true };
  // The server's own check and message (McpServer.validateToolInput).
  const parsed = safeParse(definition.input, args);
  if (!parsed.success) return { value: `Input validation error: Invalid arguments for tool ${name}: ${getParseErrorMessage(parsed.error)}`, isError: true };
  try {
    // Through JSON, as the text the server sends and the client parses: Dates as strings, undefined gone.
    return { value: JSON.parse(JSON.stringify(await definition.run(fleet, parsed.data as Record<string, unknown>))), isError: false };
  } catch (error) {
    if (error instanceof FleetError) return { value: error.message, isError: true };
    throw error;
  }
}
