import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { toJsonSchemaCompat } from '@modelcontextprotocol/sdk/server/zod-json-schema-compat.js';
import type { AuthInfo } from '@modelcontextprotocol/sdk/server/auth/types.js';
import { ListToolsRequestSchema, type CallToolResult, type Tool } from '@modelcontextprotocol/sdk/types.js';
import { recordAudit, type AuditActor } from '@/lib/audit';
import { getConfig } from '@/lib/config';
import { FleetError, type FleetReads } from '@/lib/fleet';
import { logger } from '@/lib/telemetry';
import { TOOL_CATALOG } from './catalog';
import { TOOL_DEFINITIONS } from './tools';
import { sharedJsonSchemaValidator } from './validator';

export const MCP_SERVER_NAME = 'aimon-fleet';

export interface McpServerContext {
  fleet: FleetReads;
  /**
   * Who is calling (HTTP requester, or the app's own user for in-process calls):
   * audited on changes. A function is called only when a change is audited, so
   * a read-only call never reads the session cookie.
   */
  actor: AuditActor | (() => Promise<AuditActor>);
  /**
   * Whether this caller may use the tools that change the fleet: the in-process
   * agent may (it is the app itself), an HTTP caller only with the fleet:write
   * scope. /api/mcp refuses such calls with a 401 before they get here; this
   * is the second check, for whatever reaches a tool another way (a batch).
   */
  mayChangeFleet: boolean;
}

/**
 * An MCP server over the fleet with exactly the catalog's tools. The HTTP
 * endpoint keeps one per process and hands each request's caller to the
 * tools as its auth info (./exchange.ts, callerAuthInfo); the in-process
 * client builds one per connection (cheap: the tools' schemas are built
 * once, in tools.ts, and so is the answer to tools/list). `context` is what a
 * tool uses when a request brings none.
 */
export function createFleetMcpServer(context: McpServerContext): McpServer {
  const server = new McpServer(
    { name: MCP_SERVER_NAME, title: 'AIMon fleet operations', version: getConfig().version },
    {
      capabilities: { tools: {} },
      jsonSchemaValidator: sharedJsonSchemaValidator(),
      instructions:
        'Tools to observe and repair a simulated fleet of services. Read-only tools observe; restart_service, scale_service, rollback_deployment and clear_cache change the fleet (they take a few simulated seconds) and are audited.',
    },
  );
  registerFleetTools(server, context);
  // The SDK's own listing turns every input schema into JSON Schema on each
  // tools/list (~2 ms of CPU per workflow, which lists once: profiled); the
  // tools never change, so the same answer is built once per process.
  server.server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: toolList() }));
  return server;
}

/** The catalog's tools on `server`, as McpServer.registerTool registers them (the test compares listings). */
export function registerFleetTools(server: McpServer, context: McpServerContext): void {
  for (const summary of TOOL_CATALOG) {
    const definition = TOOL_DEFINITIONS[summary.name];
    if (!definition || (definition.annotations.readOnlyHint === false) !== summary.mutating) {
      throw new Error(`MCP tool ${summary.name} is in the catalog but not defined consistently in lib/mcp/tools.ts`);
    }
    server.registerTool(
      summary.name,
      { title: summary.title, description: summary.description, inputSchema: definition.input, annotations: { title: summary.title, ...definition.annotations } },
      async (args: Record<string, unknown>, extra: { authInfo?: AuthInfo }) => callTool(callerContext(extra.authInfo) ?? context, summary.name, args),
    );
  }
}

const CONTEXT_KEY = 'aimon.mcpContext';

/**
 * The caller's context as MCP auth info, which the SDK hands to the tool with
 * each request: one long-lived server then answers every HTTP caller with its
 * own identity and rights (./exchange.ts).
 */
export function callerAuthInfo(context: McpServerContext, clientId: string, scopes: string[]): AuthInfo {
  return { token: '', clientId, scopes, extra: { [CONTEXT_KEY]: context } };
}

function callerContext(authInfo: AuthInfo | undefined): McpServerContext | undefined {
  return authInfo?.extra?.[CONTEXT_KEY] as McpServerContext | undefined;
}

let listed: Tool[] | undefined;

/** What McpServer's tools/list answers for registerFleetTools' tools (same conversion, same options, same fields). */
function toolList(): Tool[] {
  return (listed ??= TOOL_CATALOG.map((summary) => {
    const definition = TOOL_DEFINITIONS[summary.name]!;
    return {
      name: summary.name,
      title: summary.title,
      description: summary.description,
      inputSchema: toJsonSchemaCompat(definition.input, { strictUnions: true, pipeStrategy: 'input' }) as Tool['inputSchema'],
      annotations: { title: summary.title, ...definition.annotations },
      // What registerTool records for a tool without task support.
      execution: { taskSupport: 'forbidden' },
    };
  }));
}

async function resolveActor(actor: McpServerContext['actor']): Promise<AuditActor> {
  return typeof actor === 'function' ? actor() : actor;
}

async function callTool(context: McpServerContext, name: string, args: Record<string, unknown>): Promise<CallToolResult> {
  const definition = TOOL_DEFINITIONS[name]!;
  if (definition.annotations.readOnlyHint === false && !context.mayChangeFleet) {
    return { content: [{ type: 'text', text: `${name} changes the fleet and needs credentials: send Authorization: Bearer <token>.` }], isError: true };
  }
  const resourceId = typeof args.service === 'string' ? args.service : undefined;
  const action = definition.auditAction;
  const audit = (outcome: 'success' | 'failure', error?: string) =>
    action
      ? resolveActor(context.actor).then((actor) => recordAudit({ actor, action, resourceType: 'service', resourceId, outcome, error, details: { tool: name, args } }))
      : Promise.resolve();
  try {
    const value = await definition.run(context.fleet, args);
    await audit('success');
    return { content: [{ type: 'text', text: JSON.stringify(value, null, 2) }] };
  } catch (error) {
    // What the caller reads: the fleet's own refusal, or a plain "unavailable";
    // never a stack trace or a driver message.
    const message =
      error instanceof FleetError
        ? error.message
        : 'The fleet is unavailable right now (its database did not answer); try again shortly.';
    if (!(error instanceof FleetError)) logger.error({ err: error, tool: name }, 'MCP tool failed');
    await audit('failure', message);
    return { content: [{ type: 'text', text: message }], isError: true };
  }
}
