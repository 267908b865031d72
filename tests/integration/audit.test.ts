import { afterEach, describe, expect, it } from 'vitest';
import { auditWriteFailures, listAudit, recordAudit } from '@/lib/audit';
import { database } from '@/lib/db';
import { clearProcessSingleton } from '@/lib/runtime/process-singleton';
import { BACKENDS } from '../support/backends';
import { useBackend, useEnv } from '../support/use-env';

describe.each(BACKENDS)('audit trail on %s', (_name, create) => {
  useBackend(create);

  it('records who did what, when, with what outcome', async () => {
    const before = new Date();
    await recordAudit({
      actor: { sessionId: 'sess-1', isAdmin: true, ip: '10.0.0.7' },
      action: 'fault.inject',
      resourceType: 'service',
      resourceId: 'model-a',
      outcome: 'success',
      details: { kind: 'crash' },
    });
    await recordAudit({
      actor: { sessionId: 'sess-2', isAdmin: false, ip: '10.0.0.8' },
      action: 'fault.inject',
      resourceType: 'service',
      resourceId: 'model-a',
      outcome: 'denied',
      error: 'forbidden',
    });
    const entries = await listAudit({ action: 'fault.inject' });
    expect(entries).toHaveLength(2);
    const [latest, first] = entries;
    expect(latest).toMatchObject({ sessionId: 'sess-2', isAdmin: false, outcome: 'denied', error: 'forbidden' });
    expect(first).toMatchObject({
      sessionId: 'sess-1',
      isAdmin: true,
      ip: '10.0.0.7',
      resourceType: 'service',
      resourceId: 'model-a',
      outcome: 'success',
      details: { kind: 'crash' },
    });
    expect(new Date(first!.createdAt).getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(await listAudit({ sessionId: 'sess-1' })).toHaveLength(1);
  });

  it('keeps a row whose text holds NUL characters (which PostgreSQL cannot store), with them made visible', async () => {
    const failuresBefore = auditWriteFailures();
    await recordAudit({
      actor: { sessionId: 'sess-nul', isAdmin: true },
      action: 'debug.tool_call',
      resourceType: 'mcp_tool',
      resourceId: 'get_logs\u0000',
      outcome: 'failure',
      error: 'bad\u0000input',
      details: { args: { service: 'web\u0000ui', ['k\u0000']: ['\u0000'] } },
    });
    expect(auditWriteFailures()).toBe(failuresBefore);
    const [row] = await listAudit({ sessionId: 'sess-nul' });
    expect(row).toMatchObject({
      resourceId: 'get_logs\uFFFD',
      error: 'bad\uFFFDinput',
      details: { args: { service: 'web\uFFFDui', ['k\uFFFD']: ['\uFFFD'] } },
    });
  });
});

describe('audit trail when the database is down', () => {
  afterEach(async () => {
    await database().close();
    clearProcessSingleton('database');
  });

  it('never throws, counts the failure and keeps the entry in the log', async () => {
    useEnv({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/nowhere', DATABASE_CONNECT_TIMEOUT_MS: '500' });
    const failuresBefore = auditWriteFailures();
    await expect(
      recordAudit({ actor: { isAdmin: false }, action: 'chat.clear', resourceType: 'chat_session', outcome: 'success' }),
    ).resolves.toBeUndefined();
    expect(auditWriteFailures()).toBe(failuresBefore + 1);
  });
});
