import { apiHandler, otherMethods } from '@/lib/api';
import { handleMcpRequest } from '@/lib/mcp';
import { requestActor } from '@/lib/security';

export const dynamic = 'force-dynamic';

/**
 * The fleet's MCP server over Streamable HTTP (stateless, JSON responses), for
 * the official SDK client, MCP Inspector or any MCP host. Protocol errors (bad
 * JSON-RPC, unknown tools, bad arguments) are answered by the SDK in MCP's own
 * shape; tools that change the fleet are audited with the caller's session and IP.
 */
export const POST = apiHandler(async (req) => handleMcpRequest(req, await requestActor(req)));

// Stateless: no server-initiated SSE stream (GET) and no session to end (DELETE).
export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
