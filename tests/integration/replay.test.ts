import { describe, expect, it } from 'vitest';
import { diffRuns, diffWorkflows, getRun, getSnapshot, replayWorkflow, runWorkflow } from '@/lib/agent';
import { createRun } from '@/lib/agent/workflow-store';
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
    // The fleet as the run found it: web-ui still degraded, every read-only tool for every service.
    expect(snapshot?.calls.find((c) => c.name === 'get_service_status' && c.args.service === 'web-ui')?.value).toMatchObject({ status: 'degraded' });
    expect(snapshot?.calls.map((c) => c.name)).toEqual(['list_services', 'get_service_status', 'get_service_status', 'run_diagnostics', 'run_diagnostics']);
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

  it('refuses what cannot be replayed: an unknown run (404), a run still running (409)', async () => {
    await expect(replayWorkflow('00000000-0000-4000-8000-000000000404', { model: 'A', mode: 'recorded' }, actor)).rejects.toMatchObject({ code: 'not_found' });
    const id = '00000000-0000-4000-8000-000000000409';
    await createRun({ id, modelSlot: 'A', modelId: 'sim', scenario: 'custom', goal: 'x', instanceId: 'here' });
    await expect(replayWorkflow(id, { model: 'A', mode: 'live' }, actor)).rejects.toMatchObject({ code: 'conflict' });
    await expect(diffWorkflows(id, '00000000-0000-4000-8000-000000000404')).rejects.toMatchObject({ code: 'not_found' });
  });
});
