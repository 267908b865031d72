import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { readBodyText } from '@/lib/api';
import type { AuditActor } from '@/lib/audit';
import { getFleet } from '@/lib/fleet';
import { traceMcpRequest } from '@/lib/telemetry';
import { FLEET_CHANGING_TOOLS } from './catalog';
import { createFleetMcpServer } from './server';

/** Upper bound for one JSON-RPC POST; tool arguments are small. */
const MAX_MCP_BODY_BYTES = 256 * 1024;

/**
 * Answers one Streamable HTTP request (POST /api/mcp) in stateless mode: a
 * fresh server and transport per request, JSON responses instead of SSE. No
 * session state means any replica can answer any request.
 */
export async function handleMcpRequest(req: Request, actor: AuditActor, access: { mayChangeFleet: boolean }): Promise<Response> {
  const server = createFleetMcpServer({ fleet: getFleet(), actor, mayChangeFleet: access.mayChangeFleet });
  const transport = new WebStandardStreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
    maxRequestBodySize: MAX_MCP_BODY_BYTES,
  });
  await server.connect(transport);
  try {
    return await traceMcpRequest(await peekMessage(req), () => transport.handleRequest(req));
  } finally {
    await server.close().catch(() => undefined);
  }
}

/**
 * The request with its body read once, bounded while it streams (413 past
 * MAX_MCP_BODY_BYTES), so the tool check and the transport can both read it:
 * cloning the original would buffer a chunked body of any size.
 */
export async function bufferMcpRequest(req: Request): Promise<Request> {
  const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBodyText(req, MAX_MCP_BODY_BYTES);
  const headers = new Headers(req.headers);
  headers.delete('content-length');
  headers.delete('transfer-encoding');
  return new Request(req.url, { method: req.method, headers, body });
}


/**
 * Whether a JSON-RPC POST body (one message or a batch) calls a tool that
 * changes the fleet, so the route can charge it to the `expensive` budget like
 * a workflow. Unreadable bodies answer false: the transport rejects them itself.
 * Give it a request from bufferMcpRequest (its body is bounded and replayable).
 */
export async function callsMutatingTool(req: Request): Promise<boolean> {
  const body = await peekBody(req);
  if (body === undefined) return false;
  const messages = Array.isArray(body) ? body : [body];
  return messages.some((m) => {
    const message = m as { method?: unknown; params?: { name?: unknown } } | null;
    return message?.method === 'tools/call' && typeof message.params?.name === 'string' && FLEET_CHANGING_TOOLS.has(message.params.name);
  });
}

/** The JSON body of a request, read from a clone (the transport reads the original); undefined if too big or not JSON. */
async function peekBody(req: Request): Promise<unknown> {
  const length = Number(req.headers.get('content-length') ?? 0);
  if (length > MAX_MCP_BODY_BYTES) return undefined;
  try {
    return JSON.parse(await req.clone().text());
  } catch {
    return undefined;
  }
}

/** The one JSON-RPC message of a POST (a batch has no single trace context to continue). */
async function peekMessage(req: Request): Promise<unknown> {
  const body = await peekBody(req);
  return Array.isArray(body) ? undefined : body;
}
