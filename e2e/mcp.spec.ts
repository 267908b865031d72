import { expect, test } from '@playwright/test';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { E2E_ADMIN_TOKEN, E2E_PORT } from '../playwright.config';
import { TOOL_CATALOG } from '../lib/mcp/catalog';

// The official SDK client, in the test process, over real HTTP to the built app.
const MCP_URL = `http://127.0.0.1:${E2E_PORT}/api/mcp`;

type Result = Awaited<ReturnType<Client['callTool']>>;

/** A host that was given the token: it sends it on every request. */
async function connectWithToken(): Promise<Client> {
  const client = new Client({ name: 'aimon-e2e', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(MCP_URL), { requestInit: { headers: { Authorization: `Bearer ${E2E_ADMIN_TOKEN}` } } }));
  return client;
}
const text = (result: Result) => (result.content as { type: string; text: string }[])[0]!.text;

const READ_ONLY_CALLS: Record<string, Record<string, unknown>> = {
  list_services: {},
  get_service_status: { service: 'model-a' },
  get_service_logs: { service: 'web-ui', level: 'info', since: '15m', limit: 5 },
  get_service_metrics: { service: 'postgres', minutes: 5 },
  check_dependencies: { service: 'ai-agent' },
  run_diagnostics: { service: 'mcp-server' },
};

test.describe('the MCP server at /api/mcp, through the official SDK client', () => {
  let client: Client;
  test.beforeEach(async () => {
    client = new Client({ name: 'aimon-e2e', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(MCP_URL)));
  });
  test.afterEach(async () => {
    await client.close();
  });

  test('initializes and lists exactly the catalog tools, with schemas and annotations', async () => {
    expect(client.getServerVersion()?.name).toBe('aimon-fleet');
    expect(client.getServerCapabilities()?.tools).toBeDefined();
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual(TOOL_CATALOG.map((t) => t.name));
    for (const tool of tools) {
      const summary = TOOL_CATALOG.find((t) => t.name === tool.name)!;
      expect(tool.description).toBe(summary.description);
      expect(tool.inputSchema.type).toBe('object');
      expect(tool.annotations?.readOnlyHint).toBe(!summary.mutating);
    }
    expect(tools.find((t) => t.name === 'restart_service')?.annotations?.destructiveHint).toBe(true);
    expect(tools.find((t) => t.name === 'scale_service')?.inputSchema.required).toEqual(['service', 'replicas']);
  });

  test('every read-only tool answers with JSON about the fleet', async () => {
    expect(Object.keys(READ_ONLY_CALLS)).toEqual(TOOL_CATALOG.filter((t) => !t.mutating).map((t) => t.name));
    const answers: Record<string, any> = {};
    for (const [name, args] of Object.entries(READ_ONLY_CALLS)) {
      const result = await client.callTool({ name, arguments: args });
      expect(result.isError, `${name}: ${text(result)}`).toBeFalsy();
      answers[name] = JSON.parse(text(result));
    }
    expect(answers.list_services.services).toHaveLength(8);
    expect(answers.list_services.services.map((s: { name: string }) => s.name)).toContain('load-generator');
    expect(answers.get_service_status).toMatchObject({ name: 'model-a', dependencies: [], version: expect.any(String) });
    expect(answers.get_service_logs.service).toBe('web-ui');
    expect(answers.get_service_logs.lines.length).toBeGreaterThan(0);
    expect(answers.get_service_logs.lines.length).toBeLessThanOrEqual(5);
    expect(answers.get_service_logs.lines.every((l: { level: string }) => l.level !== 'debug')).toBe(true);
    expect(answers.get_service_metrics.series).toHaveLength(6);
    expect(answers.check_dependencies.dependencies.map((d: { name: string }) => d.name)).toEqual(['model-a', 'model-b', 'mcp-server', 'redis']);
    expect(answers.run_diagnostics).toMatchObject({ service: 'mcp-server', findings: expect.any(Array), suggestedAction: expect.any(Object) });
  });

  test('bad arguments and unknown tools come back as MCP errors', async () => {
    const bad = await client.callTool({ name: 'get_service_status', arguments: { service: 'mainframe' } });
    expect(bad.isError).toBe(true);
    expect(text(bad)).toMatch(/Input validation error/);
    const authorized = await connectWithToken();
    const missing = await authorized.callTool({ name: 'scale_service', arguments: { service: 'redis' } });
    await authorized.close();
    expect(missing.isError).toBe(true);
    expect(text(missing)).toMatch(/replicas/);
    const unknown = await client.callTool({ name: 'drop_database', arguments: {} });
    expect(unknown.isError).toBe(true);
    expect(text(unknown)).toMatch(/Tool drop_database not found/);
  });

  test('a tool that changes the fleet needs a token: without one the SDK client gets the 401 challenge', async () => {
    await expect(client.callTool({ name: 'restart_service', arguments: { service: 'load-generator' } })).rejects.toThrow(/401|Unauthorized/i);
  });

  test('a tool that changes the fleet takes simulated time and is audited', async ({ request }) => {
    await client.close();
    client = await connectWithToken();
    const result = await client.callTool({ name: 'restart_service', arguments: { service: 'load-generator' } });
    expect(result.isError, text(result)).toBeFalsy();
    const action = JSON.parse(text(result));
    expect(action).toMatchObject({ service: 'load-generator', kind: 'restart' });
    const status = JSON.parse(text(await client.callTool({ name: 'get_service_status', arguments: { service: 'load-generator' } })));
    expect(status.status).toBe('restarting');
    const audit = await request.get('/api/admin/audit?action=fleet.restart', { headers: { Authorization: `Bearer ${E2E_ADMIN_TOKEN}` } });
    const entries = (await audit.json()).entries;
    expect(entries[0]).toMatchObject({ action: 'fleet.restart', resourceId: 'load-generator', outcome: 'success', details: { tool: 'restart_service' } });
  });
});

