import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '@/lib/audit';

import { resetFleetForTests } from '@/lib/fleet';
import { database } from '@/lib/db';
import { callMcpTool, connectMcpClient, listMcpTools, TOOL_CATALOG } from '@/lib/mcp';
import { clearProcessSingleton } from '@/lib/runtime';
import { BACKENDS, type TestBackend } from '../support/backends';
import { useEnv as useEnvAndReset } from '../support/use-env';

function useEnv(env: Record<string, string | undefined>) {
  useEnvAndReset(env);
  resetFleetForTests();
}

const text = (result: object) => ((result as { content: { type: string; text: string }[] }).content[0]!).text;

describe.each(BACKENDS)('the in-process MCP client on %s', (_name, create) => {
  let backend: TestBackend;
  beforeAll(async () => {
    backend = await create();
    useEnv({ ...backend.env, MCP_URL: undefined });
    // Migrating a fresh database can outlast db()'s bounded wait on a busy machine.
    await database().start();
  });
  afterAll(async () => {
    await database().close();
    clearProcessSingleton('database');
    resetFleetForTests();
    await backend?.dispose();
  });

  it('lists exactly the catalog, with schemas and annotations', async () => {
    const tools = await listMcpTools();
    expect(tools.map((t) => t.name)).toEqual(TOOL_CATALOG.map((t) => t.name));
    for (const tool of tools) {
      const summary = TOOL_CATALOG.find((t) => t.name === tool.name)!;
      expect(tool.description).toBe(summary.description);
      expect(tool.inputSchema.type).toBe('object');
      expect(tool.annotations?.readOnlyHint).toBe(!summary.mutating);
    }
    const logs = tools.find((t) => t.name === 'get_service_logs')!;
    expect(Object.keys(logs.inputSchema.properties ?? {})).toEqual(['service', 'level', 'since', 'q', 'limit']);
    expect(logs.inputSchema.required).toEqual(['service']);
  });

  it('reads the fleet and audits changes with the actor', async () => {
    const actor = { sessionId: 'agent-session', isAdmin: false, ip: '127.0.0.1' };
    const client = await connectMcpClient({ actor });
    try {
      const status = await client.callTool({ name: 'get_service_status', arguments: { service: 'redis' } });
      expect(status.isError).toBeFalsy();
      expect(JSON.parse(text(status))).toMatchObject({ name: 'redis', status: 'running', replicas: 1 });

      const scaled = await client.callTool({ name: 'scale_service', arguments: { service: 'web-ui', replicas: 3 } });
      expect(JSON.parse(text(scaled))).toMatchObject({ service: 'web-ui', kind: 'scale', replicas: 3 });
      const again = await client.callTool({ name: 'scale_service', arguments: { service: 'web-ui', replicas: 4 } });
      expect(again.isError).toBe(true);
      expect(text(again)).toMatch(/web-ui is busy: scale in progress/);
    } finally {
      await client.close();
    }
    const audit = await listAudit({ action: 'fleet.scale' });
    expect(audit.map((a) => a.outcome)).toEqual(['failure', 'success']);
    expect(audit[1]).toMatchObject({ sessionId: 'agent-session', resourceId: 'web-ui', details: { tool: 'scale_service', args: { service: 'web-ui', replicas: 3 } } });
  });

  it('answers bad arguments and unknown tools with an MCP error, never a throw', async () => {
    const bad = await callMcpTool({ isAdmin: true }, 'get_service_logs', { service: 'nope', limit: 0 });
    expect(bad.error).toBeNull();
    expect(bad.result?.isError).toBe(true);
    expect(text(bad.result!)).toMatch(/Input validation error/);
    const unknown = await callMcpTool({ isAdmin: true }, 'format_disk', {});
    expect(unknown.result?.isError).toBe(true);
    expect(text(unknown.result!)).toMatch(/Tool format_disk not found/);
    const since = await callMcpTool({ isAdmin: true }, 'get_service_logs', { service: 'redis', since: 'last tuesday' });
    expect(since.result?.isError).toBe(true);
    expect(text(since.result!)).toMatch(/since must be/);
  });
});

describe('the MCP client with MCP_URL set to a server that is not there', () => {
  afterAll(() => useEnv({ MCP_URL: undefined }));
  it('reports the failure as an outcome', async () => {
    useEnv({ MCP_URL: 'http://127.0.0.1:1/mcp' });
    const outcome = await callMcpTool({ isAdmin: true }, 'list_services', {});
    expect(outcome.result).toBeNull();
    expect(outcome.error).toMatchObject({ code: 'unavailable' });
    await expect(listMcpTools()).rejects.toThrow();
  });
});
