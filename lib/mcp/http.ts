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
 * Answers below this size leave uncompressed: the size under which the
 * compression middleware itself would not compress (its default threshold),
 * which it cannot apply here because Next.js streams route responses without
 * a length. Gzip of a 700-byte tools/call answer cost the server ~0.4 ms and
 * the client as much again to inflate (profiled), to save a few hundred bytes.
 */
const COMPRESS_FROM_BYTES = 1024;

/** A POST to /api/mcp read once: the request (its body replayable) and its JSON, parsed once. */
export interface BufferedMcpRequest {
  request: Request;
  /** The JSON-RPC message or batch; undefined when the body is not JSON (the transport answers that itself). */
  body: unknown;
}

/**
 * Answers one Streamable HTTP request (POST /api/mcp) in stateless mode: a
 * fresh server and transport per request (the SDK refuses to reuse a stateless
 * transport), JSON responses instead of SSE. No session state means any
 * replica can answer any request. The body parsed by bufferMcpRequest is
 * handed to the transport, which would otherwise parse it again.
 */
export async function handleMcpRequest(call: BufferedMcpRequest, actor: AuditActor, access: { mayChangeFleet: boolean }): Promise<Response> {
  const server = createFleetMcpServer({ fleet: getFleet(), actor, mayChangeFleet: access.mayChangeFleet });
  const transport = new WebStandardStreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
    maxRequestBodySize: MAX_MCP_BODY_BYTES,
  });
  await server.connect(transport);
  try {
    const message = Array.isArray(call.body) ? undefined : call.body;
    const response = await traceMcpRequest(message, () => transport.handleRequest(call.request, call.body === undefined ? undefined : { parsedBody: call.body }));
    return await uncompressedWhenSmall(response);
  } finally {
    await server.close().catch(() => undefined);
  }
}

/**
 * The response as it is, or, when it is a small JSON answer, the same answer
 * marked `Cache-Control: no-transform`, which the compression middleware
 * honours (and so do proxies): see COMPRESS_FROM_BYTES.
 */
async function uncompressedWhenSmall(response: Response): Promise<Response> {
  if (!response.body || !(response.headers.get('content-type') ?? '').startsWith('application/json')) return response;
  const text = await response.text();
  const headers = new Headers(response.headers);
  if (Buffer.byteLength(text) < COMPRESS_FROM_BYTES) headers.set('Cache-Control', 'no-store, no-transform');
  return new Response(text, { status: response.status, statusText: response.statusText, headers });
}

/**
 * The request with its body read once, bounded while it streams (413 past
 * MAX_MCP_BODY_BYTES), and parsed once, so the tool check, the trace and the
 * transport all read the same message: cloning the original would buffer a
 * chunked body of any size, and each clone is another stream to tee.
 */
export async function bufferMcpRequest(req: Request): Promise<BufferedMcpRequest> {
  const text = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBodyText(req, MAX_MCP_BODY_BYTES);
  const headers = new Headers(req.headers);
  headers.delete('content-length');
  headers.delete('transfer-encoding');
  let body: unknown;
  try {
    body = text === undefined ? undefined : JSON.parse(text);
  } catch {
    // Not JSON: the transport reads the text and answers with a JSON-RPC parse error.
  }
  return { request: new Request(req.url, { method: req.method, headers, body: text }), body };
}

/**
 * Whether a JSON-RPC POST body (one message or a batch) calls a tool that
 * changes the fleet, so the route can charge it to the `expensive` budget like
 * a workflow. Unreadable bodies answer false: the transport rejects them itself.
 */
export function callsMutatingTool(call: BufferedMcpRequest): boolean {
  if (call.body === undefined) return false;
  const messages = Array.isArray(call.body) ? call.body : [call.body];
  return messages.some((m) => {
    const message = m as { method?: unknown; params?: { name?: unknown } } | null;
    return message?.method === 'tools/call' && typeof message.params?.name === 'string' && FLEET_CHANGING_TOOLS.has(message.params.name);
  });
}
