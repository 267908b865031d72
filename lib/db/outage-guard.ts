import pg from 'pg';
import { logger, runInBackgroundSpan } from '@/lib/telemetry';
import { describeDbError } from './describe-error';

/**
 * Driver errors that say the server may be gone (as opposed to a bad query):
 * pg's own time-outs and dropped connections carry no code, only these words.
 */
const CONNECTIVITY_MESSAGE =
  /timeout exceeded when trying to connect|Connection terminated|Query read timeout|timeout expired|Client has encountered a connection error|Connection ended|ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH/i;
const CONNECTIVITY_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', '57P01', '57P02', '57P03']);

/** Whether a driver error (or anything in its cause chain) means the server did not answer. */
export function isConnectivityError(error: unknown): boolean {
  for (let e = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (typeof e.code === 'string' && CONNECTIVITY_CODES.has(e.code)) return true;
    if (typeof e.message === 'string' && CONNECTIVITY_MESSAGE.test(e.message)) return true;
    e = e.cause as typeof e;
  }
  return false;
}

/** The error the guarded pool answers with while the database is known to be away. */
export class DatabaseAwayError extends Error {
  readonly code = 'AIMON_DB_AWAY';
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'DatabaseAwayError';
  }
}

export interface GuardOptions {
  connectionString: string;
  connectTimeoutMs: number;
  /** How often to try the database again while it is away. */
  probeEveryMs?: number;
  /** Called with the destroyable sockets of every pooled connection when the database is found away. */
  dropConnections: () => void;
}

/**
 * A circuit for one PostgreSQL pool. The first driver error that looks like a
 * lost server (a time-out, a dropped connection) opens it at once, so the
 * requests after it fail in microseconds instead of each waiting out its own
 * time-out; a probe on a fresh connection then decides: the server answers
 * (one slow query, nothing else wrong) and the circuit closes again, or it does
 * not, the pooled connections (which a silent network would keep hanging) are
 * dropped, and the probe repeats until the server is back.
 */
export class OutageGuard {
  private reason: string | undefined;
  private probing = false;
  /** Whether a probe has confirmed the outage (said once in the log, and once when it ends). */
  private confirmed = false;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly probeEveryMs: number;

  constructor(private readonly options: GuardOptions) {
    this.probeEveryMs = options.probeEveryMs ?? 1_000;
  }

  /** The plain reason while the database is away, else undefined. */
  get away(): string | undefined {
    return this.reason;
  }

  /** Looks at a driver error; a connectivity one opens the circuit and starts probing. */
  report(error: unknown): void {
    if (this.closed || error instanceof DatabaseAwayError || !isConnectivityError(error)) return;
    if (!this.reason) this.reason = describeDbError(error);
    // Its own operation: the request whose query failed does not wait for, nor own, the probing.
    void runInBackgroundSpan('db.outage-probe', () => this.probe());
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
  }

  private async probe(): Promise<void> {
    if (this.probing || this.closed) return;
    this.probing = true;
    clearTimeout(this.timer);
    const client = new pg.Client({
      connectionString: this.options.connectionString,
      connectionTimeoutMillis: this.options.connectTimeoutMs,
      query_timeout: this.options.connectTimeoutMs,
    });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT 1');
      if (this.confirmed) logger.info({ after: this.reason }, 'database answers again');
      this.reason = undefined;
      this.confirmed = false;
    } catch (error) {
      this.reason = describeDbError(error);
      if (!this.confirmed) logger.warn({ reason: this.reason }, 'database is not answering; requests get 503 until it does');
      this.confirmed = true;
      this.options.dropConnections();
      this.timer = setTimeout(() => void runInBackgroundSpan('db.outage-probe', () => this.probe()), this.probeEveryMs);
      this.timer.unref?.();
    } finally {
      this.probing = false;
      // A silent server never answers `end`; don't wait for it.
      (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
    }
  }
}
