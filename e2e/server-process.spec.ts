import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { spawnServer, waitFor, waitReady } from './support/server-process';

const ADMIN_TOKEN = 'process-spec-admin-token-42';
const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

test.describe.configure({ timeout: 120_000 });

let dataDir: string;
test.beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'aimon-proc-'));
});
test.afterEach(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

function cookieOf(response: Response): string {
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
}

test('a restart keeps sessions, admin rights and audit rows', async () => {
  const env = { AIMON_DATA_DIR: dataDir, ADMIN_TOKEN };
  // On an empty data directory: the first start creates and migrates the database.
  const first = await spawnServer(env, { freshDatabase: true });
  let cookie: string;
  let sessionId: string;
  try {
    expect((await waitReady(first)).status).toBe(200);
    const created = await fetch(`${first.url}/api/session`);
    cookie = cookieOf(created);
    sessionId = (await created.json()).session.id;
    const login = await fetch(`${first.url}/api/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ token: ADMIN_TOKEN }),
    });
    expect(login.status).toBe(200);
    cookie = cookieOf(login) || cookie;
  } finally {
    await first.stop();
  }

  const second = await spawnServer(env);
  try {
    expect((await waitReady(second)).status).toBe(200);
    const again = await (await fetch(`${second.url}/api/session`, { headers: { cookie } })).json();
    expect(again.session).toMatchObject({ id: sessionId, isAdmin: true });
    const audit = await fetch(`${second.url}/api/admin/audit?action=admin.login`, { headers: { cookie } });
    const { entries } = await audit.json();
    expect(entries).toEqual([expect.objectContaining({ sessionId, outcome: 'success' })]);
    // The generated session secret was reused, not regenerated.
    expect(second.output()).not.toContain('generated one');
  } finally {
    await second.stop();
  }
});

test('DATABASE_URL switches the same app to PostgreSQL', async () => {
  const name = `aimon_e2e_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  const server = await spawnServer({ AIMON_DATA_DIR: dataDir, ADMIN_TOKEN, DATABASE_URL: url.toString() });
  try {
    const ready = await waitReady(server);
    expect(ready.status).toBe(200);
    expect((await ready.json()).database).toMatchObject({ kind: 'postgres', ok: true });
    const health = await (await fetch(`${server.url}/api/health`)).json();
    expect(health.components.database.detail).toMatch(/^PostgreSQL, /);
    // The session row lands in PostgreSQL.
    const { session } = await (await fetch(`${server.url}/api/session`)).json();
    const check = new pg.Client({ connectionString: url.toString() });
    await check.connect();
    const rows = await check.query('SELECT id FROM chat_sessions WHERE id = $1', [session.id]);
    await check.end();
    expect(rows.rowCount).toBe(1);
  } finally {
    await server.stop();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
});

test('an invalid DATABASE_URL stops start-up with a message naming it, no stack trace', async () => {
  const server = await spawnServer({ AIMON_DATA_DIR: dataDir, DATABASE_URL: 'mysql://root:hunter2secret@db/aimon' });
  const code = await Promise.race([server.exited, new Promise((r) => setTimeout(() => r('timeout'), 45_000))]);
  const output = server.output();
  await server.stop();
  expect(code).toBe(1);
  expect(output).toContain('AIMon cannot start');
  expect(output).toContain('DATABASE_URL must be a postgresql://');
  expect(output).not.toContain('hunter2secret');
  expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/);
});

test('an unreachable PostgreSQL: the server runs, not ready with the reason, health degraded', async () => {
  const server = await spawnServer({ AIMON_DATA_DIR: dataDir, ADMIN_TOKEN, DATABASE_URL: 'postgresql://postgres:pw-secret@127.0.0.1:1/aimon', DATABASE_CONNECT_TIMEOUT_MS: '1000' });
  try {
    expect((await waitFor(server, '/api/health/live')).status).toBe(200);
    const started = Date.now();
    const ready = await fetch(`${server.url}/api/health/ready`);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(ready.status).toBe(503);
    const body = await ready.json();
    expect(body).toMatchObject({ status: 'not_ready' });
    // Anonymous callers get the plain reason; where the database is, only admins.
    expect(body.reason).toBe('database unreachable: connection refused');
    expect(body.database).toMatchObject({ ok: false, migrations: { applied: null, pending: null } });
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|aimon\b|:1\//);
    const asAdmin = await (await fetch(`${server.url}/api/health/ready`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).json();
    expect(asAdmin.database.target).toBe('127.0.0.1:1/aimon');
    const detailed = await (await fetch(`${server.url}/api/health/detailed`)).text();
    expect(detailed).not.toContain(dataDir);
    expect(detailed).not.toContain('127.0.0.1:1');
    const detailedAdmin = await (await fetch(`${server.url}/api/health/detailed`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).json();
    expect(detailedAdmin.locations).toEqual({ data_dir: dataDir, database: '127.0.0.1:1/aimon' });
    for (const pathname of ['/api/metrics', '/api/metrics/snapshots', '/metrics', '/monitoring']) {
      const text = await (await fetch(server.url + pathname)).text();
      expect(text, pathname).not.toContain(dataDir);
    }
    const health = await (await fetch(`${server.url}/api/health`)).json();
    expect(health).toMatchObject({ status: 'degraded', summary: 'database unreachable' });
    const session = await fetch(`${server.url}/api/session`);
    expect(session.status).toBe(503);
    expect((await session.json()).error.code).toBe('unavailable');
    expect(server.output()).not.toContain('pw-secret');
  } finally {
    await server.stop();
  }
});
