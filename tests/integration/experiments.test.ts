import { beforeAll, describe, expect, it } from 'vitest';
import { cancelExperiment, createQuestionSet, deleteQuestionSet, getExperimentRun, listQuestionSets, startExperiment, streamExperimentRun, updateQuestionSet, type ExperimentEvent } from '@/lib/experiments';
import { resetFleetForTests } from '@/lib/fleet';
import { BACKENDS } from '../support/backends';
import { useBackend } from '../support/use-env';

const SINGLETONS = ['model-A', 'model-B', 'shared-cache'];
const actor = { sessionId: 'exp-s1', isAdmin: false };
const QUESTIONS = [
  { text: 'Which services need attention right now?' },
  { text: 'What is the status of postgres?', expectedFacts: ['postgres', 'no such fact anywhere'] },
  { text: 'Is the billing-service healthy?' },
];

async function finished(id: string) {
  const events: ExperimentEvent[] = [];
  await streamExperimentRun(id, actor.sessionId, (e) => events.push(e));
  return { events, run: await getExperimentRun(id, actor.sessionId) };
}

describe.each(BACKENDS)('experiments on %s', (_name, create) => {
  // Both models answer at once while the test itself reads and writes: on a loaded
  // machine the default pool of 4 waited past its connect time-out here.
  useBackend(create, { env: { AIMON_SIM_LATENCY_SCALE: '0', AIMON_SIM_SEED: '42', DATABASE_POOL_MAX: '12' }, singletons: SINGLETONS });
  beforeAll(() => resetFleetForTests());

  it('runs a set against both models with progress, checks every answer, and compares a later run with the previous one', async () => {
    const set = await createQuestionSet({ name: 'Basics', questions: QUESTIONS }, actor.sessionId);
    expect(set.questions.map((q) => q.text)).toEqual(QUESTIONS.map((q) => q.text));
    expect(await listQuestionSets('someone-else')).toEqual([]);

    const started = await startExperiment(set.id, actor);
    expect(started).toMatchObject({ status: 'running', total: 6, done: 0 });
    await expect(startExperiment(set.id, actor)).rejects.toMatchObject({ code: 'conflict' });
    const { events, run } = await finished(started.id);
    expect(events[0]?.type).toBe('run');
    expect(events.at(-1)).toMatchObject({ type: 'finished', run: { status: 'succeeded', done: 6 } });
    expect(run.results.map((r) => [r.position, r.model])).toEqual([[0, 'A'], [0, 'B'], [1, 'A'], [1, 'B'], [2, 'A'], [2, 'B']]);
    for (const r of run.results) {
      expect(r.text.length).toBeGreaterThan(0);
      expect(['grounded', 'unverified', 'hallucination']).toContain(r.verdict);
      expect(r.costUsd).toBeGreaterThan(0);
    }
    expect(run.results.find((r) => r.position === 1 && r.model === 'A')?.missingFacts).toEqual(['no such fact anywhere']);
    expect(run.totals.A.answered + run.totals.A.failed).toBe(3);
    expect(run.comparison).toBeUndefined();

    // The set changes (one question edited away, its expected fact dropped), then runs again.
    const edited = await updateQuestionSet(set.id, { name: 'Basics', questions: set.questions.map((q, i) => (i === 1 ? { id: q.id, text: q.text, expectedFacts: ['postgres'] } : q)) }, actor.sessionId);
    expect(edited.questions[1]!.id).toBe(set.questions[1]!.id);
    const second = await finished((await startExperiment(set.id, actor)).id);
    expect(second.run.comparison).toMatchObject({ previousRunId: started.id });
    const c = second.run.comparison!;
    expect(c.better + c.worse + c.same).toBe(6);
    // Model A's answer on postgres now states every expected fact: better than before.
    expect(c.changes).toContainEqual(expect.objectContaining({ questionId: set.questions[1]!.id, model: 'A', change: 'better' }));
    expect(c.totals.A.before.missingFacts).toBe(1);
    expect(c.totals.A.after.missingFacts).toBe(0);
  });

  it('a cancelled experiment stops between questions; unknown sets and runs are 404; an empty set is refused', async () => {
    const set = await createQuestionSet({ name: 'Long', questions: [...QUESTIONS, ...QUESTIONS, ...QUESTIONS] }, actor.sessionId);
    const run = await startExperiment(set.id, actor);
    await cancelExperiment(run.id, actor.sessionId);
    const { run: ended } = await finished(run.id);
    expect(ended.status).toBe('cancelled');
    expect(ended.done).toBeLessThan(18);
    await expect(cancelExperiment(run.id, actor.sessionId)).rejects.toMatchObject({ code: 'conflict' });
    await expect(getExperimentRun(run.id, 'another-session')).rejects.toMatchObject({ code: 'not_found' });

    const empty = await createQuestionSet({ name: 'Empty', questions: [] }, actor.sessionId);
    await expect(startExperiment(empty.id, actor)).rejects.toMatchObject({ code: 'bad_request' });
    await deleteQuestionSet(empty.id, actor.sessionId);
    await expect(startExperiment(empty.id, actor)).rejects.toMatchObject({ code: 'not_found' });
    await expect(deleteQuestionSet(empty.id, actor.sessionId)).rejects.toMatchObject({ code: 'not_found' });
  });
});
