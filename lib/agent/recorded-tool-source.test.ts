import { describe, expect, it } from 'vitest';
import type { FleetSnapshot } from './fleet-snapshot';
import { normaliseArgs, recordedToolSource } from './recorded-tool-source';
import type { WorkflowStepView } from './types';

const svc = { type: 'object', properties: { service: { type: 'string' } }, required: ['service'] };
const snapshot: FleetSnapshot = {
  takenAt: '2026-12-02T00:00:00.000Z',
  tools: [
    { name: 'list_services', description: '', inputSchema: { type: 'object', properties: {} }, mutating: false },
    { name: 'get_service_status', description: '', inputSchema: svc, mutating: false },
    { name: 'get_service_logs', description: '', inputSchema: { ...svc, properties: { ...svc.properties, level: { type: 'string' } } }, mutating: false },
    { name: 'restart_service', description: '', inputSchema: svc, mutating: true },
  ],
  calls: [
    { name: 'list_services', args: {}, value: { services: [{ name: 'web-ui', status: 'degraded' }, { name: 'api', status: 'running' }] }, isError: false },
    { name: 'get_service_status', args: { service: 'web-ui' }, value: { name: 'web-ui', status: 'degraded' }, isError: false },
    { name: 'get_service_logs', args: { service: 'web-ui' }, value: { lines: ['boom'] }, isError: false },
  ],
};
const step = (index: number, toolName: string, args: Record<string, unknown>, result: unknown): WorkflowStepView => ({ index, kind: 'tool', createdAt: '', toolName, args, result, isError: false });

describe('recorded tool source', () => {
  it('normalises arguments: key order and empty values do not matter', () => {
    expect(normaliseArgs({ b: 1, a: { d: 2, c: null } })).toBe(normaliseArgs({ a: { d: 2 }, b: 1, e: undefined }));
    expect(normaliseArgs({ a: 1 })).not.toBe(normaliseArgs({ a: 2 }));
  });

  it('answers recorded calls in order, the rest from the snapshot with what the replay has seen since, and never applies a change', async () => {
    const source = recordedToolSource({
      steps: [
        step(1, 'get_service_status', { service: 'web-ui' }, { name: 'web-ui', status: 'degraded' }),
        step(3, 'get_service_status', { service: 'web-ui' }, { name: 'web-ui', status: 'running' }),
      ],
      snapshot,
    });
    expect(await source.listTools()).toBe(snapshot.tools);
    expect((await source.callTool('get_service_status', { service: 'web-ui' })).value).toMatchObject({ status: 'degraded' });
    expect((await source.callTool('get_service_status', { service: 'web-ui' })).value).toMatchObject({ status: 'running' });
    // Not recorded: the snapshot's inventory, with web-ui as last seen.
    expect((await source.callTool('list_services', {})).value).toEqual({ services: [{ name: 'web-ui', status: 'running' }, { name: 'api', status: 'running' }] });
    // Another filter of a snapshot call: the nearest answer the snapshot has.
    expect((await source.callTool('get_service_logs', { service: 'web-ui', level: 'error' })).value).toEqual({ lines: ['boom'] });
    const restart = await source.callTool('restart_service', { service: 'api' });
    expect(restart).toMatchObject({ isError: false, value: { service: 'api', applied: false } });
    expect(await source.callTool('get_service_status', { service: 'nope' })).toMatchObject({ isError: true });
    expect(source.counts).toEqual({ recorded: 2, snapshot: 2, unrecorded: 2 });
  });
});
