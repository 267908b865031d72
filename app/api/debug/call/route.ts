import { apiHandler, otherMethods, parseBody } from '@/lib/api';
import { recordAudit } from '@/lib/audit';
import { callMcpTool } from '@/lib/mcp';
import { requireAdmin } from '@/lib/security';
import { debugCallSchema } from './schema';

export const dynamic = 'force-dynamic';

/**
 * The debug page's "call": one MCP tools/call through the app's MCP client
 * (in-process, or MCP_URL), answered with the raw result or the MCP error and
 * the elapsed time. Admin only, audited. An MCP-level failure is a result here
 * (200 with `error`), not an HTTP error: showing it is the point of the page.
 */
export const POST = apiHandler(async (req) => {
  const { tool, args } = await parseBody(req, debugCallSchema);
  const actor = await requireAdmin(req, { action: 'debug.tool_call', resourceType: 'mcp_tool' });
  const outcome = await callMcpTool(actor, tool, args);
  await recordAudit({
    actor,
    action: 'debug.tool_call',
    resourceType: 'mcp_tool',
    resourceId: tool,
    outcome: outcome.error || outcome.result?.isError ? 'failure' : 'success',
    error: outcome.error?.message,
    details: { args, elapsedMs: outcome.elapsedMs },
  });
  return Response.json({ tool, ...outcome });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
