import { describe, expect, it } from 'vitest';
import type { ToolResultInput } from './types';
import { check, errorsOf, status } from '@/tests/support/grounding-fleet';

const rollingBack = status('model-b', { status: 'restarting', action: { kind: 'rollback', startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:06.000Z' }, issues: ['rollback in progress'] });
const rollback: ToolResultInput = { name: 'rollback_deployment', arguments: { service: 'model-b' }, result: { service: 'model-b', kind: 'rollback', startedAt: '2026-12-01T10:00:00.000Z', completesAt: '2026-12-01T10:00:06.000Z' } };
const kinds = (answer: string, toolResults: ToolResultInput[], question?: string) => errorsOf(check(answer, { question, toolResults })).map((f) => f.kind);

describe('claims that nothing was done', () => {
  it('are contradicted by an action the tools show under way on the service', () => {
    expect(kinds('model-b is restarting by itself, and no action has been taken on it so far.', [rollingBack])).toEqual(['contradicted_fact']);
    expect(kinds('model-b has not been rolled back yet.', [rollingBack])).toEqual(['contradicted_fact']);
    // Nothing under way: the denial holds.
    expect(kinds('model-b has not been rolled back yet.', [status('model-b')])).toEqual([]);
    expect(kinds('Nothing has been done about model-b so far.', [status('model-b')], 'Any progress on model-b?')).toEqual([]);
  });

  it('in the first person only the turn’s own calls count; a result that did not help says an action happened', () => {
    expect(kinds('I have not rolled model-b back.', [rollingBack])).toEqual([]);
    expect(kinds('I have not rolled model-b back.', [rollback, rollingBack])).toEqual(['contradicted_fact']);
    expect(kinds('The rollback of model-b has not fixed it yet; it is still restarting.', [rollback, rollingBack])).toEqual([]);
    expect(kinds('If nothing has been done about model-b by 10:05, page someone.', [rollingBack])).toEqual([]);
  });
});
