import { describe, expect, it } from 'vitest';
import { diffRuns, diffWorkflows, getRun, getSnapshot, openMcpToolSource, recordedToolSource, replayWorkflow, runWorkflow } from '@/lib/agent';
import { createRun } from '@/lib/agent/workflow-store';
import { listAudit } from '@/lib/audit';
import { getFleet, resetFleetForTests } from '@/lib/fleet';
import { BACKENDS } from '../support/backends';
import { tinyFleetSource } from '../support/tiny-fleet';
import { useBackend } from '../support/use-env';

const SINGLETONS = ['model-A', 'model-B', 'shared-cache'];
const actor = { sessionId: 'replay-s1', isAdmin: false };
const toolSteps = (run: { steps?: Array<{ kind: string; toolName?: string; args?: unknown; result?: unknown; isError: boolean }> }) =>
  (run.steps ?? []).filter((s) => s.kind === 'tool').map(({ toolName, args, result, isError }) => ({ toolName, args, result, isError }));

describe.each(BACKENDS)('replays on %s', (_name, create) => {
  // Seed 7: Model B guesses a restart of web-ui without diagnosing it (a known pair for the diff).
  useBackend(create, { env: { AIMON_SIM_LATENCY_SCALE: '0', AIMON_SIM_SEED: '7' }, singletons: SINGLETONS });

  it('a recorded replay with its own model and seed reproduces the run step for step, and never touches the fleet', async () => {
    const fleet = tinyFleetSource();
    const original = await runWorkflow({ model: 'A', scenario: 'repair-degraded', sessionId: actor.sessionId }, { tools: fleet });
    expect(original.status).toBe('succeeded');
    const snapshot = await getSnapshot(original.id);
    // A tool source that is not this app's fleet: the fleet as the run found it, asked through
    // the tools (web-ui still degraded, every read-only tool for every service).
    const calls = snapshot && 'calls' in snapshot ? snapshot.calls : [];
    expect(calls.find((c) => c.name === 'get_service_status' && c.args.service === 'web-ui')?.value).toMatchObject({ status: 'degraded' });
    expect(calls.map((c) => c.name)).toEqual(['list_services', 'get_service_status', 'get_service_status', 'run_diagnostics', 'run_diagnostics']);
    const callsBefore = fleet.calls.length;

    const replay = await replayWorkflow(original.id, { model: 'A', mode: 'recorded' }, actor);
    expect(fleet.calls.length).toBe(callsBefore);
    expect(replay).toMatchObject({ replayOf: original.id, replayMode: 'recorded', status: original.status, modelSlot: 'A', servicesAffected: original.servicesAffected, finalFleet: original.finalFleet, toolCalls: original.toolCalls });
    expect(replay.id).not.toBe(original.id);
    const stored = (await getRun(replay.id))!;
    expect(toolSteps(stored)).toEqual(toolSteps((await getRun(original.id))!));
    expect(stored.steps!.filter((s) => s.kind === 'model').map((s) => s.text)).toEqual(original.steps!.filter((s) => s.kind === 'model').map((s) => s.text));
    expect(stored.summary).toBe(original.summary);

    const diff = await diffWorkflows(original.id, replay.id);
    expect(diff.identical).toBe(true);
    expect(diff.firstDivergence).toBeUndefined();
    expect(diff.summary).toBe('Identical: the same 4 tool calls with the same arguments and results; both succeeded.');
    // A replay of the replay keeps the original's snapshot, so it reproduces too.
    const again = await replayWorkflow(replay.id, { model: 'A', mode: 'recorded' }, actor);
    expect(diffRuns(original, (await getRun(again.id))!).identical).toBe(true);
  });

  it('replayed with the other model, the diff parts at the step where Model B restarts instead of diagnosing', async () => {
    const original = await runWorkflow({ model: 'A', scenario: 'repair-degraded', sessionId: actor.sessionId }, { tools: tinyFleetSource() });
    const replay = await replayWorkflow(original.id, { model: 'B', mode: 'recorded' }, actor);
    const diff = await diffWorkflows(original.id, replay.id);
    expect(diff.identical).toBe(false);
    expect(toolSteps((await getRun(replay.id))!)[1]?.toolName).toBe('restart_service');
    // Step 1 (the inventory) is the same; at step 2 A diagnoses web-ui, B restarts it.
    expect(diff.steps[0]).toMatchObject({ position: 1, same: true });
    expect(diff.firstDivergence).toEqual({ position: 2, kind: 'tool' });
    expect(diff.steps[1]).toMatchObject({ same: false, difference: 'tool', a: { toolName: 'run_diagnostics' }, b: { toolName: 'restart_service' } });
    expect(diff.summary).toBe('B skipped `run_diagnostics` on web-ui and ran `restart_service` on web-ui at step 2; A rolled back web-ui at step 3; B restarted web-ui at step 2; both succeeded.');
    expect(diff.a).toMatchObject({ label: 'A', runId: original.id, status: 'succeeded' });
    expect(diff.b).toMatchObject({ label: 'B', runId: replay.id });
  });

  it("a run on this app's fleet keeps the fleet's stored state; a replay reproduces it and answers a call the original never made from that state, not from today's fleet", async () => {
    resetFleetForTests();
    const fleet = getFleet();
    await fleet.clearFaults();
    const tools = await openMcpToolSource(actor);
    const original = await runWorkflow({ model: 'A', scenario: 'health-check', sessionId: actor.sessionId }, { tools }).finally(() => tools.close());
    expect(original.status).toBe('succeeded');
    const snapshot = await getSnapshot(original.id);
    if (!snapshot || !('fleet' in snapshot)) throw new Error('expected the fleet-state snapshot of an in-process run');
    expect(snapshot.fleet.logs?.redis?.length).toBeGreaterThan(0);

    // Today's fleet moves on: redis crashes after the run.
    await fleet.injectFault({ service: 'redis', kind: 'crash' });
    expect((await fleet.service('redis')).status).toBe('stopped');
    const source = recordedToolSource({ steps: [], snapshot });
    // Neither call is in the original (a health check lists the services only): both come from the snapshot.
    const status = await source.callTool('get_service_status', { service: 'redis' });
    expect(status).toMatchObject({ isError: false, value: { name: 'redis', status: 'running', faults: [] } });
    const errors = await source.callTool('get_service_logs', { service: 'redis', level: 'error', limit: 200 });
    expect(JSON.stringify(errors.value)).not.toContain('exited with code 137');
    const live = await fleet.logs('redis', { level: 'error', limit: 200 });
    expect(live.some((l) => l.message.includes('exited with code 137'))).toBe(true);
    // The tools' own argument check, as the server answers it.
    expect(await source.callTool('get_service_status', { service: 'nope' })).toMatchObject({ isError: true });
    expect(source.counts).toEqual({ recorded: 0, snapshot: 3, unrecorded: 0 });

    const auditBefore = (await listAudit({ sessionId: actor.sessionId })).length;
    const replay = await replayWorkflow(original.id, { model: 'A', mode: 'recorded' }, actor);
    expect(diffRuns((await getRun(original.id))!, (await getRun(replay.id))!).identical).toBe(true);
    expect(replay.finalFleet).toEqual(original.finalFleet);
    // The replay's snapshot is its original's (the same state, the same log archive).
    expect(await getSnapshot(replay.id)).toEqual(snapshot);
    // Nothing reached the live fleet: redis is still down, and only the replay itself was audited.
    expect((await fleet.service('redis')).status).toBe('stopped');
    expect((await listAudit({ sessionId: actor.sessionId })).filter((a) => a.action.startsWith('fleet.')).length).toBe(0);
    expect((await listAudit({ sessionId: actor.sessionId })).length).toBe(auditBefore + 1);
    await fleet.clearFaults();
  });

  it('refuses what cannot be replayed: an unknown run (404), a run still running (409)', async () => {
    await expect(replayWorkflow('00000000-0000-4000-8000-000000000404', { model: 'A', mode: 'recorded' }, actor)).rejects.toMatchObject({ code: 'not_found' });
    const id = '00000000-0000-4000-8000-000000000409';
    await createRun({ id, modelSlot: 'A', modelId: 'sim', scenario: 'custom', goal: 'x', instanceId: 'here' });
    await expect(replayWorkflow(id, { model: 'A', mode: 'live' }, actor)).rejects.toMatchObject({ code: 'conflict' });
    await expect(diffWorkflows(id, '00000000-0000-4000-8000-000000000404')).rejects.toMatchObject({ code: 'not_found' });
  });
});
