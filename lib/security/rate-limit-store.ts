import { Redis } from 'ioredis';
import pg from 'pg';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  type RateLimiterAbstract,
  type RateLimiterRes,
} from 'rate-limiter-flexible';
import { getConfig } from '@/lib/config';
import { processSingleton } from '@/lib/runtime';
import { inBackground, logger } from '@/lib/telemetry';

export type StoreKind = 'memory' | 'redis' | 'postgres';

/**
 * How long one store call may take before the memory counter answers instead.
 * A request may wait this out once per outage, before its database bound
 * (1.5 s): together well inside the 3 s a request may take while both are silent.
 */
const STORE_TIMEOUT_MS = 750;
/** After a store failure, skip it (count in memory) for this long, then try again. */
const STORE_RETRY_MS = 5_000;
export const RATE_LIMIT_TABLE = 'rate_limits';
const SWEEP_EVERY_MS = 5 * 60_000;

export interface LimiterSpec {
  keyPrefix: string;
  points: number;
  durationSec: number;
}

export interface ConsumeOutcome {
  allowed: boolean;
  res: RateLimiterRes;
  /** Which counter answered: the shared store, or this process's memory (store down). */
  counter: StoreKind;
}

/**
 * Counters shared by every replica (Redis or PostgreSQL) with a memory
 * counter as insurance: when the store is down or slow, requests are counted
 * per process instead of failing, and the store is tried again after a pause.
 */
export interface CounterStore {
  kind: StoreKind;
  consume(spec: LimiterSpec, key: string): Promise<ConsumeOutcome>;
  /** Whether `key` has used up its budget, without counting anything (null: nothing counted yet). */
  peek(spec: LimiterSpec, key: string): Promise<{ exhausted: boolean; res: RateLimiterRes | null; counter: StoreKind }>;
  /** Whether the shared store answered its last call (always true for memory). */
  healthy(): boolean;
  close(): Promise<void>;
}

function chooseKind(): StoreKind {
  const config = getConfig();
  const wanted = config.rateLimit.store;
  if (wanted !== 'auto') return wanted;
  if (config.redisUrl) return 'redis';
  if (config.database.kind === 'postgres') return 'postgres';
  return 'memory';
}

function isLimiterRes(value: unknown): value is RateLimiterRes {
  return typeof value === 'object' && value !== null && 'msBeforeNext' in value && 'remainingPoints' in value;
}

