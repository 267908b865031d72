import { readFileSync } from 'node:fs';
import { logs, type LogRecord, type Logger, type LoggerProvider } from '@opentelemetry/api-logs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerChat, chatHistory } from '@/lib/agent';
import { listAudit } from '@/lib/audit';
import { askBoth } from '@/lib/compare';
import { database } from '@/lib/db';
import { groundingQuality, recordFeedback } from '@/lib/feedback';
import { resetFleetForTests } from '@/lib/fleet';
import { BACKENDS } from '../support/backends';
import { useBackend, useEnv } from '../support/use-env';
import { tinyFleetSource } from '../support/tiny-fleet';

// What trackEvent hands to OpenTelemetry's logs API (the exporters' side is tested in e2e/telemetry.spec.ts).
const emitted: LogRecord[] = [];
const recorder: LoggerProvider = { getLogger: (): Logger => ({ emit: (record) => void emitted.push(record), enabled: () => true }) };
beforeAll(() => {
  logs.setGlobalLoggerProvider(recorder);
});
afterAll(() => logs.disable());

const KQL = readFileSync('deploy/kql/feedback-vs-detector.kql', 'utf8');

describe.each(BACKENDS)('feedback on answers on %s', (_name, create) => {
  useBackend(create);
  beforeAll(() => {
    // The cache too: the other backend's figures must not answer for this one.
    useEnv({ AIMON_SIM_LATENCY_SCALE: '0', AIMON_SIM_SEED: '42', MCP_URL: undefined }, ['model-A', 'model-B', 'shared-cache']);
    resetFleetForTests();
  });

  const me = { sessionId: 'fb-me', isAdmin: false, ip: '10.0.0.1' };
  let flagged: string;
  let clean: string;

  it('a vote on a chat answer moves the live precision and recall; changing it is the same vote', async () => {
    // Model B claims a restart chat cannot do (flagged); Model A refuses (not flagged).
    const b = await answerChat({ sessionId: me.sessionId, model: 'B', message: 'Please restart web-ui.' }, { actor: me, tools: tinyFleetSource() });
    const a = await answerChat({ sessionId: me.sessionId, model: 'A', message: 'Please restart web-ui, it is degraded.' }, { actor: me, tools: tinyFleetSource() });
    expect(b.answer.grounding?.verdict).toBe('hallucination');
    expect(a.answer.grounding?.verdict).not.toBe('hallucination');
    flagged = b.answer.id;
    clean = a.answer.id;

    const before = await groundingQuality();
    expect(before.live).toMatchObject({ votes: 0, precision: null, recall: null });

    const vote = await recordFeedback({ sessionId: me.sessionId, source: 'chat', answerId: flagged, hallucination: true }, me);
    expect(vote).toMatchObject({ kind: 'ok', feedback: { hallucination: true, rating: null } });
    let q = await groundingQuality();
    expect(q.live).toMatchObject({ votes: 1, truePositives: 1, precision: 1, recall: 1 });
    expect(q.live.perModel.B).toMatchObject({ votes: 1, truePositives: 1 });
    expect(q.live.perModel.A.votes).toBe(0);

    // Changed mind: still one vote on that answer, now a false alarm.
    await recordFeedback({ sessionId: me.sessionId, source: 'chat', answerId: flagged, hallucination: false }, me);
    q = await groundingQuality();
    expect(q.live).toMatchObject({ votes: 1, truePositives: 0, falsePositives: 1, precision: 0, recall: null });

    // Back to "hallucination", and the unflagged answer called one too: a miss.
    await recordFeedback({ sessionId: me.sessionId, source: 'chat', answerId: flagged, hallucination: true }, me);
    await recordFeedback({ sessionId: me.sessionId, source: 'chat', answerId: clean, hallucination: true }, me);
    q = await groundingQuality();
    expect(q.live).toMatchObject({ votes: 2, truePositives: 1, falseNegatives: 1, precision: 1, recall: 0.5 });

    const prisma = await database().client();
    expect(await prisma.answerFeedback.count({ where: { sessionId: me.sessionId } })).toBe(2);
  });

  it('thumbs are their own question: giving one keeps the hallucination vote, null takes it back', async () => {
    await recordFeedback({ sessionId: me.sessionId, source: 'chat', answerId: clean, rating: 'up' }, me);
    const down = await recordFeedback({ sessionId: me.sessionId, source: 'chat', answerId: flagged, rating: 'down' }, me);
    expect(down).toMatchObject({ feedback: { rating: 'down', hallucination: true } });
    let q = await groundingQuality();
    expect(q.live).toMatchObject({ thumbsUp: 1, thumbsDown: 1, votes: 2 });
    await recordFeedback({ sessionId: me.sessionId, source: 'chat', answerId: clean, rating: null, hallucination: null }, me);
    q = await groundingQuality();
    expect(q.live).toMatchObject({ thumbsUp: 0, thumbsDown: 1, votes: 1, falseNegatives: 0, recall: 1 });

    // The history shows this session its own votes.
    const history = await chatHistory(me.sessionId);
    expect(history.find((m) => m.id === flagged)?.feedback).toMatchObject({ rating: 'down', hallucination: true });
    expect(history.find((m) => m.id === clean)?.feedback).toMatchObject({ rating: null, hallucination: null });
  });

  it("only a session's own, checked answers can be voted on", async () => {
    const other = { sessionId: 'fb-other', isAdmin: false };
    expect(await recordFeedback({ sessionId: other.sessionId, source: 'chat', answerId: flagged, hallucination: false }, other)).toEqual({ kind: 'not_found' });
    const questionId = (await chatHistory(me.sessionId)).find((m) => m.role === 'user')!.id;
    expect(await recordFeedback({ sessionId: me.sessionId, source: 'chat', answerId: questionId, rating: 'up' }, me)).toEqual({ kind: 'not_found' });
    expect(await recordFeedback({ sessionId: me.sessionId, source: 'chat', answerId: '999999999', rating: 'up' }, me)).toEqual({ kind: 'not_found' });
    expect(await recordFeedback({ sessionId: me.sessionId, source: 'ask', answerId: '00000000-0000-4000-8000-000000000000', rating: 'up' }, me)).toEqual({ kind: 'not_found' });
    expect((await groundingQuality()).live.votes).toBe(1);
  });

  it('ask-both answers are stored with an id, and votes on them count with the chat ones', async () => {
    const asker = { sessionId: 'fb-asker', isAdmin: false };
    const result = await askBoth('Please restart web-ui.', asker);
    expect(result.answers.map((a) => a.slot)).toEqual(['A', 'B']);
    for (const a of result.answers) expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    const prisma = await database().client();
    const rows = await prisma.askAnswer.findMany({ where: { sessionId: asker.sessionId }, orderBy: { modelSlot: 'asc' } });
    expect(rows.map((r) => [r.modelSlot, r.verdict, r.prompt])).toEqual(result.answers.map((a) => [a.slot, a.grounding?.verdict ?? null, 'Please restart web-ui.']));

    const b = result.answers.find((a) => a.slot === 'B')!;
    const before = (await groundingQuality()).live;
    await recordFeedback({ sessionId: asker.sessionId, source: 'ask', answerId: b.id!, hallucination: true }, asker);
    const after = (await groundingQuality()).live;
    expect(after.votes).toBe(before.votes + 1);
    const bFlagged = b.grounding?.verdict === 'hallucination';
    expect(after.truePositives - before.truePositives).toBe(bFlagged ? 1 : 0);
    expect(after.falseNegatives - before.falseNegatives).toBe(bFlagged ? 0 : 1);
    // Someone else's ask-both answer is not theirs to vote on.
    expect(await recordFeedback({ sessionId: me.sessionId, source: 'ask', answerId: b.id!, hallucination: false }, me)).toEqual({ kind: 'not_found' });
  });

  it('every vote is audited and emitted as feedback.submitted with the dimensions the KQL query reads', async () => {
    const audit = await listAudit({ action: 'feedback.vote', limit: 100 });
    expect(audit.length).toBeGreaterThanOrEqual(8);
    expect(audit.every((e) => e.outcome === 'success' && (e.resourceType === 'chat_message' || e.resourceType === 'ask_answer'))).toBe(true);
    expect(audit.find((e) => e.resourceId === flagged)?.details).toMatchObject({ model: 'B', detectorVerdict: 'hallucination' });

    const events = emitted.filter((r) => r.attributes?.['event.name'] === 'feedback.submitted');
    expect(events.length).toBeGreaterThanOrEqual(8);
    const last = events.at(-1)!.attributes!;
    expect(last).toMatchObject({ 'microsoft.custom_event.name': 'feedback.submitted', 'aimon.answer.source': 'ask', 'aimon.feedback.hallucination': 'yes' });
    // No session id in telemetry: the voter key stands in for it.
    expect(JSON.stringify(events.map((e) => e.attributes))).not.toContain('fb-asker');
    for (const [, field] of KQL.matchAll(/customDimensions\["([^"]+)"\]/g)) expect(Object.keys(last)).toContain(field);
  });
});
