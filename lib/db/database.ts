import type { DatabaseConfig } from '@/lib/config';
import { inBackground, logger } from '@/lib/telemetry';
import { openConnection, type Connection, type PoolStats } from './connection';
import { describeDbError, describeTarget } from './describe-error';
import { DatabaseAwayError, isConnectivityError } from './outage-guard';
import { applyMigrations, defaultMigrationsDir, migrationNames, readMigrations } from './migrations';
import type { PrismaClient } from './generated/client';

export class DatabaseUnavailableError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'DatabaseUnavailableError';
  }
}

/**
 * `instanceof` is not enough: the Database singleton may have been created by
 * another bundle (instrumentation.ts) whose copy of this class differs.
 */
export function isDatabaseUnavailable(error: unknown): error is DatabaseUnavailableError {
  return error instanceof Error && error.name === 'DatabaseUnavailableError' && typeof (error as DatabaseUnavailableError).reason === 'string';
}

/** Prisma codes that mean the server could not be reached or dropped us, not a bad query. */
const CONNECTIVITY_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P03', 'AIMON_DB_AWAY']);
const CONNECTIVITY_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'DatabaseDoesNotExist']);
/** statement_timeout (57014) and Prisma's own transaction time-outs: the server is there but did not finish in time. */
const TOO_SLOW_CODES = new Set(['57014', 'P2028']);

/**
 * The outage an error stands for, if it is one: our own DatabaseUnavailableError,
 * or a driver/Prisma error saying the database went away mid-request (the pool
 * was connected when the request began, so Database.client() did not notice).
 */
export function asDatabaseUnavailable(error: unknown): DatabaseUnavailableError | undefined {
  if (isDatabaseUnavailable(error)) return error;
  const e = error as { code?: string; meta?: { driverAdapterError?: { cause?: { kind?: string } } }; cause?: { code?: string; kind?: string } };
  if (!e || typeof e !== 'object') return undefined;
  const kind = e.meta?.driverAdapterError?.cause?.kind ?? e.cause?.kind;
  const code = e.code ?? e.cause?.code;
  if (error instanceof DatabaseAwayError) return new DatabaseUnavailableError(error.reason);
  if ((code && CONNECTIVITY_CODES.has(code)) || (kind && CONNECTIVITY_KINDS.has(kind)) || isConnectivityError(error)) {
    return new DatabaseUnavailableError(describeDbError(kind === 'DatabaseNotReachable' ? { code: 'ECONNREFUSED' } : error));
  }
  const pgCode = (e.meta?.driverAdapterError?.cause as { originalCode?: string } | undefined)?.originalCode;
  if ((code && TOO_SLOW_CODES.has(code)) || (pgCode && TOO_SLOW_CODES.has(pgCode))) {
    return new DatabaseUnavailableError('database too slow: the query did not finish in time');
  }
  return undefined;
}

export interface DatabaseStatus {
  ok: boolean;
  kind: DatabaseConfig['kind'];
  latencyMs: number | null;
  /** Known only when the database answered: null `applied`/`pending` while it cannot be asked. */
  migrations: { expected: number; applied: number | null; pending: string[] | null };
  /** The plain reason (no host, port or database name: it may reach anonymous callers). */
  error?: string;
  /** Where the database is (host:port/name), for admins and the log only. */
  target?: string;
}

const RETRY_MIN_MS = 1_000;
const RETRY_MAX_MS = 15_000;
const CHECK_TIMEOUT_MS = 3_000;

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
    timer.unref?.();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The database and its lifecycle: connect, apply migrations, and when that fails
 * keep retrying in the background (with backoff) so the app recovers by itself
 * once PostgreSQL comes back. Callers never see a driver stack trace, only a
 * DatabaseUnavailableError with one plain sentence.
 */
export class Database {
  private connection: Connection | undefined;
  private attempt: Promise<Connection> | undefined;
  /** Why the last attempt failed, without the target: it may reach anonymous callers. */
  private lastReason: string | undefined;
  private retryDelay = RETRY_MIN_MS;
  private retryTimer: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly target: string;

  constructor(
    readonly config: DatabaseConfig,
    private readonly migrationsDir = defaultMigrationsDir(),
  ) {
    this.target = config.kind === 'postgres' ? describeTarget(config.url) : 'embedded PGlite';
  }

  get kind(): DatabaseConfig['kind'] {
    return this.config.kind;
  }

  /** Connects and migrates once; concurrent callers share the attempt. */
  start(): Promise<Connection> {
    if (this.connection) return Promise.resolve(this.connection);
    this.attempt ??= this.connectAndMigrate().then(
      (connection) => {
        this.connection = connection;
        this.lastReason = undefined;
        this.retryDelay = RETRY_MIN_MS;
        return connection;
      },
      (error: unknown) => {
        this.attempt = undefined;
        this.lastReason = describeDbError(error);
        logger.warn({ database: this.target, reason: this.lastReason }, 'database not ready, will retry');
        this.scheduleRetry();
        throw new DatabaseUnavailableError(this.lastReason);
      },
    );
    return this.attempt;
  }

