import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerChat } from '@/lib/agent';
import { askBoth } from '@/lib/compare';
import { database } from '@/lib/db';
import { groundingQuality, recordFeedback } from '@/lib/feedback';
import { resetFleetForTests } from '@/lib/fleet';
import { BACKENDS } from '../support/backends';
import { FakeOpenAIServer } from '../support/openai-compatible-server';
import { tinyFleetSource } from '../support/tiny-fleet';
import { useBackend, useEnv } from '../support/use-env';

const SINGLETONS = ['model-A', 'model-B', 'model-judge', 'shared-cache'];

describe.each(BACKENDS)('the LLM judge on %s', (_name, create) => {
  useBackend(create);
  const fake = new FakeOpenAIServer();
  let url: string;
  const me = { sessionId: 'judge-s1', isAdmin: false };
  const judgeEnv = () => ({ GROUNDING_JUDGE_BASE_URL: url, GROUNDING_JUDGE_MODEL: 'judge-7b', GROUNDING_JUDGE_API_KEY: 'sk-judge-secret', GROUNDING_JUDGE_TIMEOUT_MS: '3000' });
  const judgeCalls = () => fake.requests.filter((r) => r.model.startsWith('judge') || r.model === 'slow').length;

  beforeAll(async () => {
    url = await fake.start();
    useEnv({ AIMON_SIM_LATENCY_SCALE: '0', AIMON_SIM_SEED: '42', MCP_URL: undefined, ...judgeEnv() }, SINGLETONS);
    resetFleetForTests();
  });
  afterAll(async () => {
    useEnv({ GROUNDING_JUDGE_BASE_URL: undefined, GROUNDING_JUDGE_MODEL: undefined, GROUNDING_JUDGE_API_KEY: undefined, GROUNDING_JUDGE_TIMEOUT_MS: undefined }, SINGLETONS);
    await fake.stop();
  });

  let flaggedId: string;

  it('gives every checked chat answer a second opinion over the wire, beside the rules’ verdict, and stores it', async () => {
    fake.judgeReply = undefined;
    const before = judgeCalls();
    const { answer } = await answerChat({ sessionId: me.sessionId, model: 'B', message: 'Please restart web-ui.' }, { actor: me, tools: tinyFleetSource() });
    flaggedId = answer.id;
    expect(answer.grounding?.verdict).toBe('hallucination');
    expect(answer.grounding?.judge).toEqual({ model: 'judge-7b', verdict: 'hallucination', reason: 'It claims a restart, and no restart tool was called.' });
    expect(judgeCalls()).toBe(before + 1);
    const request = fake.requests.at(-1)!;
    expect(request.authorization).toBe('Bearer sk-judge-secret');
    const prompt = String(request.messages.find((m) => m.role === 'user')?.content);
    expect(prompt).toContain(`Answer: ${answer.content}`);
    expect(prompt).toContain('Question: Please restart web-ui.');
    expect(prompt).toContain('Tool results of this turn:');
    expect(prompt).toMatch(/Fleet state now: \[\{"name":/);
    const row = await (await database().client()).chatMessage.findUniqueOrThrow({ where: { id: BigInt(answer.id) } });
    expect(row.judgeVerdict).toBe('hallucination');
    expect(row.verdict).toBe('hallucination');
  });

  it('a judge that disagrees is counted, and the rules’ verdict stays the answer’s verdict', async () => {
    fake.judgeReply = '```json\n{"verdict": "hallucination", "reason": "I do not trust it."}\n```';
    const { answer } = await answerChat({ sessionId: me.sessionId, model: 'A', message: 'Please restart web-ui, it is degraded.' }, { actor: me, tools: tinyFleetSource() });
    expect(answer.grounding?.verdict).not.toBe('hallucination');
    expect(answer.grounding?.judge).toMatchObject({ verdict: 'hallucination', reason: 'I do not trust it.' });
    const q = await groundingQuality();
    expect(q.judge).toMatchObject({ configured: true, model: 'judge-7b', checks: 2, agreements: 1, disagreements: 1, failures: 0, agreementPct: 50 });
  });

  it('a judge that answers nonsense, fails or hangs leaves the answer with the rules’ verdict alone', async () => {
    fake.judgeReply = 'Looks fine to me!';
    const nonsense = await answerChat({ sessionId: me.sessionId, model: 'A', message: 'How is the fleet doing?' }, { actor: me, tools: tinyFleetSource() });
    expect(nonsense.answer.status).toBe('complete');
    expect(nonsense.answer.grounding?.judge).toBeUndefined();

    fake.mode = 'error';
    const down = await answerChat({ sessionId: me.sessionId, model: 'A', message: 'How is postgres?' }, { actor: me, tools: tinyFleetSource() });
    fake.mode = 'ok';
    expect(down.answer.status).toBe('complete');
    expect(down.answer.grounding?.verdict).toBeDefined();
    expect(down.answer.grounding?.judge).toBeUndefined();

    // A judge that never answers costs GROUNDING_JUDGE_TIMEOUT_MS at most.
    useEnv({ GROUNDING_JUDGE_MODEL: 'slow', GROUNDING_JUDGE_TIMEOUT_MS: '600' }, SINGLETONS);
    const started = Date.now();
    const slow = await answerChat({ sessionId: me.sessionId, model: 'A', message: 'How is web-ui?' }, { actor: me, tools: tinyFleetSource() });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(slow.answer.status).toBe('complete');
    expect(slow.answer.grounding?.judge).toBeUndefined();
    useEnv(judgeEnv(), SINGLETONS);

    const prisma = await database().client();
    const failed = await prisma.chatMessage.count({ where: { sessionId: me.sessionId, judgeVerdict: 'failed' } });
    expect(failed).toBe(3);
    expect((await groundingQuality()).judge).toMatchObject({ checks: 2, failures: 3 });
  });

  it("the judge's verdicts are measured against users' votes too", async () => {
    await recordFeedback({ sessionId: me.sessionId, source: 'chat', answerId: flaggedId, hallucination: true }, me);
    const { judge, live } = await groundingQuality();
    expect(judge.againstUsers).toMatchObject({ votes: 1, truePositives: 1, precision: 1, recall: 1 });
    expect(live).toMatchObject({ votes: 1, truePositives: 1 });
  });

  it('judges ask-both answers as well, and stores the verdicts with them', async () => {
    fake.judgeReply = undefined;
    const result = await askBoth('Please restart web-ui.', { sessionId: 'judge-ask', isAdmin: false });
    for (const a of result.answers) expect(a.grounding?.judge?.model).toBe('judge-7b');
    const rows = await (await database().client()).askAnswer.findMany({ where: { sessionId: 'judge-ask' } });
    expect(rows.map((r) => r.judgeVerdict).sort()).toEqual(result.answers.map((a) => a.grounding!.judge!.verdict).sort());
    // The page gets the verdict inside `grounding`, not the stored column.
    expect(Object.keys(result.answers[0]!)).not.toContain('judgeVerdict');
  });

  it('GROUNDING_JUDGE_MODEL=B judges with Model B’s own server (its slot settings)', async () => {
    fake.judgeReply = undefined;
    useEnv({ GROUNDING_JUDGE_BASE_URL: undefined, GROUNDING_JUDGE_MODEL: 'B', MODEL_B_PROVIDER: 'openai-compatible', MODEL_B_BASE_URL: url, MODEL_B_MODEL: 'judge-b' }, SINGLETONS);
    const { answer } = await answerChat({ sessionId: 'judge-slot', model: 'A', message: 'How is the fleet doing?' }, { actor: me, tools: tinyFleetSource() });
    expect(answer.grounding?.judge).toMatchObject({ model: 'Model B (judge-b)', verdict: 'grounded' });
    expect(fake.requests.at(-1)!.model).toBe('judge-b');
    useEnv({ MODEL_B_PROVIDER: undefined, MODEL_B_BASE_URL: undefined, MODEL_B_MODEL: undefined, ...judgeEnv() }, SINGLETONS);
  });

  it('off by default: no judge request, no second opinion', async () => {
    useEnv({ GROUNDING_JUDGE_BASE_URL: undefined, GROUNDING_JUDGE_MODEL: undefined }, SINGLETONS);
    const before = judgeCalls();
    const { answer } = await answerChat({ sessionId: 'judge-off', model: 'B', message: 'Please restart web-ui.' }, { actor: me, tools: tinyFleetSource() });
    expect(answer.grounding?.judge).toBeUndefined();
    expect(judgeCalls()).toBe(before);
    expect((await groundingQuality()).judge.configured).toBe(false);
    useEnv(judgeEnv(), SINGLETONS);
  });
});
