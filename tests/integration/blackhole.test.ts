import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asDatabaseUnavailable, Database, DatabaseUnavailableError } from '@/lib/db/database';
import { createPostgresBackend, type TestBackend } from '../support/backends';
import { tcpRelay } from '../support/tcp-relay';

/**
 * A silent PostgreSQL: the network drops every packet instead of refusing, so
 * nothing ever errors by itself. Each call must still end within the request
 * budget (3 s) as a DatabaseUnavailableError, and the database must be used
 * again once it answers, although the connections caught in the silence never
 * close.
 */
describe('PostgreSQL behind a blackhole', () => {
  let backend: TestBackend;
  beforeAll(async () => {
    backend = await createPostgresBackend();
  });
  afterAll(async () => {
    await backend?.dispose();
  });

  async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; error: unknown }> {
    const started = Date.now();
    try {
      await fn();
      return { ms: Date.now() - started, error: undefined };
    } catch (error) {
      return { ms: Date.now() - started, error };
    }
  }

  it('answers every query within 3 s as unavailable, then recovers by itself', async () => {
    const url = new URL(backend.config.kind === 'postgres' ? backend.config.url : '');
    const relay = await tcpRelay(Number(url.port || 5432));
    url.port = String(relay.port);
    const db = new Database(
      { kind: 'postgres', url: url.toString(), poolMax: 4, connectTimeoutMs: 1_000, queryTimeoutMs: 1_500 },
      path.resolve('prisma/migrations'),
    );
    try {
      const prisma = await db.client(30_000);
      // Warm the pool: these connections will be caught in the blackhole.
      await Promise.all([1, 2, 3].map(() => prisma.chatSession.count()));
      expect((await db.status()).ok).toBe(true);

      relay.blackhole();
      const calls = await Promise.all([
        timed(() => prisma.chatSession.count()),
        timed(() => prisma.chatSession.create({ data: { id: 'held-1' } })),
        timed(async () => (await db.client()).monitoringAlert.findMany()),
        timed(() => prisma.$transaction(async (tx) => tx.chatSession.count())),
      ]);
      for (const call of calls) {
        expect(call.ms).toBeLessThan(3_000);
        const outage = asDatabaseUnavailable(call.error);
        expect(outage, String(call.error)).toBeInstanceOf(DatabaseUnavailableError);
        expect(outage!.reason).toMatch(/^database (unreachable|too slow)/);
        expect(outage!.reason).not.toContain(String(relay.port));
      }
      // Once found away, callers are refused at once, without touching the network.
      const fast = await timed(() => db.client());
      expect(fast.error).toBeInstanceOf(DatabaseUnavailableError);
      expect(fast.ms).toBeLessThan(50);
      const later = await timed(() => prisma.chatSession.count());
      expect(asDatabaseUnavailable(later.error)).toBeInstanceOf(DatabaseUnavailableError);
      expect(later.ms).toBeLessThan(50);
      const status = await timed(() => db.status());
      expect(status.ms).toBeLessThan(3_000);
      const down = await db.status();
      expect(down).toMatchObject({ ok: false, migrations: { applied: null, pending: null } });
      expect(down.error).toMatch(/^database unreachable/);
      expect(relay.silenced).toBeGreaterThan(0);

      relay.heal();
      const deadline = Date.now() + 10_000;
      let back = await db.status();
      while (!back.ok && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        back = await db.status();
      }
      expect(back).toMatchObject({ ok: true, migrations: { pending: [] } });
      const again = await db.client();
      expect(await again.chatSession.count()).toBe(0);
      expect(await Promise.all([1, 2, 3, 4, 5].map(() => again.chatSession.count()))).toEqual([0, 0, 0, 0, 0]);
    } finally {
      await db.close();
      await relay.stop();
    }
  });

  it('one slow query is not an outage: the circuit closes again once the server answers a probe', async () => {
    const db = new Database(
      { ...(backend.config as Extract<TestBackend['config'], { kind: 'postgres' }>), queryTimeoutMs: 300 },
      path.resolve('prisma/migrations'),
    );
    try {
      const prisma = await db.client(30_000);
      const slow = await timed(() => prisma.$queryRawUnsafe('SELECT pg_sleep(2)'));
      expect(asDatabaseUnavailable(slow.error)).toBeInstanceOf(DatabaseUnavailableError);
      expect(slow.ms).toBeLessThan(1_500);
      const deadline = Date.now() + 5_000;
      let status = await db.status();
      while (!status.ok && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        status = await db.status();
      }
      expect(status.ok).toBe(true);
      expect(await prisma.chatSession.count()).toBe(0);
    } finally {
      await db.close();
    }
  });
});
