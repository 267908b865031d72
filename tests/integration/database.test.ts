import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '@/lib/config/load-config';
import { openConnection } from '@/lib/db/connection';
import { Database } from '@/lib/db/database';
import { applyMigrations, readMigrations } from '@/lib/db/migrations';
import { BACKENDS, createPgliteBackend, type TestBackend } from '../support/backends';

// A fresh PGlite applies every migration through the wasm schema engine: on a loaded
// 2-core machine that takes longer than the 5 s a request would wait.
const STARTUP_WAIT_MS = 60_000;

const MIGRATIONS_DIR = path.resolve('prisma/migrations');

// Spied on, not replaced: whether a start loaded the schema engine at all.
vi.mock('@/lib/db/migrations', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/db/migrations')>();
  return { ...actual, applyMigrations: vi.fn(actual.applyMigrations) };
});

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
}

describe.each(BACKENDS)('database on %s', (_name, create) => {
  let backend: TestBackend;
  beforeAll(async () => {
    backend = await create();
  });
  afterAll(async () => {
    await backend?.dispose();
  });

  it('applies every migration at start and records it as prisma migrate deploy does', async () => {
    const db = new Database(backend.config, MIGRATIONS_DIR);
    try {
      const prisma = await db.client(STARTUP_WAIT_MS);
      const rows = await prisma.$queryRawUnsafe<MigrationRow[]>(
        'SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name',
      );
      const list = await readMigrations(MIGRATIONS_DIR);
      expect(rows.map((r) => r.migration_name)).toEqual(list.migrationDirectories.map((d) => d.path));
      for (const row of rows) {
        const sql = await readFile(path.join(MIGRATIONS_DIR, row.migration_name, 'migration.sql'));
        expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
        expect(row.finished_at).not.toBeNull();
        expect(row.rolled_back_at).toBeNull();
        expect(row.applied_steps_count).toBe(1);
      }
      const status = await db.status();
      expect(status).toMatchObject({ ok: true, kind: backend.config.kind, migrations: { pending: [] } });
      expect(status.latencyMs).toBeGreaterThanOrEqual(0);
    } finally {
      await db.close();
    }
  });

  it('keeps data across a restart and applies nothing twice', async () => {
    const first = new Database(backend.config, MIGRATIONS_DIR);
    const prisma = await first.client(STARTUP_WAIT_MS);
    await prisma.chatSession.create({ data: { id: `restart-${backend.name}` } });
    await prisma.auditLog.create({ data: { action: 'test.write', resourceType: 'test', outcome: 'success' } });
    await first.close();

    vi.mocked(applyMigrations).mockClear();
    const second = new Database(backend.config, MIGRATIONS_DIR);
    try {
      const again = await second.client(STARTUP_WAIT_MS);
      // Nothing pending: the schema engine (WebAssembly that stays resident once loaded) is not started.
      expect(applyMigrations).not.toHaveBeenCalled();
      expect(await again.chatSession.findUnique({ where: { id: `restart-${backend.name}` } })).not.toBeNull();
      expect(await again.auditLog.count({ where: { action: 'test.write' } })).toBe(1);
      const rows = await again.$queryRawUnsafe<{ n: bigint | number }[]>('SELECT count(*) AS n FROM _prisma_migrations');
      expect(Number(rows[0]?.n)).toBe((await readMigrations(MIGRATIONS_DIR)).migrationDirectories.length);
    } finally {
      await second.close();
    }
  });

  it('reports a pending migration as not ready', async () => {
    const db = new Database(backend.config, MIGRATIONS_DIR);
    try {
      await db.client(STARTUP_WAIT_MS);
      const prisma = await db.client(STARTUP_WAIT_MS);
      const [latest] = await prisma.$queryRawUnsafe<{ migration_name: string }[]>(
        'SELECT migration_name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1',
      );
      await prisma.$executeRawUnsafe('UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = $1', latest!.migration_name);
      const status = await db.status();
      expect(status.ok).toBe(false);
      expect(status.migrations.pending).toEqual([latest!.migration_name]);
      expect(status.error).toMatch(/not applied/);
      await prisma.$executeRawUnsafe('UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE migration_name = $1', latest!.migration_name);
    } finally {
      await db.close();
    }
  });

  it('runs the schema engine at start when a migration is recorded as rolled back', async () => {
    const first = new Database(backend.config, MIGRATIONS_DIR);
    const prisma = await first.client(STARTUP_WAIT_MS);
    const [latest] = await prisma.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1',
    );
    await prisma.$executeRawUnsafe('UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = $1', latest!.migration_name);
    await first.close();
    vi.mocked(applyMigrations).mockClear();
    const second = new Database(backend.config, MIGRATIONS_DIR);
    try {
      // The engine decides what a rolled-back migration means (migrate deploy re-applies it); the start does not skip it.
      await second.client(STARTUP_WAIT_MS).catch(() => undefined);
      expect(applyMigrations).toHaveBeenCalledTimes(1);
    } finally {
      await second.close();
    }
  });
});

describe('embedded database with the default configuration', () => {
  it('opens PGlite with the small buffer cache that bounds its resident memory', async () => {
    const backend = await createPgliteBackend();
    // What the server opens with no configuration (PGLITE_SHARED_BUFFERS_MB unset).
    const config = parseConfig({ AIMON_DATA_DIR: backend.env.AIMON_DATA_DIR }).database;
    const connection = await openConnection(config);
    try {
      const [row] = await connection.prisma.$queryRawUnsafe<{ shared_buffers: string }[]>('SHOW shared_buffers');
      expect(row?.shared_buffers).toBe('16MB');
      const [set] = await connection.prisma.$queryRawUnsafe<{ source: string }[]>("SELECT source FROM pg_settings WHERE name = 'shared_buffers'");
      expect(set?.source).toBe('command line');
    } finally {
      await connection.close();
      await backend.dispose();
    }
  });
});
