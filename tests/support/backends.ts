import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseConfig } from '@/lib/config';

/**
 * The two databases every integration test runs against: embedded PGlite in a
 * fresh temporary directory, and the real PostgreSQL (a fresh database created
 * for the run and dropped afterwards).
 */
export interface TestBackend {
  name: 'pglite' | 'postgres';
  config: DatabaseConfig;
  /** The environment that makes lib/config choose this backend. */
  env: Record<string, string | undefined>;
  dispose(): Promise<void>;
}

export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export async function createPgliteBackend(): Promise<TestBackend> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'aimon-it-'));
  return {
    name: 'pglite',
    config: { kind: 'embedded', dataDir: path.join(dir, 'pglite') },
    env: { AIMON_DATA_DIR: dir, DATABASE_URL: undefined },
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

export async function createPostgresBackend(): Promise<TestBackend> {
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 5_000 });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `The integration suite needs PostgreSQL at ${POSTGRES_ADMIN_URL} (set TEST_POSTGRES_URL to use another): ${(error as Error).message}`,
    );
  }
  const name = `aimon_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'aimon-it-'));
  return {
    name: 'postgres',
    config: { kind: 'postgres', url: url.toString(), poolMax: 4, connectTimeoutMs: 3_000, queryTimeoutMs: 10_000 },
    env: { AIMON_DATA_DIR: dir, DATABASE_URL: url.toString() },
    dispose: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export const BACKENDS = [
  ['pglite', createPgliteBackend],
  ['postgres', createPostgresBackend],
] as const;