async function consumeIn(limiter: RateLimiterAbstract, key: string): Promise<{ allowed: boolean; res: RateLimiterRes }> {
  try {
    return { allowed: true, res: await limiter.consume(key) };
  } catch (error) {
    if (isLimiterRes(error)) return { allowed: false, res: error };
    throw error;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`store call took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function describe(error: unknown): string {
  const e = error as { code?: string; message?: string };
  return (e?.code ? `${e.code}: ` : '') + String(e?.message ?? error).slice(0, 200);
}

class StoreWithInsurance implements CounterStore {
  private readonly memory = new Map<string, RateLimiterMemory>();
  private readonly shared = new Map<string, RateLimiterAbstract>();
  private downUntil = 0;
  private down = false;

  constructor(
    readonly kind: StoreKind,
    private readonly build: ((spec: LimiterSpec) => RateLimiterAbstract) | undefined,
    private readonly prepare: () => Promise<void> = async () => undefined,
    private readonly closer: () => Promise<void> = async () => undefined,
    /** Told about every failed store call (a Redis client drops a connection a silent network holds). */
    private readonly onFailure: (error: unknown) => void = () => undefined,
  ) {}

  private memoryLimiter(spec: LimiterSpec): RateLimiterMemory {
    const id = `${spec.keyPrefix}/${spec.points}/${spec.durationSec}`;
    let limiter = this.memory.get(id);
    if (!limiter) {
      limiter = new RateLimiterMemory({ keyPrefix: spec.keyPrefix, points: spec.points, duration: spec.durationSec });
      this.memory.set(id, limiter);
    }
    return limiter;
  }

  private sharedLimiter(spec: LimiterSpec): RateLimiterAbstract | undefined {
    if (!this.build) return undefined;
    const id = `${spec.keyPrefix}/${spec.points}/${spec.durationSec}`;
    let limiter = this.shared.get(id);
    if (!limiter) {
      limiter = this.build(spec);
      this.shared.set(id, limiter);
    }
    return limiter;
  }

  healthy(): boolean {
    return !this.down;
  }

  async consume(spec: LimiterSpec, key: string): Promise<ConsumeOutcome> {
    const shared = this.sharedLimiter(spec);
    if (shared && Date.now() >= this.downUntil) {
      try {
        await withTimeout(this.prepare(), STORE_TIMEOUT_MS * 2);
        const outcome = await withTimeout(consumeIn(shared, key), STORE_TIMEOUT_MS);
        if (this.down) {
          this.down = false;
          logger.info({ store: this.kind }, 'rate-limit store is back: counting in it again');
        }
        return { ...outcome, counter: this.kind };
      } catch (error) {
        this.downUntil = Date.now() + STORE_RETRY_MS;
        this.onFailure(error);
        if (!this.down) {
          this.down = true;
          logger.warn(
            { store: this.kind, reason: describe(error) },
            'rate-limit store unavailable: counting in memory (per process) until it answers again',
          );
        }
      }
    }
    return { ...(await consumeIn(this.memoryLimiter(spec), key)), counter: 'memory' };
  }

  async peek(spec: LimiterSpec, key: string): Promise<{ exhausted: boolean; res: RateLimiterRes | null; counter: StoreKind }> {
    const verdict = (res: RateLimiterRes | null) => res !== null && res.consumedPoints >= spec.points;
    const shared = this.sharedLimiter(spec);
    if (shared && Date.now() >= this.downUntil) {
      try {
        await withTimeout(this.prepare(), STORE_TIMEOUT_MS * 2);
        const res = await withTimeout(shared.get(key), STORE_TIMEOUT_MS);
        return { exhausted: verdict(res), res, counter: this.kind };
      } catch (error) {
        // The memory counter answers; the next consume() logs the outage. Skip the
        // store meanwhile, as consume() does, so each peek does not wait out its time-out.
        this.downUntil = Date.now() + STORE_RETRY_MS;
        this.onFailure(error);
      }
    }
    const res = await this.memoryLimiter(spec).get(key);
    return { exhausted: verdict(res), res, counter: 'memory' };
  }

  close(): Promise<void> {
    return this.closer();
  }
}

function redisStore(url: string): CounterStore {
  const client = new Redis(url, {
    // Fail fast while disconnected so the memory counter answers at once
    // instead of queueing requests behind a dead connection.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    // A silent Redis (packets dropped) keeps the connection "ready": without
    // this each command would wait for ever behind the race in consume().
    commandTimeout: STORE_TIMEOUT_MS,
    keepAlive: 10_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
  });
  let lastError = 0;
  client.on('error', (error: unknown) => {
    // ioredis emits on every reconnect attempt; one line a minute is enough
    // (and never the URL, which may hold a password).
    if (Date.now() - lastError > 60_000) {
      lastError = Date.now();
      logger.warn({ reason: describe(error) }, 'Redis (rate limits) connection error');
    }
  });
  // One shared wait for the first connection (not a listener per request).
  let firstReady: Promise<void> | undefined;
  const ready = () =>
    (firstReady ??= new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, STORE_TIMEOUT_MS);
      client.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
    }));
  return new StoreWithInsurance(
    'redis',
    (spec) =>
      new RateLimiterRedis({
        storeClient: client,
        keyPrefix: spec.keyPrefix,
        points: spec.points,
        duration: spec.durationSec,
        rejectIfRedisNotReady: true,
      }),
    // Only the first calls after start wait for the connection; later ones fail fast.
    async () => {
      if (client.status === 'connecting' || client.status === 'connect' || client.status === 'wait') await ready();
    },
    async () => {
      client.disconnect();
    },
    () => {
      // A command that timed out on a "ready" connection means a silent network:
      // the socket never closes by itself, so every retry would wait out the
      // time-out again on the request path. Drop it; ioredis reconnects in the
      // background (its ready check bounded by commandTimeout) and, until a new
      // connection is ready, rejectIfRedisNotReady fails calls at once.
      if (client.status === 'ready') client.disconnect(true);
    },
  );
}

/**
 * The table rate-limiter-flexible expects. Created here rather than by a migration so the counters work
 * even when the app's migrations lag. Replicas starting together race: concurrent CREATE TABLE IF NOT
 * EXISTS collide in the catalogues, and the losers see a unique violation on pg_type (23505), the table
 * (42P07) or its row type (42710 "type already exists") instead of the no-op; each of those means the
 * table is there.
 */
export async function createCountersTable(client: Pick<pg.Pool, 'query'>): Promise<void> {
  try {
    await client.query(
      `CREATE TABLE IF NOT EXISTS "${RATE_LIMIT_TABLE}" (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`,
    );
  } catch (error) {
    const code = (error as { code?: string } | undefined)?.code;
    if (code === '23505' || code === '42P07' || code === '42710') return;
    throw error;
  }
}

function postgresStore(url: string, connectTimeoutMs: number, queryTimeoutMs: number): CounterStore {
  // A small pool of its own: counters must not wait behind the app's queries.
  // Bounded like the app's pool, so a silent server frees its connections instead of hoarding hung ones.
  const pool = new pg.Pool({
    connectionString: url,
    max: 3,
    connectionTimeoutMillis: Math.min(connectTimeoutMs, 2_000),
    query_timeout: Math.min(queryTimeoutMs, STORE_TIMEOUT_MS * 2),
    keepAlive: true,
  });
  pool.on('error', (error) => logger.warn({ reason: describe(error) }, 'PostgreSQL (rate limits) idle client error'));
  let tableReady: Promise<void> | undefined;
  const ensureTable = () => {
    // Retried until it succeeds (the database may be down at start).
    tableReady ??= createCountersTable(pool).catch((error: unknown) => {
      tableReady = undefined;
      throw error;
    });
    return tableReady;
  };
  // Rows of windows that ended an hour ago go, once every few minutes (one
  // sweep per process; a sweep that fails just waits for the next).
  const sweep = setInterval(
    inBackground('rate-limits.sweep', () =>
      pool.query(`DELETE FROM "${RATE_LIMIT_TABLE}" WHERE expire < $1`, [Date.now() - 3_600_000]).catch(() => undefined),
    ),
    SWEEP_EVERY_MS,
  );
  sweep.unref();
  return new StoreWithInsurance(
    'postgres',
    (spec) =>
      new RateLimiterPostgres({
        storeClient: pool,
        tableName: RATE_LIMIT_TABLE,
        tableCreated: true,
        clearExpiredByTimeout: false,
        keyPrefix: spec.keyPrefix,
        points: spec.points,
        duration: spec.durationSec,
      }),
    ensureTable,
    async () => {
      clearInterval(sweep);
      await pool.end();
    },
  );
}

function createStore(): CounterStore {
  const config = getConfig();
  const kind = chooseKind();
  if (kind === 'redis') {
    if (!config.redisUrl) throw new Error('RATE_LIMIT_STORE=redis needs REDIS_URL');
    return redisStore(config.redisUrl);
  }
  if (kind === 'postgres') {
    if (config.database.kind !== 'postgres') throw new Error('RATE_LIMIT_STORE=postgres needs DATABASE_URL');
    return postgresStore(config.database.url, config.database.connectTimeoutMs, config.database.queryTimeoutMs);
  }
  return new StoreWithInsurance('memory', undefined);
}

/** The process's counter store (one per process, shared by every route bundle). */
export function rateLimitStore(): CounterStore {
  return processSingleton('rate-limit-store', createStore);
}

/** For tests: a store of the given kind, outside the process singleton. */
export function createCounterStore(kind: StoreKind, options: { redisUrl?: string; postgresUrl?: string } = {}): CounterStore {
  if (kind === 'redis') return redisStore(options.redisUrl ?? '');
  if (kind === 'postgres') return postgresStore(options.postgresUrl ?? '', 2_000, 2_000);
  return new StoreWithInsurance('memory', undefined);
}
