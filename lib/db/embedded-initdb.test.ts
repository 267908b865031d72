import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { initialiseInChild, isInitialised } from './embedded-initdb';

const root = mkdtempSync(path.join(os.tmpdir(), 'aimon-initdb-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function query(dataDir: string): Promise<number> {
  const db = await PGlite.create(dataDir);
  try {
    return (await db.query<{ n: number }>('SELECT 40 + 2 AS n')).rows[0]!.n;
  } finally {
    await db.close();
  }
}

describe('initialiseInChild', () => {
  it('initialises a new data directory in a child process, which this process then opens', async () => {
    const dataDir = path.join(root, 'new', 'pglite');
    expect(await initialiseInChild(dataDir, [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'])).toBe('child');
    expect(isInitialised(dataDir)).toBe(true);
    // Nothing of the staging directory is left beside it.
    expect(readdirSync(path.dirname(dataDir))).toEqual(['pglite']);
    expect(await query(dataDir)).toBe(42);
  }, 120_000);

  it('two opens at once share one child, and no staging directory is left', async () => {
    const dataDir = path.join(root, 'twice', 'pglite');
    const outcomes = await Promise.all([initialiseInChild(dataDir, PGlite.defaultStartParams), initialiseInChild(dataDir, PGlite.defaultStartParams)]);
    expect(outcomes).toEqual(['child', 'child']);
    expect(readdirSync(path.dirname(dataDir))).toEqual(['pglite']);
    expect(await query(dataDir)).toBe(42);
  }, 120_000);

  it('takes the place of an empty directory someone made first', async () => {
    const dataDir = path.join(root, 'empty', 'pglite');
    mkdirSync(dataDir, { recursive: true });
    expect(await initialiseInChild(dataDir, PGlite.defaultStartParams)).toBe('child');
    expect(await query(dataDir)).toBe(42);
  }, 120_000);

  it('leaves an initialised directory and its data alone', async () => {
    const dataDir = path.join(root, 'new', 'pglite');
    const db = await PGlite.create(dataDir);
    await db.exec('CREATE TABLE kept (v int); INSERT INTO kept VALUES (7)');
    await db.close();
    expect(await initialiseInChild(dataDir, PGlite.defaultStartParams)).toBe('existing');
    const again = await PGlite.create(dataDir);
    expect((await again.query<{ v: number }>('SELECT v FROM kept')).rows).toEqual([{ v: 7 }]);
    await again.close();
  }, 120_000);

  it('never renames over a directory holding something else: the caller opens it as before', async () => {
    const dataDir = path.join(root, 'occupied', 'pglite');
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(path.join(dataDir, 'notes.txt'), 'not a database');
    expect(await initialiseInChild(dataDir, PGlite.defaultStartParams)).toBe('in-process');
    expect(readdirSync(dataDir)).toEqual(['notes.txt']);
    expect(readdirSync(path.dirname(dataDir))).toEqual(['pglite']);
  }, 120_000);

  it('a child that fails leaves no half-made directory behind', async () => {
    // An invalid server setting makes the child's PostgreSQL refuse to start.
    const dataDir = path.join(root, 'failing', 'pglite');
    expect(await initialiseInChild(dataDir, [...PGlite.defaultStartParams, '-c', 'shared_buffers=not-a-size'])).toBe('in-process');
    expect(existsSync(dataDir)).toBe(false);
    expect(existsSync(path.dirname(dataDir)) ? readdirSync(path.dirname(dataDir)) : []).toEqual([]);
  }, 120_000);
});