test.describe('/api/mcp at the HTTP level', () => {
  test('malformed JSON-RPC is a 4xx MCP error, never a 500', async ({ request }) => {
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' };
    const garbage = await request.post('/api/mcp', { headers, data: '{not json' });
    expect(garbage.status()).toBe(400);
    expect((await garbage.json()).error.code).toBe(-32700);
    const notRpc = await request.post('/api/mcp', { headers, data: { hello: 'world' } });
    expect(notRpc.status()).toBe(400);
    expect((await notRpc.json()).jsonrpc).toBe('2.0');
  });

  test('a fleet-changing call without credentials is a 401 naming the protected-resource metadata (RFC 9728)', async ({ request }) => {
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' };
    const call = { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'scale_service', arguments: { service: 'redis', replicas: 2 } } };
    const anonymous = await request.post('/api/mcp', { headers, data: call });
    expect(anonymous.status()).toBe(401);
    expect((await anonymous.json()).error.code).toBe('unauthorized');
    const challenge = anonymous.headers()['www-authenticate'];
    expect(challenge).toBe(`Bearer resource_metadata="http://127.0.0.1:${E2E_PORT}/.well-known/oauth-protected-resource/api/mcp", scope="fleet:write"`);
    const metadata = await request.get('/.well-known/oauth-protected-resource/api/mcp');
    expect(metadata.status()).toBe(200);
    expect(await metadata.json()).toMatchObject({ resource: `http://127.0.0.1:${E2E_PORT}/api/mcp`, scopes_supported: ['fleet:read', 'fleet:write'] });
    // A batch that hides the call among others is refused all the same.
    const batch = await request.post('/api/mcp', { headers, data: [{ jsonrpc: '2.0', id: 2, method: 'tools/list' }, call] });
    expect(batch.status()).toBe(401);
    const wrong = await request.post('/api/mcp', { headers: { ...headers, Authorization: 'Bearer not-the-token-xxxxxxxx' }, data: call });
    expect(wrong.status()).toBe(401);
    expect(wrong.headers()['www-authenticate']).toContain('error="invalid_token"');
  });

  test('a small answer leaves uncompressed, a large one gzipped', async ({ request }) => {
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream', 'Accept-Encoding': 'gzip' };
    const call = (name: string, args: Record<string, unknown>) => ({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name, arguments: args } });
    const small = await request.post('/api/mcp', { headers, data: call('get_service_status', { service: 'redis' }) });
    expect(small.status()).toBe(200);
    expect(small.headers()['content-encoding']).toBeUndefined();
    expect(small.headers()['cache-control']).toContain('no-transform');
    expect((await small.json()).result.content[0].text).toContain('"name": "redis"');
    const large = await request.post('/api/mcp', { headers, data: { jsonrpc: '2.0', id: 2, method: 'tools/list' } });
    expect(large.status()).toBe(200);
    expect(large.headers()['content-encoding']).toBe('gzip');
    expect((await large.json()).result.tools.length).toBe(TOOL_CATALOG.length);
  });

  test("the Streamable HTTP checks: Accept, Content-Type, the protocol version header, batches and notifications", async ({ request }) => {
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' };
    const list = { jsonrpc: '2.0', id: 7, method: 'tools/list' };
    const jsonOnly = await request.post('/api/mcp', { headers: { ...headers, Accept: 'application/json' }, data: list });
    expect(jsonOnly.status()).toBe(406);
    expect((await jsonOnly.json()).error.code).toBe(-32000);
    const notJson = await request.post('/api/mcp', { headers: { ...headers, 'Content-Type': 'text/plain' }, data: JSON.stringify(list) });
    expect(notJson.status()).toBe(415);
    const oldVersion = await request.post('/api/mcp', { headers: { ...headers, 'MCP-Protocol-Version': '1999-01-01' }, data: list });
    expect(oldVersion.status()).toBe(400);
    expect((await oldVersion.json()).error.message).toContain('Unsupported protocol version');
    const initialize = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'e2e', version: '1' } } };
    const twoInits = await request.post('/api/mcp', { headers, data: [initialize, { ...initialize, id: 2 }] });
    expect(twoInits.status()).toBe(400);
    const notification = await request.post('/api/mcp', { headers, data: { jsonrpc: '2.0', method: 'notifications/initialized' } });
    expect(notification.status()).toBe(202);
    expect(await notification.text()).toBe('');
    // A batch of two requests: an array of two answers, each under its own id, in order.
    const batch = await request.post('/api/mcp', { headers, data: [list, { jsonrpc: '2.0', id: 'b', method: 'tools/call', params: { name: 'get_service_status', arguments: { service: 'redis' } } }] });
    expect(batch.status()).toBe(200);
    const answers = (await batch.json()) as { id: unknown; result: { tools?: unknown[]; content?: { text: string }[] } }[];
    expect(answers.map((a) => a.id)).toEqual([7, 'b']);
    expect(answers[0]!.result.tools).toHaveLength(TOOL_CATALOG.length);
    expect(answers[1]!.result.content![0]!.text).toContain('"name": "redis"');
  });

  test('callers that use the same request id at the same time each get their own answer', async ({ request }) => {
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' };
    const services = ['redis', 'postgres', 'model-a', 'model-b', 'web-ui', 'ai-agent', 'mcp-server', 'load-generator'];
    const responses = await Promise.all(
      services.map((service) => request.post('/api/mcp', { headers, data: { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'get_service_status', arguments: { service } } } })),
    );
    for (const [i, response] of responses.entries()) {
      expect(response.status()).toBe(200);
      const body = (await response.json()) as { id: unknown; result: { content: { text: string }[] } };
      expect(body.id).toBe(1);
      expect(JSON.parse(body.result.content[0]!.text).name).toBe(services[i]);
    }
  });

  test('GET has no stream in stateless mode: a JSON 405', async ({ request }) => {
    const response = await request.get('/api/mcp');
    expect(response.status()).toBe(405);
    expect(response.headers()['allow']).toBe('POST, OPTIONS');
  });
});
