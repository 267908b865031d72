import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_ADMIN_TOKEN, E2E_PORT } from '../playwright.config';
import { freePort, spawnServer, waitReady } from './support/server-process';

// A second app whose agent tools come from another MCP server (MCP_URL): here
// the main e2e server's /api/mcp, so changes land in that server's fleet.
const ADMIN_TOKEN = 'mcp-external-admin-token-42';
const admin = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' };

test.describe.configure({ timeout: 120_000 });

let dataDir: string;
test.beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'aimon-mcp-ext-'));
});
test.afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

test('MCP_URL: the app lists and calls the external server tools', async ({ request }) => {
  // MCP_AUTH_TOKEN: the credential the external server wants for fleet-changing tools (its admin token here).
  const app = await spawnServer({ AIMON_DATA_DIR: dataDir, ADMIN_TOKEN, MCP_URL: `http://127.0.0.1:${E2E_PORT}/api/mcp`, MCP_AUTH_TOKEN: E2E_ADMIN_TOKEN });
  try {
    expect((await waitReady(app)).status).toBe(200);
    const home = await (await fetch(`${app.url}/`)).text();
    expect(home).toContain('restart_service');
    expect(home).not.toContain('The MCP server did not answer');

    const call = await fetch(`${app.url}/api/debug/call`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ tool: 'scale_service', args: { service: 'mcp-server', replicas: 3 } }),
    });
    expect(call.status).toBe(200);
    const body = await call.json();
    expect(body.error).toBeNull();
    expect(body.result.isError, JSON.stringify(body.result)).toBeFalsy();
    expect(body.elapsedMs).toBeGreaterThan(0);

    // The change happened in the external server's fleet, and that server audited it.
    const pending = (await (await request.get('/api/containers')).json()).services.find((s: { name: string }) => s.name === 'mcp-server');
    expect(pending.action).toMatchObject({ kind: 'scale', replicas: 3 });
    const audit = await request.get('/api/admin/audit?action=fleet.scale', { headers: { Authorization: `Bearer ${E2E_ADMIN_TOKEN}` } });
    expect((await audit.json()).entries[0]).toMatchObject({ resourceId: 'mcp-server', outcome: 'success' });
  } finally {
    await app.stop();
  }
});

test('MCP_URL: the agent and the external MCP server show one trace, continued from params._meta', async () => {
  const app = await spawnServer({ AIMON_DATA_DIR: dataDir, ADMIN_TOKEN, MCP_URL: `http://127.0.0.1:${E2E_PORT}/api/mcp` });
  try {
    expect((await waitReady(app)).status).toBe(200);
    const traceId = randomBytes(16).toString('hex');
    const call = await fetch(`${app.url}/api/debug/call`, {
      method: 'POST',
      headers: { ...admin, traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
      body: JSON.stringify({ tool: 'list_services', args: {} }),
    });
    expect(call.status).toBe(200);

    type Span = { spanId: string; parentSpanId?: string; name: string; kind: number; attributes: Record<string, unknown> };
    const spansOf = async (base: string): Promise<Span[]> => {
      for (let i = 0; i < 40; i++) {
        const response = await fetch(`${base}/api/traces/${traceId}`);
        if (response.ok) {
          const spans = ((await response.json()) as { trace: { spans: Span[] } }).trace.spans;
          if (spans.some((s) => s.name.startsWith('tools/call') || s.name.startsWith('POST /api/debug/call'))) return spans;
        }
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error(`trace ${traceId} not found at ${base}`);
    };
    const serverSpans = await spansOf(`http://127.0.0.1:${E2E_PORT}`);
    const clientSpans = await spansOf(app.url);
    const mcpSpan = serverSpans.find((s) => s.name === 'tools/call list_services')!;
    expect(mcpSpan, serverSpans.map((s) => s.name).join(', ')).toBeDefined();
    expect(mcpSpan.attributes['mcp.trace_context.source']).toBe('params._meta');
    // Its parent is the caller's span that was active when the request was sent
    // (not the HTTP client span whose id the traceparent header carried).
    const parent = clientSpans.find((s) => s.spanId === mcpSpan.parentSpanId);
    expect(parent, `parent ${mcpSpan.parentSpanId} among ${clientSpans.map((s) => `${s.name}:${s.spanId}`).join(', ')}`).toBeDefined();
    expect(parent!.kind).not.toBe(2); // SpanKind.CLIENT: the undici span of the HTTP call
    // The server's HTTP request span continues the same trace.
    expect(serverSpans.some((s) => s.name === 'POST /api/mcp')).toBe(true);
  } finally {
    await app.stop();
  }
});

test('MCP_URL unreachable: the home page falls back to the catalog and says so; debug calls report it', async () => {
  const nowhere = await freePort();
  const app = await spawnServer({ AIMON_DATA_DIR: dataDir, ADMIN_TOKEN, MCP_URL: `http://127.0.0.1:${nowhere}/mcp` });
  try {
    expect((await waitReady(app)).status).toBe(200);
    const home = await (await fetch(`${app.url}/`)).text();
    expect(home).toContain('The MCP server did not answer');
    expect(home).toContain('restart_service');

    const call = await fetch(`${app.url}/api/debug/call`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ tool: 'list_services', args: {} }),
    });
    expect(call.status).toBe(200);
    expect((await call.json()).error).toMatchObject({ code: 'unavailable', message: expect.stringMatching(/Cannot reach the MCP server/) });
  } finally {
    await app.stop();
  }
});
