import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMcpToolSource, runWorkflow } from '@/lib/agent';
import { listAudit } from '@/lib/audit';
import { resetConfigForTests } from '@/lib/config';
import { database } from '@/lib/db';
import { getFleet, resetFleetForTests } from '@/lib/fleet';
import { clearProcessSingleton } from '@/lib/runtime';
import { createPostgresBackend, type TestBackend } from '../support/backends';

/**
 * The whole path, with nothing stubbed: simulated model → AI SDK loop → official
 * MCP client → in-process MCP server → fleet simulation in PostgreSQL.
 */
describe('a workflow repairs an injected fault through the MCP server', () => {
  let backend: TestBackend;
  beforeAll(async () => {
    backend = await createPostgresBackend();
    for (const [k, v] of Object.entries({ ...backend.env, AIMON_SIM_LATENCY_SCALE: '0', AIMON_SIM_SEED: '42' })) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    resetConfigForTests();
    for (const key of ['database', 'model-A', 'model-B']) clearProcessSingleton(key);
    resetFleetForTests();
  });
  afterAll(async () => {
    await database().close();
    clearProcessSingleton('database');
    await backend?.dispose();
  });

  it.each(['A', 'B'] as const)('Model %s: the fleet really changes and the run says what happened', async (slot) => {
    const fleet = getFleet();
    await fleet.clearFaults();
    const actor = { sessionId: `test-${slot}`, isAdmin: true, ip: '127.0.0.1' };
    await fleet.injectFault({ service: 'web-ui', kind: 'bad_deployment' });
    const before = await fleet.service('web-ui');
    expect(before.status).not.toBe('running');

    const tools = await openMcpToolSource(actor);
    try {
      const run = await runWorkflow({ model: slot, scenario: 'repair-degraded' }, { tools });
      const after = await fleet.service('web-ui');
      expect(run.servicesAffected).toContain('web-ui');
      if (run.status === 'succeeded') expect(after.status).toBe('running');
      if (slot === 'A') {
        expect(run.status).toBe('succeeded');
        expect(after.version).toBe(before.previousVersion);
      }
      const audit = await listAudit({ sessionId: `test-${slot}` });
      expect(audit.some((a) => a.action.startsWith('fleet.') && a.outcome === 'success')).toBe(true);
    } finally {
      await tools.close();
    }
  });
});