  /**
   * The Prisma client, once the database is reachable and migrated (or a
   * DatabaseUnavailableError). Embedded PGlite gets longer: its first start
   * (initdb, loading the wasm schema engine) is slow on a busy machine but is not an outage.
   */
  async client(timeoutMs = this.config.kind === 'embedded' ? 30_000 : 10_000): Promise<PrismaClient> {
    if (this.connection) {
      // Known to be away (a silent or lost server): answer at once instead of letting the query wait.
      const away = this.connection.away();
      if (away) throw new DatabaseUnavailableError(away);
      return this.connection.prisma;
    }
    try {
      const connection = await withTimeout(this.start(), timeoutMs, `database not ready after ${timeoutMs} ms`);
      return connection.prisma;
    } catch (error) {
      if (isDatabaseUnavailable(error)) throw error;
      throw new DatabaseUnavailableError(this.lastReason ?? describeDbError(error));
    }
  }

  /** Reachability, latency and migration state, for the readiness probe and health. */
  async status(): Promise<DatabaseStatus> {
    const expected = migrationNames(await readMigrations(this.migrationsDir));
    const target = this.config.kind === 'postgres' ? this.target : undefined;
    const base = { kind: this.config.kind, target, migrations: { expected: expected.length, applied: null, pending: null } };
    if (!this.connection) {
      this.start().catch(() => undefined);
      return { ...base, ok: false, latencyMs: null, error: this.lastReason ?? 'database is starting' };
    }
    const away = this.connection.away();
    if (away) return { ...base, ok: false, latencyMs: null, error: away };
    const started = performance.now();
    try {
      const applied = await withTimeout(
        appliedMigrations(this.connection.prisma),
        CHECK_TIMEOUT_MS,
        `no answer within ${CHECK_TIMEOUT_MS} ms`,
      );
      const latencyMs = Math.round((performance.now() - started) * 10) / 10;
      const pending = expected.filter((name) => !applied.has(name));
      return {
        ...base,
        ok: pending.length === 0,
        latencyMs,
        migrations: { expected: expected.length, applied: applied.size, pending },
        ...(pending.length ? { error: `${pending.length} migration(s) not applied` } : {}),
      };
    } catch (error) {
      return { ...base, ok: false, latencyMs: null, error: describeDbError(error) };
    }
  }

  /** Pool use right now (PostgreSQL only; null for PGlite or before the first connection). */
  poolStats(): PoolStats | null {
    return this.connection?.poolStats() ?? null;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    const connection = this.connection ?? (await this.attempt?.catch(() => undefined));
    this.connection = undefined;
    this.attempt = undefined;
    await connection?.close();
  }

  private async connectAndMigrate(): Promise<Connection> {
    const connection = await openConnection(this.config);
    try {
      const migrations = await readMigrations(this.migrationsDir);
      if (await allRecordedAsApplied(connection.prisma, migrationNames(migrations))) return connection;
      const applied = await applyMigrations(connection.migrationAdapter, migrations);
      if (applied.length) logger.info({ applied, database: this.target }, 'database migrations applied');
      return connection;
    } catch (error) {
      await connection.close().catch(() => undefined);
      throw error;
    }
  }

  private scheduleRetry(): void {
    if (this.closed || this.retryTimer) return;
    this.retryTimer = setTimeout(
      inBackground('db.connect-retry', () => {
        this.retryTimer = undefined;
        return this.start().catch(() => undefined);
      }),
      this.retryDelay,
    );
    this.retryTimer.unref?.();
    this.retryDelay = Math.min(this.retryDelay * 2, RETRY_MAX_MS);
  }
}

/** The migrations `_prisma_migrations` records as finished and not rolled back. */
async function appliedMigrations(prisma: PrismaClient): Promise<Set<string>> {
  const rows = await prisma.$queryRawUnsafe<{ migration_name: string }[]>(
    'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
  );
  return new Set(rows.map((r) => r.migration_name));
}

/**
 * Whether every migration is applied already (every start but the first):
 * then the schema engine is not loaded at all. It is WebAssembly that stays
 * resident once loaded (tens of MB) and takes seconds to start on a busy
 * machine, only to find nothing to do. A failed or rolled-back migration, or
 * no table yet, and the engine runs as `prisma migrate deploy` would.
 */
async function allRecordedAsApplied(prisma: PrismaClient, names: string[]): Promise<boolean> {
  try {
    const applied = await appliedMigrations(prisma);
    return names.every((name) => applied.has(name));
  } catch {
    return false;
  }
}
