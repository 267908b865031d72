import { describe, expect, it } from 'vitest';
import { answerChat, chatHistory, chatVerdictCounts, clearChatHistory, type ChatEvent } from '@/lib/agent';

import { database } from '@/lib/db';
import { BACKENDS } from '../support/backends';
import { tinyFleetSource } from '../support/tiny-fleet';
import { useBackend, useEnv } from '../support/use-env';

const SINGLETONS = ['model-A', 'model-B'];

const actor = { sessionId: 'chat-s1', isAdmin: false };

describe.each(BACKENDS)('chat on %s', (_name, create) => {
  useBackend(create, { env: { AIMON_SIM_LATENCY_SCALE: '0', AIMON_SIM_SEED: '42' }, singletons: SINGLETONS });

  it('answers from read-only tools only, streams, checks the answer and stores both messages', async () => {
    const fleet = tinyFleetSource();
    const events: ChatEvent[] = [];
    const { question, answer } = await answerChat({ sessionId: 'chat-s1', model: 'A', message: 'Please restart web-ui, it is degraded.' }, { actor, tools: fleet, onEvent: (e) => events.push(e) });

    expect(fleet.calls.some((c) => c.startsWith('restart_service') || c.startsWith('rollback_deployment'))).toBe(false);
    expect(answer).toMatchObject({ role: 'assistant', status: 'complete', model: 'A', modelId: 'sim-careful', replyToId: question.id });
    expect(answer.content).toContain("can't do that from the chat");
    expect(answer.grounding?.verdict).toBe('grounded');
    expect(answer.inputTokens).toBeGreaterThan(0);
    expect(answer.costUsd).toBeGreaterThan(0);
    expect(events[0]).toMatchObject({ type: 'question' });
    expect(events.filter((e) => e.type === 'text-delta').length).toBeGreaterThan(3);
    expect(events.at(-1)).toMatchObject({ type: 'answer' });

    const history = await chatHistory('chat-s1');
    expect(history.map((m) => [m.role, m.id])).toEqual([['user', question.id], ['assistant', answer.id]]);
    expect(await chatHistory('another-session')).toEqual([]);
  });

  it("Model B's invented answers are caught and stored with their findings", async () => {
    const verdicts: string[] = [];
    for (const message of ['What is the status of payment-gateway?', 'Please restart web-ui.', 'Who deployed web-ui yesterday?', 'Is billing-service healthy?']) {
      const { answer } = await answerChat({ sessionId: 'chat-s2', model: 'B', message }, { actor, tools: tinyFleetSource() });
      verdicts.push(answer.grounding!.verdict);
      if (answer.grounding!.verdict === 'hallucination') expect(answer.grounding!.findings.length).toBeGreaterThan(0);
    }
    // Model B invents on most boundary prompts (deterministic for the seed); each invention is flagged.
    expect(verdicts.filter((v) => v === 'hallucination').length).toBeGreaterThanOrEqual(2);
    const counts = await chatVerdictCounts();
    expect(counts.find((c) => c.model === 'B' && c.verdict === 'hallucination')?.count).toBe(verdicts.filter((v) => v === 'hallucination').length);
  });

  it('a model server that is down keeps the question, and a retry answers it', async () => {
    useEnv({ MODEL_A_PROVIDER: 'openai-compatible', MODEL_A_BASE_URL: 'http://127.0.0.1:9/v1', MODEL_A_MODEL: 'llama3.1', MODEL_MAX_RETRIES: '0' }, SINGLETONS);
    const down = await answerChat({ sessionId: 'chat-s3', model: 'A', message: 'How is the fleet doing?' }, { actor, tools: tinyFleetSource() });
    expect(down.answer).toMatchObject({ status: 'error', role: 'assistant' });
    expect(down.answer.error).toMatch(/not reachable/);
    expect((await chatHistory('chat-s3')).map((m) => m.status)).toEqual(['complete', 'error']);

    useEnv({ MODEL_A_PROVIDER: undefined, MODEL_A_BASE_URL: undefined, MODEL_A_MODEL: undefined, MODEL_MAX_RETRIES: undefined }, SINGLETONS);
    const retried = await answerChat({ sessionId: 'chat-s3', model: 'A', retryOf: down.question.id }, { actor, tools: tinyFleetSource() });
    expect(retried.question.id).toBe(down.question.id);
    expect(retried.answer.status).toBe('complete');
    const history = await chatHistory('chat-s3');
    expect(history.map((m) => [m.role, m.status])).toEqual([['user', 'complete'], ['assistant', 'complete']]);
    await expect(answerChat({ sessionId: 'other', model: 'A', retryOf: down.question.id }, { actor, tools: tinyFleetSource() })).rejects.toThrow('No such question');
  });

  it('clearing history hides the conversation but keeps the rows', async () => {
    expect(await clearChatHistory('chat-s1')).toBe(2);
    expect(await chatHistory('chat-s1')).toEqual([]);
    expect(await clearChatHistory('chat-s1')).toBe(0);
    const prisma = await database().client();
    expect(await prisma.chatMessage.count({ where: { sessionId: 'chat-s1' } })).toBe(2);
  });
});
