import { apiHandler, otherMethods } from '@/lib/api';
import { bufferMcpRequest, callsMutatingTool, handleMcpRequest } from '@/lib/mcp';
import { authenticateMcpCaller, enforceRateLimit, MCP_SCOPE_WRITE, requestActor, requireMcpWriteScope } from '@/lib/security';

export const dynamic = 'force-dynamic';

/**
 * The fleet's MCP server over Streamable HTTP (stateless, JSON responses), for
 * the official SDK client, MCP Inspector or any MCP host. Protocol errors (bad
 * JSON-RPC, unknown tools, bad arguments) are answered by the SDK in MCP's own
 * shape; tools that change the fleet are audited with the caller's session and IP.
 * Every request counts against the `read` budget, and a call of a tool that
 * changes the fleet against the `expensive` one too, as a workflow would.
 * Those tools need a Bearer token with the fleet:write scope (401 with
 * WWW-Authenticate pointing at /.well-known/oauth-protected-resource/api/mcp).
 */
export const POST = apiHandler(async (req) => {
  await enforceRateLimit(req, 'read');
  const caller = await authenticateMcpCaller(req);
  // Read once, bounded while it streams (413), for the tool check and the transport.
  const call = await bufferMcpRequest(req);
  const mutating = callsMutatingTool(call);
  if (mutating) {
    requireMcpWriteScope(req, caller);
    await enforceRateLimit(req, 'expensive');
  }
  // The session is read only for a change's audit row: reads need no actor.
  const actor = () => requestActor(req);
  return handleMcpRequest(call, actor, {
    mayChangeFleet: caller?.scopes.includes(MCP_SCOPE_WRITE) ?? false,
    clientId: caller?.clientId ?? 'anonymous',
    scopes: caller?.scopes ?? [],
  });
});

// Stateless: no server-initiated SSE stream (GET) and no session to end (DELETE).
export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
