import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { McpError, type CallToolResult, type Tool } from '@modelcontextprotocol/sdk/types.js';
import { recordAudit, type AuditActor } from '@/lib/audit';
import { getConfig } from '@/lib/config';
import { getFleet } from '@/lib/fleet';
import { logger, outboundFetch, withTraceMeta } from '@/lib/telemetry';
import { TOOL_CATALOG, type ToolSummary } from './catalog';
import { createFleetMcpServer } from './server';
import { round } from '@/lib/figures';
import { sharedJsonSchemaValidator } from './validator';

export type McpSource = { kind: 'in-process' } | { kind: 'external'; url: string };

/** Where the agent's tools come from: MCP_URL when set, else this process. */
export function mcpSource(): McpSource {
  const url = getConfig().mcpUrl;
  return url ? { kind: 'external', url } : { kind: 'in-process' };
}

const CLIENT_INFO = { name: 'aimon-agent', version: '1.0.0' };

/**
 * The one way the app reaches MCP tools: a connected SDK client, talking to
 * the in-process server over an in-memory transport (the same server code that
 * /api/mcp serves) or to the external server at MCP_URL over Streamable HTTP.
 * `actor` is who the in-process server audits changes for. Close it when done.
 */
export async function connectMcpClient(options: { actor: AuditActor; source?: McpSource }): Promise<Client> {
  const source = options.source ?? mcpSource();
  if (source.kind === 'external') {
    const client = new Client(CLIENT_INFO);
    // MCP_AUTH_TOKEN: the credential that server wants for the tools that change the fleet.
    const token = getConfig().mcpAuthToken;
    const requestInit = token ? { headers: { Authorization: `Bearer ${token}` } } : undefined;
    // Node's own fetch (one client span per call, see outboundFetch), and the
    // trace context in each request's params._meta for the server to continue.
    const transport = new StreamableHTTPClientTransport(new URL(source.url), { requestInit, fetch: (url, init) => outboundFetch()(url, init) });
    const send = transport.send.bind(transport);
    transport.send = (message, options) => send(withTraceMeta(message), options);
    await client.connect(transport);
    return client;
  }
  // The app's own agent, in this process: its credential is being the app.
  const client = new Client(CLIENT_INFO, { jsonSchemaValidator: sharedJsonSchemaValidator() });
  const server = createFleetMcpServer({ fleet: getFleet(), actor: options.actor, mayChangeFleet: true });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  await client.connect(clientSide);
  const close = client.close.bind(client);
  client.close = async () => {
    await close();
    await server.close();
  };
  return client;
}

export async function withMcpClient<T>(actor: AuditActor, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = await connectMcpClient({ actor });
  try {
    return await fn(client);
  } finally {
    await client.close().catch(() => undefined);
  }
}

/** Every tool the configured MCP server offers (listing needs no actor: nothing changes). */
export async function listMcpTools(): Promise<Tool[]> {
  return withMcpClient({ isAdmin: false }, async (client) => (await client.listTools()).tools);
}

export interface ToolCallOutcome {
  /** The tool's answer (isError true when the tool refused, e.g. bad arguments). */
  result: CallToolResult | null;
  /** A protocol or transport failure: JSON-RPC code (or "unavailable") and message. */
  error: { code: number | string; message: string } | null;
  /** The tools/call round trip, without connecting. */
  elapsedMs: number;
}

/** One tools/call that never throws: what the debug page shows. Audited (`debug.tool_call`) with its outcome. */
export async function callMcpTool(actor: AuditActor, name: string, args: Record<string, unknown>): Promise<ToolCallOutcome> {
  const outcome = await callOnce(actor, name, args);
  await recordAudit({
    actor,
    action: 'debug.tool_call',
    resourceType: 'mcp_tool',
    resourceId: name,
    outcome: outcome.error || outcome.result?.isError ? 'failure' : 'success',
    error: outcome.error?.message,
    details: { args, elapsedMs: outcome.elapsedMs },
  });
  return outcome;
}

async function callOnce(actor: AuditActor, name: string, args: Record<string, unknown>): Promise<ToolCallOutcome> {
  let client: Client;
  try {
    client = await connectMcpClient({ actor });
  } catch (error) {
    return { result: null, error: { code: 'unavailable', message: `Cannot reach the MCP server: ${(error as Error).message}` }, elapsedMs: 0 };
  }
  const started = performance.now();
  try {
    const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
    return { result, error: null, elapsedMs: round(performance.now() - started, 2) };
  } catch (error) {
    const code = error instanceof McpError ? error.code : 'error';
    return { result: null, error: { code, message: (error as Error).message }, elapsedMs: round(performance.now() - started, 2) };
  } finally {
    await client.close().catch(() => undefined);
  }
}

/**
 * The tools for people to read (home page): from the configured MCP server, or
 * the built-in catalog when it cannot be reached, saying which.
 */
export async function toolSummaries(): Promise<{ tools: ToolSummary[]; source: 'server' | 'catalog' }> {
  try {
    const tools = await listMcpTools();
    return {
      source: 'server',
      tools: tools.map((tool) => ({
        name: tool.name,
        title: tool.title ?? tool.annotations?.title ?? tool.name,
        description: tool.description ?? '',
        mutating: tool.annotations?.readOnlyHint === false,
      })),
    };
  } catch (error) {
    logger.warn({ err: error }, 'MCP server unreachable; listing the built-in tool catalog');
    return { source: 'catalog', tools: [...TOOL_CATALOG] };
  }
}
