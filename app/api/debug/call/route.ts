import { apiHandler, otherMethods, parseBody } from '@/lib/api';
import { callMcpTool, TOOL_CATALOG } from '@/lib/mcp';
import { enforceRateLimit, requireAdmin } from '@/lib/security';
import { debugCallSchema } from './schema';

export const dynamic = 'force-dynamic';

/**
 * The debug page's "call": one MCP tools/call through the app's MCP client
 * (in-process, or MCP_URL), answered with the raw result or the MCP error and
 * the elapsed time. Admin only, audited. An MCP-level failure is a result here
 * (200 with `error`), not an HTTP error: showing it is the point of the page.
 * Rate class `read`, and `expensive` too for a tool that changes the fleet
 * (as over /api/mcp); the admin check comes before the body is read.
 */
export const POST = apiHandler(async (req) => {
  await enforceRateLimit(req, 'read');
  const actor = await requireAdmin(req, { action: 'debug.tool_call', resourceType: 'mcp_tool' });
  const { tool, args } = await parseBody(req, debugCallSchema);
  if (TOOL_CATALOG.some((t) => t.name === tool && t.mutating)) await enforceRateLimit(req, 'expensive');
  return Response.json({ tool, ...(await callMcpTool(actor, tool, args)) });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
