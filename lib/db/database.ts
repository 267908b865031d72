import type { DatabaseConfig } from '@/lib/config';
import { logger } from '@/lib/telemetry/logger';
import { openConnection, type Connection, type PoolStats } from './connection';
import { describeDbError, describeTarget } from './describe-error';
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
const CONNECTIVITY_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P03']);
const CONNECTIVITY_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'DatabaseDoesNotExist']);

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
  if ((code && CONNECTIVITY_CODES.has(code)) || (kind && CONNECTIVITY_KINDS.has(kind))) {
    return new DatabaseUnavailableError(describeDbError(kind === 'DatabaseNotReachable' ? { code: 'ECONNREFUSED' } : error));
  }
  return undefined;
}

export interface DatabaseStatus {
  ok: boolean;
  kind: DatabaseConfig['kind'];
  latencyMs: number | null;
  migrations: { expected: number; applied: number; pending: string[] };
  error?: string;
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
  private lastError: string | undefined;
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
        this.lastError = undefined;
        this.retryDelay = RETRY_MIN_MS;
        return connection;
      },
      (error: unknown) => {
        this.attempt = undefined;
        this.lastError = describeDbError(error, this.target);
        logger.warn({ database: this.target, reason: this.lastError }, 'database not ready, will retry');
        this.scheduleRetry();
        throw new DatabaseUnavailableError(this.lastError);
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
    if (this.connection) return this.connection.prisma;
    try {
      const connection = await withTimeout(this.start(), timeoutMs, `database not ready after ${timeoutMs} ms`);
      return connection.prisma;
    } catch (error) {
      if (isDatabaseUnavailable(error)) throw error;
      throw new DatabaseUnavailableError(this.lastError ?? describeDbError(error, this.target));
    }
  }

  /** Reachability, latency and migration state, for the readiness probe and health. */
  async status(): Promise<DatabaseStatus> {
    const expected = migrationNames(await readMigrations(this.migrationsDir));
    const base = { kind: this.config.kind, migrations: { expected: expected.length, applied: 0, pending: expected } };
    if (!this.connection) {
      this.start().catch(() => undefined);
      return { ...base, ok: false, latencyMs: null, error: this.lastError ?? 'database is starting' };
    }
    const started = performance.now();
    try {
      const rows = await withTimeout(
        this.connection.prisma.$queryRawUnsafe<{ migration_name: string }[]>(
          'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
        ),
        CHECK_TIMEOUT_MS,
        `no answer within ${CHECK_TIMEOUT_MS} ms`,
      );
      const latencyMs = Math.round((performance.now() - started) * 10) / 10;
      const applied = new Set(rows.map((r) => r.migration_name));
      const pending = expected.filter((name) => !applied.has(name));
      return {
        ...base,
        ok: pending.length === 0,
        latencyMs,
        migrations: { expected: expected.length, applied: applied.size, pending },
        ...(pending.length ? { error: `${pending.length} migration(s) not applied` } : {}),
      };
    } catch (error) {
      return { ...base, ok: false, latencyMs: null, error: describeDbError(error, this.target) };
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
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.start().catch(() => undefined);
    }, this.retryDelay);
    this.retryTimer.unref?.();
    this.retryDelay = Math.min(this.retryDelay * 2, RETRY_MAX_MS);
  }
}
