import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { describe, expect, it } from 'vitest';
import type { FleetReads } from '@/lib/fleet';
import { createFleetMcpServer, registerFleetTools } from './server';

async function listed(server: McpServer) {
  const client = new Client({ name: 'test', version: '1.0.0' });
  const [a, b] = InMemoryTransport.createLinkedPair();
  await server.connect(b);
  await client.connect(a);
  try {
    return (await client.listTools()).tools;
  } finally {
    await client.close();
  }
}

describe('the fleet MCP server', () => {
  const context = { fleet: {} as FleetReads, actor: { isAdmin: false }, mayChangeFleet: false };

  it('answers tools/list from its list built once exactly as the SDK would list the same tools', async () => {
    const own = new McpServer({ name: 'sdk', version: '1' }, { capabilities: { tools: {} } });
    registerFleetTools(own, context);
    const sdk = await listed(own);
    expect(sdk.length).toBe(10);
    expect(await listed(createFleetMcpServer(context))).toEqual(sdk);
    // And again from a second server: the same answer.
    expect(await listed(createFleetMcpServer(context))).toEqual(sdk);
  });
});
