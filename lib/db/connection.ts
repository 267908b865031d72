import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { DatabaseConfig } from '@/lib/config';
import { PrismaClient } from './generated/client';
import { embeddedAdapterFactory } from './embedded-adapter';

export interface Connection {
  kind: DatabaseConfig['kind'];
  prisma: PrismaClient;
  /** The same database seen by the schema engine, for migrations. */
  migrationAdapter: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
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
    const adapter = new PrismaPg(poolConfig);
    const prisma = new PrismaClient({ adapter });
    return {
      kind: 'postgres',
      prisma,
      // The schema engine gets its own small pool so a migration never starves requests.
      migrationAdapter: new PrismaPg({ ...poolConfig, max: 2 }),
      close: () => prisma.$disconnect(),
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
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
