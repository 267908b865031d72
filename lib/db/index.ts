import 'server-only';
import { getConfig } from '@/lib/config';
import { processSingleton } from '@/lib/runtime';
import { Database } from './database';

export { Database, DatabaseUnavailableError, asDatabaseUnavailable, isDatabaseUnavailable } from './database';
export type { DatabaseStatus } from './database';
export type { PoolStats } from './connection';
export type { PrismaClient } from './generated/client';
export { Prisma } from './generated/client';
export { jsonColumn } from './json';
export { withoutNul } from './nul-safe';

/** The app's one database (PostgreSQL when DATABASE_URL is set, embedded PGlite otherwise). */
export function database(): Database {
  return processSingleton('database', () => new Database(getConfig().database));
}

/** The Prisma client, waiting (bounded) for connection and migrations. */
export function db() {
  return database().client();
}
