import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { DatabaseConfig } from '@/lib/config';
import { PrismaClient } from './generated/client';
import { embeddedAdapterFactory } from './embedded-adapter';

export interface Connection {
  kind: DatabaseConfig['kind'];
  prisma: PrismaClient;
  /** The same database seen by the schema engine, for migrations. */
  migrationAdapter: SqlMigrationAwareDriverAdapterFactory;
  /** Connections in use of the pool (PostgreSQL); null for PGlite, which has one in-process connection. */
  poolStats(): PoolStats | null;
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
  if (db.kind === 'postgres') {
    const poolConfig = {
      connectionString: db.url,
      max: db.poolMax,
      connectionTimeoutMillis: db.connectTimeoutMs,
      idleTimeoutMillis: 30_000,
    };
    // Our own pool (not one the adapter makes) so monitoring can read its use.
    const pool = new pg.Pool(poolConfig);
    // An idle client losing its server must not crash the process; the next query reports it.
    pool.on('error', () => undefined);
    const adapter = new PrismaPg(pool);
    const prisma = new PrismaClient({ adapter });
    return {
      kind: 'postgres',
      prisma,
      // The schema engine gets its own small pool so a migration never starves requests.
      migrationAdapter: new PrismaPg({ ...poolConfig, max: 2 }),
      poolStats: () => ({ max: db.poolMax, total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
      close: async () => {
        await prisma.$disconnect();
        await pool.end().catch(() => undefined);
      },
    };
  }
  await mkdir(/* turbopackIgnore: true */ db.dataDir, { recursive: true });
  const pglite = await PGlite.create(db.dataDir);
  const adapter = embeddedAdapterFactory(pglite);
  const prisma = new PrismaClient({ adapter });
  return {
    kind: 'embedded',
    prisma,
    migrationAdapter: adapter,
    poolStats: () => null,
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
