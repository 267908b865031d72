import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { DatabaseConfig } from '@/lib/config';
import { PrismaClient } from './generated/client';
import { embeddedAdapterFactory } from './embedded-adapter';
import { initialiseInChild } from './embedded-initdb';
import { nulSafeWrites } from './nul-safe';
import { DatabaseAwayError, OutageGuard } from './outage-guard';
import { limitWasmTiers } from './wasm-tiers';

export interface Connection {
  kind: DatabaseConfig['kind'];
  prisma: PrismaClient;
  /** The same database seen by the schema engine, for migrations. */
  migrationAdapter: SqlMigrationAwareDriverAdapterFactory;
  /** Connections in use of the pool (PostgreSQL); null for PGlite, which has one in-process connection. */
  poolStats(): PoolStats | null;
  /** The plain reason while the server is known not to answer (PostgreSQL); undefined otherwise. */
  away(): string | undefined;
  close(): Promise<void>;
}

export interface PoolStats {
  max: number;
  total: number;
  idle: number;
  waiting: number;
}

/** Opens PostgreSQL through a pg pool, or PGlite on disk (one process may hold it). */
export async function openConnection(db: DatabaseConfig): Promise<Connection> {
  // Before PGlite or Prisma compiles any WebAssembly: the flags hold from the next compilation on.
  limitWasmTiers(db.wasmTierUp ?? false);
  if (db.kind === 'postgres') {
    const poolConfig: pg.PoolConfig = {
      connectionString: db.url,
      max: db.poolMax,
      // Bounds both opening a connection and waiting for a free one: a silent
      // server (packets dropped, nothing refused) would otherwise hold a request
      // until the operating system gives up, minutes later.
      connectionTimeoutMillis: db.connectTimeoutMs,
      idleTimeoutMillis: 30_000,
      // Idle connections to a server that vanished are found by the kernel.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    };
    const requestConfig: pg.PoolConfig = {
      ...poolConfig,
      // The client stops waiting for an answer, and the server stops working on
      // a query nobody waits for any more.
      query_timeout: db.queryTimeoutMs,
      statement_timeout: db.queryTimeoutMs,
      idle_in_transaction_session_timeout: Math.max(db.queryTimeoutMs * 5, 10_000),
    };
    const clients = new Set<pg.Client>();
    const guard = new OutageGuard({
      connectionString: db.url,
      connectTimeoutMs: db.connectTimeoutMs,
      dropConnections: () => {
        for (const client of clients) destroySocket(client);
      },
    });
    // Our own pool (not one the adapter makes) so monitoring can read its use.
    const pool = new GuardedPool(requestConfig, guard) as unknown as pg.Pool;
    pool.on('connect', (client) => clients.add(client as pg.Client));
    pool.on('remove', (client) => clients.delete(client as pg.Client));
    // An idle client losing its server must not crash the process; the next query reports it.
    pool.on('error', (error) => guard.report(error));
    const adapter = new PrismaPg(pool);
    const prisma = nulSafe(new PrismaClient({ adapter }));
    return {
      kind: 'postgres',
      prisma,
      // The schema engine gets its own small pool, without the request time-out
      // (a migration may take longer), so a migration never starves requests.
      migrationAdapter: new PrismaPg({ ...poolConfig, max: 2 }),
      poolStats: () => ({ max: db.poolMax, total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
      away: () => guard.away,
      close: async () => {
        guard.close();
        await prisma.$disconnect();
        // A silent server never answers the goodbye: don't wait for it.
        for (const client of clients) destroySocket(client);
        await pool.end().catch(() => undefined);
      },
    };
  }
  const startParams = [...PGlite.defaultStartParams, ...(db.sharedBuffersMb ? ['-c', `shared_buffers=${db.sharedBuffersMb}MB`] : [])];
  // A first start's initdb in a child process: its memory goes back with it (embedded-initdb.ts).
  if (db.initdbInChild) await initialiseInChild(db.dataDir, startParams, { wasmTierUp: db.wasmTierUp });
  await mkdir(/* turbopackIgnore: true */ db.dataDir, { recursive: true });
  const pglite = await PGlite.create(db.dataDir, { startParams });
  const adapter = embeddedAdapterFactory(pglite);
  const prisma = nulSafe(new PrismaClient({ adapter }));
  return {
    kind: 'embedded',
    prisma,
    migrationAdapter: adapter,
    poolStats: () => null,
    away: () => undefined,
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

/** The client with NULs cleaned from every write (nul-safe.ts); its API is unchanged, hence the cast. */
function nulSafe(client: PrismaClient): PrismaClient {
  return client.$extends(nulSafeWrites) as unknown as PrismaClient;
}

function destroySocket(client: pg.Client): void {
  (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
}

type Callback = (...args: unknown[]) => void;

/**
 * A pg pool that tells its OutageGuard about every connection and query error,
 * and refuses at once, without touching the network, while the guard says the
 * server is away. pg-pool's own `query` goes through `connect`, so both paths
 * (plain queries and transactions) are covered here and in GuardedClient.
 */
class GuardedPool extends pg.Pool {
  constructor(
    config: pg.PoolConfig,
    private readonly guard: OutageGuard,
  ) {
    super({ ...config, Client: guardedClient(guard) });
  }

  // @ts-expect-error pg's overloads (promise and callback) are implemented by one body.
  override connect(cb?: Callback) {
    const away = this.guard.away;
    if (away) {
      const error = new DatabaseAwayError(away);
      if (cb) {
        process.nextTick(() => cb(error));
        return undefined;
      }
      return Promise.reject(error);
    }
    if (cb) {
      return super.connect((error, client, done) => {
        if (error) this.guard.report(error);
        cb(error, client, done);
      });
    }
    return super.connect().catch((error: unknown) => {
      this.guard.report(error);
      throw error;
    });
  }
}

function guardedClient(guard: OutageGuard): typeof pg.Client {
  class GuardedClient extends pg.Client {
    // @ts-expect-error pg's overloads (promise, callback, submittable) are implemented by one body.
    override query(...args: unknown[]) {
      const last = args.length - 1;
      if (typeof args[last] === 'function') {
        const cb = args[last] as Callback;
        args[last] = (error: unknown, ...rest: unknown[]) => {
          if (error) guard.report(error);
          cb(error, ...rest);
        };
      }
      const result = (super.query as (...a: unknown[]) => unknown)(...args);
      if (result && typeof (result as Promise<unknown>).then === 'function') {
        (result as Promise<unknown>).catch((error: unknown) => guard.report(error));
      }
      return result;
    }
  }
  return GuardedClient as unknown as typeof pg.Client;
}
