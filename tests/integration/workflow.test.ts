import { describe, expect, it } from 'vitest';
import { getRun, listRuns, runWorkflow, type WorkflowEvent } from '@/lib/agent';
import { loadComparison } from '@/lib/compare';

import { abandonStaleRuns, cancelWorkflow } from '@/lib/agent';
import { beatWhileRunning } from '@/lib/agent/run-heartbeat';
import { createRun } from '@/lib/agent/workflow-store';
import { db } from '@/lib/db';
import { BACKENDS } from '../support/backends';
import { tinyFleetSource } from '../support/tiny-fleet';
import { useBackend } from '../support/use-env';

const SINGLETONS = ['model-A', 'model-B', 'shared-cache'];

describe.each(BACKENDS)('workflows on %s', (_name, create) => {
  useBackend(create, { env: { AIMON_SIM_LATENCY_SCALE: '0', AIMON_SIM_SEED: '42' }, singletons: SINGLETONS });

  it('Model A repairs the fleet, streaming each step, and the run is stored with its steps', async () => {
    const fleet = tinyFleetSource();
    const events: WorkflowEvent[] = [];
    const run = await runWorkflow({ model: 'A', scenario: 'repair-degraded', sessionId: 's-1' }, { tools: fleet, onEvent: (e) => events.push(e) });

    expect(fleet.state.get('web-ui')!.status).toBe('running');
    expect(run).toMatchObject({ status: 'succeeded', modelSlot: 'A', servicesAffected: ['web-ui'], scenario: 'repair-degraded' });
    expect(run.toolCalls).toBe(4);
    expect(run.finalFleet).toEqual([
      { name: 'web-ui', status: 'running', health: 'healthy' },
      { name: 'postgres', status: 'running', health: 'healthy' },
    ]);
    expect(run.summary).toContain('web-ui');
    expect(run.inputTokens).toBeGreaterThan(0);
    expect(run.costUsd).toBeGreaterThan(0);

    expect(events[0]?.type).toBe('run-started');
    expect(events.at(-1)?.type).toBe('run-finished');
    const toolSteps = events.filter((e): e is Extract<WorkflowEvent, { type: 'step' }> => e.type === 'step' && e.step.kind === 'tool');
    expect(toolSteps.map((e) => e.step.toolName)).toEqual(['list_services', 'run_diagnostics', 'rollback_deployment', 'get_service_status']);

    const stored = await getRun(run.id);
    // The run as it ended is the run as stored, steps and all (neither is read back from the other).
    expect(stored).toEqual(run);
    expect(stored?.steps?.filter((s) => s.kind === 'tool').map((s) => s.toolName)).toEqual(toolSteps.map((e) => e.step.toolName));
    expect(stored?.steps?.map((s) => s.index)).toEqual([...stored!.steps!.keys()]);
    expect((await listRuns(5))[0]?.id).toBe(run.id);
  });

  it('the Compare aggregates are cached between reads, and a run that ends refreshes them at once', async () => {
    const first = await loadComparison('15m');
    const cachedCopy = await loadComparison('15m');
    // Within CACHE_COMPARE_TTL_MS the stored-run part is the same snapshot (its window end).
    expect(cachedCopy.to).toBe(first.to);
    const run = await runWorkflow({ model: 'A', scenario: 'health-check' }, { tools: tinyFleetSource() });
    expect(run.status).toBe('succeeded');
    const after = await loadComparison('15m');
    expect(after.to).not.toBe(first.to);
    expect(after.models.A.workflows.runs).toBe(first.models.A.workflows.runs + 1);
    expect(after.models.B.workflows.runs).toBe(first.models.B.workflows.runs);
  });

  it('the report carries A/B verdicts computed from the stored runs and chat answers of the range', async () => {
    for (const model of ['A', 'B'] as const) {
      for (let i = 0; i < 5; i++) expect((await runWorkflow({ model, scenario: 'health-check' }, { tools: tinyFleetSource() })).status).toBe('succeeded');
    }
    // Chat answers as the chat stores them: Model B's checked ones are all hallucinations, one answer of A was never checked.
    const prisma = await db();
    const answer = (modelSlot: 'A' | 'B', verdict: string | null) => ({ sessionId: 'verdicts', role: 'assistant', content: 'x', modelSlot, verdict, costUsd: modelSlot === 'A' ? 0.002 : 0.001 });
    await prisma.chatMessage.createMany({ data: [...Array.from({ length: 12 }, () => answer('A', 'grounded')), answer('A', null), ...Array.from({ length: 12 }, () => answer('B', 'hallucination'))] });
    const report = await loadComparison('15m');
    const verdicts = Object.fromEntries(report.verdicts.map((v) => [v.figure, v]));
    expect(Object.keys(verdicts)).toEqual(['success_rate', 'hallucination_rate', 'latency_p50', 'latency_p95', 'tokens_per_workflow', 'cost_per_workflow', 'cost_per_answer']);
    const finished = (slot: 'A' | 'B') => report.models[slot].workflows.runs - report.models[slot].workflows.cancelled;
    expect(verdicts.success_rate!.samples).toEqual({ A: finished('A'), B: finished('B') });
    expect(verdicts.success_rate!.status).not.toBe('too_few');
    expect(verdicts.hallucination_rate).toMatchObject({ samples: { A: 12, B: 12 }, status: 'different', winner: 'A' });
    expect(verdicts.hallucination_rate!.sentence).toMatch(/^Model B hallucinates more often \(0 % vs 100 %, \+100 points, 95 % CI \+\d+ to \+100 points, 12 vs 12 checked answers\)\.$/);
    expect(verdicts.cost_per_answer).toMatchObject({ samples: { A: 13, B: 12 }, status: 'different', winner: 'B' });
    expect(verdicts.cost_per_answer!.estimate).toBeCloseTo(0.5, 12);
    expect(verdicts.cost_per_answer!.sentence).toBe('Model B is 2.0× cheaper per answer (95 % CI 2.0-2.0×, 13 vs 12 answers).');
    expect(verdicts.latency_p95!.status).toBe('too_few');
  });

  it('a health check changes nothing: mutating tools are not even offered', async () => {
    const fleet = tinyFleetSource();
    const run = await runWorkflow({ model: 'B', scenario: 'health-check' }, { tools: fleet });
    expect(run.status).toBe('succeeded');
    expect(fleet.calls.some((c) => c.startsWith('rollback') || c.startsWith('restart'))).toBe(false);
    expect(fleet.state.get('web-ui')!.status).toBe('degraded');
    expect(run.summary).toMatch(/web-ui/);
  });

  it('a run beats while it runs; one whose replica stopped beating is abandoned; a cancel for another replica\'s run reaches it through the row', async () => {
    const prisma = await db();
    const base = { modelSlot: 'A', modelId: 'sim-a', scenario: 'custom', goal: 'test' };
    // One run of a replica that died a minute ago, one of a live replica (this process).
    await createRun({ ...base, id: '00000000-0000-4000-8000-00000000dead', instanceId: 'replica-gone', sessionId: 's-9' });
    await prisma.workflowRun.update({ where: { id: '00000000-0000-4000-8000-00000000dead' }, data: { lastBeatAt: new Date(Date.now() - 60_000) } });
    const live = '00000000-0000-4000-8000-0000000a11ve';
    await createRun({ ...base, id: live, instanceId: 'replica-here', sessionId: 's-9' });
    const controller = new AbortController();
    const stop = beatWhileRunning(live, controller);
    try {
      expect(await abandonStaleRuns(new Date(Date.now() - 30_000))).toBe(1);
      const dead = await getRun('00000000-0000-4000-8000-00000000dead');
      expect(dead).toMatchObject({ status: 'abandoned', error: expect.stringMatching(/stopped before it finished/) });
      expect(dead?.finishedAt).toBeTruthy();
      expect((await getRun(live))?.status).toBe('running');

      // Another session may not cancel it; its own may, from a process that is not running it.
      expect(await cancelWorkflow(live, { sessionId: 's-other', isAdmin: false })).toBe('forbidden');
      expect(await cancelWorkflow(live, { sessionId: 's-9', isAdmin: false })).toBe('requested');
      const beatBefore = (await prisma.workflowRun.findUnique({ where: { id: live } }))!.lastBeatAt!;
      // The runner reads the flag with its next beat, and aborts.
      await new Promise<void>((resolve) => controller.signal.addEventListener('abort', () => resolve(), { once: true }));
      const row = await prisma.workflowRun.findUnique({ where: { id: live } });
      expect(row!.lastBeatAt!.getTime()).toBeGreaterThan(beatBefore.getTime());
      expect(row!.cancelRequestedAt).not.toBeNull();
      expect(await cancelWorkflow('00000000-0000-4000-8000-00000000dead', { isAdmin: true })).toBe('not_running');
      expect(await cancelWorkflow('00000000-0000-4000-8000-000000000000', { isAdmin: true })).toBe('not_found');
    } finally {
      stop();
    }
  });

  it('cancellation ends the run as cancelled, with what was done so far stored', async () => {
    const fleet = tinyFleetSource();
    const controller = new AbortController();
    const run = await runWorkflow(
      { model: 'A', scenario: 'repair-degraded' },
      { tools: fleet, signal: controller.signal, onEvent: (e) => e.type === 'step' && e.step.kind === 'tool' && controller.abort() },
    );
    expect(run.status).toBe('cancelled');
    expect(run.error).toBe('Cancelled.');
    expect((await getRun(run.id))?.steps?.length).toBeGreaterThan(0);
  });
});
