import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { auditOutbox, auditWriteStatus, decodeAuditCursor, listAudit, listAuditPage, recordAudit } from '@/lib/audit';
import { database, db } from '@/lib/db';
import { clearProcessSingleton } from '@/lib/runtime';
import { BACKENDS, createPostgresBackend, type TestBackend } from '../support/backends';
import { useBackend, useEnv } from '../support/use-env';
import { tcpRelay } from '../support/tcp-relay';

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

  it('pages through the trail newest first: every row once, none skipped, even rows sharing one timestamp', async () => {
    // Rows written in one burst (an outbox flush) share a millisecond: the cursor carries the id too.
    const prisma = await db();
    const at = new Date('2026-11-30T12:00:00.000Z');
    await prisma.auditLog.createMany({
      data: Array.from({ length: 23 }, (_, i) => ({ createdAt: i < 10 ? at : new Date(at.getTime() + i), action: 'page.test', resourceType: 'test', resourceId: String(i), outcome: 'success' })),
    });
    const seen: string[] = [];
    let next: string | null | undefined;
    let pages = 0;
    do {
      const page = await listAuditPage({ action: 'page.test', limit: 4, before: next ? decodeAuditCursor(next) : undefined });
      seen.push(...page.entries.map((e) => e.resourceId!));
      for (let i = 1; i < page.entries.length; i++) expect(page.entries[i - 1]!.createdAt >= page.entries[i]!.createdAt).toBe(true);
      next = page.next;
      pages += 1;
    } while (next);
    expect(pages).toBe(6);
    expect(seen.slice().sort((a, b) => Number(a) - Number(b))).toEqual([...Array(23).keys()].map(String));
    expect(new Set(seen).size).toBe(23);
    // An exact fit has no next page rather than an empty one.
    expect((await listAuditPage({ action: 'page.test', limit: 23 })).next).toBeNull();
    expect(decodeAuditCursor('not-a-cursor')).toBeUndefined();
    // Nineteen digits past PostgreSQL's bigint: refused here, not by the database.
    expect(decodeAuditCursor('1764849600000.9999999999999999999')).toBeUndefined();
    expect((await listAuditPage({ action: 'page.test', limit: 2, before: decodeAuditCursor('1764849600000.9223372036854775807') })).entries).toHaveLength(0);
  });

  it('keeps a row whose text holds NUL characters (which PostgreSQL cannot store), with them made visible', async () => {
    const before = auditWriteStatus();
    await recordAudit({
      actor: { sessionId: 'sess-nul', isAdmin: true },
      action: 'debug.tool_call',
      resourceType: 'mcp_tool',
      resourceId: 'get_logs\u0000',
      outcome: 'failure',
      error: 'bad\u0000input',
      details: { args: { service: 'web\u0000ui', ['k\u0000']: ['\u0000'] } },
    });
    expect(auditWriteStatus()).toEqual(before);
    const [row] = await listAudit({ sessionId: 'sess-nul' });
    expect(row).toMatchObject({
      resourceId: 'get_logs\uFFFD',
      error: 'bad\uFFFDinput',
      details: { args: { service: 'web\uFFFDui', ['k\uFFFD']: ['\uFFFD'] } },
    });
  });
});

describe('audit trail through a database outage', () => {
  let backend: TestBackend;
  let relay: Awaited<ReturnType<typeof tcpRelay>>;
  let dataDir: string;
  beforeAll(async () => {
    backend = await createPostgresBackend();
    const url = new URL(backend.env.DATABASE_URL!);
    relay = await tcpRelay(Number(url.port || 5432));
    url.port = String(relay.port);
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'aimon-outbox-'));
    useEnv({ DATABASE_URL: url.toString(), AIMON_DATA_DIR: dataDir, DATABASE_CONNECT_TIMEOUT_MS: '500' }, ['database', 'audit-outbox']);
    await database().start();
  });
  afterAll(async () => {
    auditOutbox().close();
    await database().close();
    clearProcessSingleton('database');
    clearProcessSingleton('audit-outbox');
    await relay.stop();
    await backend.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const entry = (i: number) => ({
    actor: { sessionId: `outage-${i}`, isAdmin: true, ip: '10.0.0.9' },
    action: 'chaos.set',
    resourceType: 'chaos',
    outcome: 'success' as const,
    details: { i },
  });

  it('keeps every row on disk while the database is away and writes them all, with their own time, when it is back', async () => {
    await relay.stop();
    const cutAt = Date.now();
    for (let i = 0; i < 12; i++) await expect(recordAudit(entry(i))).resolves.toBeUndefined();
    expect(auditWriteStatus()).toMatchObject({ pending: 12, lost: 0 });
    expect(existsSync(path.join(dataDir, 'audit-outbox.jsonl'))).toBe(true);

    // A restart while the rows wait: a new process (a fresh outbox) takes them over.
    auditOutbox().close();
    clearProcessSingleton('audit-outbox');
    for (let i = 12; i < 15; i++) await recordAudit(entry(i));
    expect(auditWriteStatus()).toMatchObject({ pending: 15, lost: 0 });

    await relay.start();
    const deadline = Date.now() + 30_000;
    while (auditWriteStatus().pending > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(auditWriteStatus()).toEqual({ pending: 0, writtenLate: 15, lost: 0 });
    const rows = await listAudit({ action: 'chaos.set', limit: 100 });
    expect(rows.map((r) => (r.details as { i: number }).i).sort((a, b) => a - b)).toEqual([...Array(15).keys()]);
    // Each row carries the time it happened, during the outage, not the time it was written.
    for (const row of rows) expect(new Date(row.createdAt).getTime()).toBeLessThan(cutAt + 10_000);
    expect(readdirSync(dataDir).filter((f) => f.startsWith('audit-outbox'))).toEqual([]);
  });
});
