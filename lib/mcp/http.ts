import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import type { AuditActor } from '@/lib/audit';
import { getFleet } from '@/lib/fleet';
import { createFleetMcpServer } from './server';

/** Upper bound for one JSON-RPC POST; tool arguments are small. */
const MAX_MCP_BODY_BYTES = 256 * 1024;

/**
 * Answers one Streamable HTTP request (POST /api/mcp) in stateless mode: a
 * fresh server and transport per request, JSON responses instead of SSE. No
 * session state means any replica can answer any request.
 */
export async function handleMcpRequest(req: Request, actor: AuditActor): Promise<Response> {
  const server = createFleetMcpServer({ fleet: getFleet(), actor });
  const transport = new WebStandardStreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
    maxRequestBodySize: MAX_MCP_BODY_BYTES,
  });
  await server.connect(transport);
  try {
    return await transport.handleRequest(req);
  } finally {
    await server.close().catch(() => undefined);
  }
}
