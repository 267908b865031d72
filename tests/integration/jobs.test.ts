import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { databaseLeases } from '@/lib/jobs/lease';
import { pruneRetention } from '@/lib/jobs/retention';
import { BACKENDS } from '../support/backends';
import { useBackend } from '../support/use-env';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const DAY = 86_400_000;

describe.each(BACKENDS)('job leases and retention on %s', (_name, create) => {
  useBackend(create);

  it('grants a lease to one holder until it expires or is released, renews it for that holder', async () => {
    // Long leases where the holder must not change (a busy machine must not expire them mid-test).
    expect(await databaseLeases.acquire('evaluate', 'a', 60_000)).toBe('a');
    expect(await databaseLeases.acquire('evaluate', 'b', 60_000)).toBe('a');
    expect(await databaseLeases.acquire('evaluate', 'a', 60_000)).toBe('a'); // renewed
    // A short one that lapses: another holder takes it.
    expect(await databaseLeases.acquire('snapshot', 'a', 200)).toBe('a');
    await sleep(400);
    expect(await databaseLeases.acquire('snapshot', 'b', 60_000)).toBe('b');
    await databaseLeases.release('snapshot', 'a'); // not a's any more: no effect
    expect(await databaseLeases.acquire('snapshot', 'a', 60_000)).toBe('b');
    await databaseLeases.release('snapshot', 'b');
    expect(await databaseLeases.acquire('snapshot', 'a', 60_000)).toBe('a');
    // Other jobs have leases of their own.
    expect(await databaseLeases.acquire('retention', 'b', 60_000)).toBe('b');
  });

  it('deletes finished runs, ask-both answers, fleet log lines, soft-deleted sessions, audit rows and chat messages past retention, and keeps the rest', async () => {
    const prisma = await db();
    const now = Date.now();
    const old = new Date(now - 40 * DAY);
    const run = (id: string, createdAt: Date, status: string) => ({ id, createdAt, modelSlot: 'A', modelId: 'sim', scenario: 'health-check', goal: 'g', status, servicesAffected: [] });
    await prisma.workflowRun.createMany({ data: [run('old-done', old, 'succeeded'), run('old-running', old, 'running'), run('new-done', new Date(now), 'succeeded')] });
    // Log archives: one the new run's snapshot names, one nobody names (old enough to go), one nobody names yet (just made).
    await prisma.runFleetSnapshot.create({ data: { runId: 'new-done', takenAt: new Date(now), fleet: {}, logsKey: 'named' } });
    await prisma.fleetLogArchive.createMany({ data: [
      { key: 'named', createdAt: old, logs: {} },
      { key: 'orphan', createdAt: new Date(now - 2 * 3_600_000), logs: {} },
      { key: 'fresh', createdAt: new Date(now), logs: {} },
    ] });
    await prisma.fleetLog.createMany({ data: [
      { service: 'redis', at: new Date(now - 49 * 3_600_000), level: 'info', severity: 1, message: 'old' },
      { service: 'redis', at: new Date(now - 3_600_000), level: 'info', severity: 1, message: 'new' },
    ] });
    await prisma.chatSession.createMany({ data: [
      { id: 'gone-long-ago', deletedAt: old },
      { id: 'gone-yesterday', deletedAt: new Date(now - DAY) },
      { id: 'alive' },
    ] });
    const ask = (id: string, createdAt: Date) => ({ id, createdAt, prompt: 'p', modelSlot: 'B', modelId: 'sim', text: 't', latencyMs: 1, inputTokens: 1, outputTokens: 1, costUsd: 0, verdict: 'grounded' });
    await prisma.askAnswer.createMany({ data: [ask('00000000-0000-4000-8000-00000000000a', old), ask('00000000-0000-4000-8000-00000000000b', new Date(now))] });
    // A vote on the old answer goes with it.
    await prisma.answerFeedback.create({ data: { sessionId: 's', source: 'ask', askAnswerId: '00000000-0000-4000-8000-00000000000a', modelSlot: 'B', rating: 'up', detectorVerdict: 'grounded' } });
    const audit = (action: string, createdAt: Date) => ({ action, createdAt, resourceType: 'workflow', outcome: 'success' });
    await prisma.auditLog.createMany({ data: [audit('old', new Date(now - 91 * DAY)), audit('kept', new Date(now - 89 * DAY))] });
    await prisma.chatMessage.createMany({ data: [
      { sessionId: 'alive', role: 'user', content: 'old question', createdAt: new Date(now - 31 * DAY) },
      { sessionId: 'alive', role: 'user', content: 'new question', createdAt: new Date(now - DAY) },
    ] });
    const detail = await pruneRetention({ failureThreshold: 3, resourcesIntervalMs: 5_000, retentionIntervalMs: 60_000, workflowRetentionDays: 30, fleetLogRetentionHours: 48, softDeleteRetentionDays: 30, auditRetentionDays: 90, chatRetentionDays: 30 }, now);
    expect(detail).toBe('deleted 1 workflow run(s), 1 fleet log archive(s), 1 ask-both answer(s), 1 fleet log line(s), 1 deleted session(s), 1 audit row(s), 1 chat message(s), 0 compare hour row(s), 0 ended admin login(s)');
    expect((await prisma.auditLog.findMany({ select: { action: true } })).map((a) => a.action)).toEqual(['kept']);
    expect((await prisma.chatMessage.findMany({ select: { content: true } })).map((m) => m.content)).toEqual(['new question']);
    expect((await prisma.askAnswer.findMany({ select: { id: true } })).map((a) => a.id)).toEqual(['00000000-0000-4000-8000-00000000000b']);
    expect(await prisma.answerFeedback.count()).toBe(0);
    expect((await prisma.workflowRun.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((r) => r.id)).toEqual(['new-done', 'old-running']);
    expect((await prisma.fleetLog.findMany({ where: { service: 'redis' } })).map((l) => l.message)).toEqual(['new']);
    expect((await prisma.fleetLogArchive.findMany({ select: { key: true }, orderBy: { key: 'asc' } })).map((a) => a.key)).toEqual(['fresh', 'named']);
    expect((await prisma.chatSession.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((s) => s.id)).toEqual(['alive', 'gone-yesterday']);
  });
});
