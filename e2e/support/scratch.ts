import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/** The local server's admin connection (CI and this machine: trust auth on loopback). */
export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/** Temporary data directories for servers of a spec's own; `cleanup()` (in afterAll) removes them all. */
export function scratchDirs(prefix: string): { make(): string; cleanup(): void } {
  const dirs: string[] = [];
  return {
    make() {
      const dir = mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
      dirs.push(dir);
      return dir;
    },
    cleanup() {
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface ScratchDatabase {
  name: string;
  /** A URL object for the new database (change its port to put a relay in front, add a password to carry one). */
  url: URL;
  /** The admin connection, for queries the test makes itself. */
  admin: pg.Client;
  /** Drops the database (WITH FORCE: servers may still hold connections) and closes the admin connection. */
  drop(): Promise<void>;
}

/** A fresh, empty PostgreSQL database for one test, so replicas share it and nothing else does. */
export async function scratchDatabase(prefix: string): Promise<ScratchDatabase> {
  const name = `${prefix}_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url,
    admin,
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
