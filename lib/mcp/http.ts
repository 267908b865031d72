import { MAX_BATCH_SIZE } from '@modelcontextprotocol/sdk/server/requestBody.js';
import { isJsonContentType } from '@modelcontextprotocol/sdk/shared/mediaType.js';
import { isInitializeRequest, isJSONRPCRequest, JSONRPCMessageSchema, SUPPORTED_PROTOCOL_VERSIONS, type JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { readBodyText } from '@/lib/api';
import type { AuditActor } from '@/lib/audit';
import { getFleet, type FleetReads } from '@/lib/fleet';
import { processSingleton } from '@/lib/runtime';
import { traceMcpRequest } from '@/lib/telemetry';
import { FLEET_CHANGING_TOOLS } from './catalog';
import { ExchangeTransport } from './exchange';
import { callerAuthInfo, createFleetMcpServer } from './server';

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

/** A POST to /api/mcp read once: its headers and its JSON, parsed once. */
export interface BufferedMcpRequest {
  headers: Headers;
  /** The JSON-RPC message or batch; undefined when the body is not JSON. */
  body: unknown;
}

/** The process's MCP server and the transport every HTTP exchange goes through. */
function sharedExchange(): ExchangeTransport {
  return processSingleton('mcp.http-exchange', () => {
    const transport = new ExchangeTransport();
    // Without a caller's context (none comes without one over HTTP) a tool may read, never change.
    const fallback = { get fleet(): FleetReads { return getFleet(); }, actor: { isAdmin: false }, mayChangeFleet: false };
    void createFleetMcpServer(fallback).connect(transport);
    return transport;
  });
}

/**
 * Answers one Streamable HTTP request (POST /api/mcp) in stateless mode with a
 * JSON response: no session, so any replica can answer any request. The
 * checks are the SDK's stateless transport's, in its order and with its
 * status codes and JSON-RPC errors (406, 415, 400 for unparsable JSON, an
 * invalid message, an oversized batch, a second initialize in a batch or an
 * unsupported MCP-Protocol-Version; 202 for notifications only); the messages
 * then go to the process's one server (./exchange.ts says why not the SDK's
 * transport). `actor` is read only when a tool's change is audited.
 */
export async function handleMcpRequest(call: BufferedMcpRequest, actor: () => Promise<AuditActor>, access: { mayChangeFleet: boolean; clientId: string; scopes: string[] }): Promise<Response> {
  const accept = call.headers.get('accept') ?? '';
  if (!accept.includes('application/json') || !accept.includes('text/event-stream')) {
    return rpcError(406, -32000, 'Not Acceptable: Client must accept both application/json and text/event-stream');
  }
  if (!isJsonContentType(call.headers.get('content-type'))) return rpcError(415, -32000, 'Unsupported Media Type: Content-Type must be application/json');
  if (call.body === undefined) return rpcError(400, -32700, 'Parse error: Invalid JSON');
  if (Array.isArray(call.body) && call.body.length > MAX_BATCH_SIZE) return rpcError(400, -32600, `Invalid Request: Batch must not exceed ${MAX_BATCH_SIZE} messages`);
  let messages: JSONRPCMessage[];
  try {
    messages = (Array.isArray(call.body) ? call.body : [call.body]).map((m) => JSONRPCMessageSchema.parse(m));
  } catch {
    return rpcError(400, -32700, 'Parse error: Invalid JSON-RPC message');
  }
  if (messages.some(isInitializeRequest)) {
    if (messages.length > 1) return rpcError(400, -32600, 'Invalid Request: Only one initialization request is allowed');
  } else {
    const version = call.headers.get('mcp-protocol-version');
    if (version !== null && !SUPPORTED_PROTOCOL_VERSIONS.includes(version)) {
      return rpcError(400, -32000, `Bad Request: Unsupported protocol version: ${version} (supported versions: ${SUPPORTED_PROTOCOL_VERSIONS.join(', ')})`);
    }
  }
  const transport = sharedExchange();
  const context = { fleet: getFleet(), actor, mayChangeFleet: access.mayChangeFleet };
  const extra = { authInfo: callerAuthInfo(context, access.clientId, access.scopes) };
  if (!messages.some(isJSONRPCRequest)) {
    void transport.exchange(messages, extra);
    return new Response(null, { status: 202 });
  }
  const single = messages.length === 1 ? messages[0] : undefined;
  const responses = await traceMcpRequest(single, () => transport.exchange(messages, extra));
  const text = JSON.stringify(responses.length === 1 ? responses[0] : responses);
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  // See COMPRESS_FROM_BYTES.
  if (Buffer.byteLength(text) < COMPRESS_FROM_BYTES) headers['Cache-Control'] = 'no-store, no-transform';
  return new Response(text, { status: 200, headers });
}

function rpcError(status: number, code: number, message: string): Response {
  return Response.json({ jsonrpc: '2.0', error: { code, message }, id: null }, { status });
}

/**
 * The request's body read once, bounded while it streams (413 past
 * MAX_MCP_BODY_BYTES), and parsed once, so the tool check, the trace and the
 * server all read the same message.
 */
export async function bufferMcpRequest(req: Request): Promise<BufferedMcpRequest> {
  const text = await readBodyText(req, MAX_MCP_BODY_BYTES);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: answered with a JSON-RPC parse error.
  }
  return { headers: req.headers, body };
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
