import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * Starts the standalone server exactly as the Docker image does
 * (`node server.js`, NODE_ENV=production), for tests that need their own
 * server: restarts, other databases, bad configuration.
 */
export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

let template: Promise<string> | undefined;

/**
 * An embedded database the real server created and migrated, made once per worker: a fresh PGlite
 * spends most of a first start on initdb and the schema engine (about 8 s of CPU here), and most specs
 * that start a server of their own only need an empty, migrated one. The first start itself stays
 * tested: Playwright's own server, e2e/server-process.spec.ts and the container tests start on
 * empty data directories (`freshDatabase`).
 */
function migratedTemplate(): Promise<string> {
  template ??= (async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aimon-e2e-template-'));
    const server = await spawnServer({ AIMON_DATA_DIR: dataDir, ADMIN_TOKEN: 'template-admin-token-0123456789', LOG_LEVEL: 'warn' }, { freshDatabase: true });
    try {
      await waitReady(server, 180_000);
    } finally {
      await server.stop();
    }
    // Emptied of what the template's own short life wrote (the fleet it seeded, its leases, samples and
    // snapshots), so a server started on a copy finds what it would on a first start: an empty, migrated
    // schema, which it seeds itself.
    const pglite = path.join(dataDir, 'pglite');
    const { PGlite } = await import('@electric-sql/pglite');
    const db = new PGlite(pglite);
    try {
      const { rows } = await db.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'");
      await db.exec(`TRUNCATE ${rows.map((r) => `"${r.name}"`).join(', ')} RESTART IDENTITY CASCADE`);
    } finally {
      await db.close();
    }
    process.once('exit', () => rmSync(dataDir, { recursive: true, force: true }));
    return pglite;
  })();
  return template;
}

export async function spawnServer(env: Record<string, string>, options: { freshDatabase?: boolean } = {}): Promise<ServerProcess> {
  const dataDir = env.AIMON_DATA_DIR;
  if (!options.freshDatabase && dataDir && !env.DATABASE_URL && !existsSync(path.join(dataDir, 'pglite'))) {
    cpSync(await migratedTemplate(), path.join(dataDir, 'pglite'), { recursive: true });
  }
  const port = await freePort();
  // The one difference from the image: a preload that stops the server when this process is gone
  // (e2e/support/exit-with-parent.cjs); an orphan once spun a core for an hour and skewed a benchmark.
  const child = spawn(process.execPath, ['--require', path.resolve('e2e/support/exit-with-parent.cjs'), path.resolve('.next/standalone/server.js')], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', NEXT_MANUAL_SIG_HANDLE: 'true', PORT: String(port), HOSTNAME: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    exited,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

/** Waits until `path` answers (any status), or throws with the server's output. */
export async function waitFor(server: ServerProcess, pathname = '/api/health/live', timeoutMs = 60_000): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`server exited early:\n${server.output()}`);
    try {
      return await fetch(server.url + pathname, { signal: AbortSignal.timeout(5_000) });
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`server did not answer ${pathname} within ${timeoutMs} ms:\n${server.output()}`);
}

/**
 * Waits until `/api/health/ready` answers 200 (or throws with the output). The
 * server answers after a bounded wait for its database (lib/server/start.ts),
 * so on a busy machine a fresh PGlite can still be migrating at the first answer.
 */
export async function waitReady(server: ServerProcess, timeoutMs = 90_000): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await waitFor(server, '/api/health/ready', Math.max(1_000, deadline - Date.now()));
    if (response.status === 200) return response;
    await response.arrayBuffer();
    if (Date.now() > deadline) throw new Error(`not ready within ${timeoutMs} ms (last status ${response.status}):\n${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
