import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database, DatabaseUnavailableError } from '@/lib/db/database';
import { createPostgresBackend, type TestBackend } from '../support/backends';

/**
 * A TCP relay in front of the real PostgreSQL that we can switch on and off:
 * the database "goes down" and "comes back" without touching the server.
 */
function relay(targetPort: number) {
  const server = net.createServer((socket) => {
    const upstream = net.connect(targetPort, '127.0.0.1');
    socket.pipe(upstream).pipe(socket);
    const close = () => {
      socket.destroy();
      upstream.destroy();
    };
    socket.on('error', close);
    upstream.on('error', close);
  });
  return {
    server,
    listen: (port: number) => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('PostgreSQL going away and coming back', () => {
  let backend: TestBackend;
  beforeAll(async () => {
    backend = await createPostgresBackend();
  });
  afterAll(async () => {
    await backend?.dispose();
  });

  it('reports the outage plainly, then recovers by itself', async () => {
    const port = await freePort();
    const url = new URL(backend.config.kind === 'postgres' ? backend.config.url : '');
    const realPort = Number(url.port || 5432);
    url.port = String(port);
    const db = new Database({ kind: 'postgres', url: url.toString(), poolMax: 2, connectTimeoutMs: 1_000, queryTimeoutMs: 2_000 }, path.resolve('prisma/migrations'));
    const proxy = relay(realPort);
    try {
      const error = await db.client(2_000).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatabaseUnavailableError);
      // The reason may reach anonymous callers: no host, port or database name.
      expect((error as Error).message).toBe('database unreachable: connection refused');
      expect((error as Error).message).not.toMatch(/\n\s+at /);
      const down = await db.status();
      expect(down.ok).toBe(false);

      await proxy.listen(port);
      // The background retry (1 s, 2 s, 4 s … backoff) reconnects without any caller's help.
      const deadline = Date.now() + 20_000;
      let status = await db.status();
      while (!status.ok && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        status = await db.status();
      }
      expect(status.ok).toBe(true);
      const prisma = await db.client();
      expect(await prisma.chatSession.count()).toBe(0);
    } finally {
      await db.close();
      await proxy.close();
    }
  });
});
