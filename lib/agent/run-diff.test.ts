import { describe, expect, it } from 'vitest';
import { diffRuns } from './run-diff';
import type { WorkflowRunView, WorkflowStepView } from './types';

const tool = (toolName: string, service: string | undefined, result: unknown = { ok: true, at: String(Math.random()) }): WorkflowStepView => ({
  index: 0, kind: 'tool', createdAt: '', toolName, args: service ? { service } : {}, result, isError: false,
});
const run = (id: string, modelSlot: string, steps: WorkflowStepView[], status: WorkflowRunView['status'] = 'succeeded'): WorkflowRunView => ({
  id, createdAt: '', modelSlot, modelId: `sim-${modelSlot}`, scenario: 'repair-degraded', goal: 'g', status, toolCalls: steps.length, inputTokens: 10, outputTokens: 5, costUsd: 0.01,
  servicesAffected: [], steps: [{ index: 0, kind: 'model', createdAt: '', isError: false, text: 'thinking' }, ...steps],
});

describe('run diff', () => {
  it('two runs with the same calls and results (instants aside) are identical', () => {
    const d = diffRuns(run('a', 'A', [tool('list_services', undefined), tool('run_diagnostics', 'web-ui')]), run('b', 'A', [tool('list_services', undefined), tool('run_diagnostics', 'web-ui')]));
    expect(d).toMatchObject({ identical: true, firstDivergence: undefined, a: { label: 'the original' }, b: { label: 'the replay' } });
    expect(d.summary).toBe('Identical: the same 2 tool calls with the same arguments and results; both succeeded.');
  });

  it('names the first step where they part, and what each did to the fleet', () => {
    const a = run('a', 'A', [tool('list_services', undefined), tool('run_diagnostics', 'web-ui'), tool('get_service_status', 'web-ui'), tool('rollback_deployment', 'web-ui')]);
    const b = run('b', 'B', [tool('list_services', undefined), tool('restart_service', 'web-ui')], 'failed');
    const d = diffRuns(a, b);
    expect(d.firstDivergence).toEqual({ position: 2, kind: 'tool' });
    expect(d.steps.map((s) => s.difference ?? 'same')).toEqual(['same', 'tool', 'missing', 'missing']);
    expect(d.summary).toBe('B skipped `run_diagnostics` on web-ui and ran `restart_service` on web-ui at step 2; A rolled back web-ui at step 4; B restarted web-ui at step 2; A succeeded, B failed.');
  });

  it('tells other arguments, other results and a different conclusion apart', () => {
    expect(diffRuns(run('a', 'A', [tool('get_service_status', 'web-ui')]), run('b', 'B', [tool('get_service_status', 'api')])).firstDivergence).toEqual({ position: 1, kind: 'arguments' });
    expect(diffRuns(run('a', 'A', [tool('get_service_status', 'web-ui', { s: 1 })]), run('b', 'B', [tool('get_service_status', 'web-ui', { s: 2 })])).firstDivergence).toEqual({ position: 1, kind: 'result' });
    const d = diffRuns(run('a', 'A', [tool('list_services', undefined, {})]), run('b', 'B', [tool('list_services', undefined, {})], 'failed'));
    expect(d).toMatchObject({ identical: false, firstDivergence: { position: 2, kind: 'conclusion' } });
    expect(d.summary).toBe('The same one tool call, but A succeeded, B failed.');
  });
});
