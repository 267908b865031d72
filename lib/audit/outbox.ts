import { appendFile, mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { inBackground, logger } from '@/lib/telemetry';

/** One audit row as it waits in the outbox: the time it happened, not the time it is written. */
export interface OutboxRow {
  createdAt: string;
  sessionId?: string;
  isAdmin: boolean;
  ip?: string;
  action: string;
  resourceType: string;
  resourceId?: string;
  outcome: string;
  error?: string;
  traceId?: string;
  details?: unknown;
}

export interface OutboxStatus {
  /** Rows kept on disk, waiting for the database. */
  pending: number;
  /** Rows written after waiting (since start). */
  writtenLate: number;
  /** Rows that could be neither written nor kept (only in the log), or that the database refused for good. */
  lost: number;
}

const FILE = 'audit-outbox.jsonl';
const SENDING = /^audit-outbox\.(\d+)-\d+\.sending$/;
const BATCH = 200;

export interface OutboxOptions {
  dir: string;
  /** Writes rows to the database; throws when it cannot. */
  write(rows: OutboxRow[]): Promise<void>;
  /** Whether an error from `write` means "database away, try later" (else the rows are refused for good). */
  isOutage(error: unknown): boolean;
  retryMs?: number;
}

/**
 * Audit rows the database could not take, kept in a file in the data directory
 * (one JSON line each, appended as they fail) and written when it answers
 * again: an audit row survives an outage and a restart. Delivery is at least
 * once: a crash between the write and the file's removal sends a batch again.
 *
 * A flush first renames the file to `audit-outbox.<pid>-<time>.sending` (new
 * failures go to a fresh file meanwhile), then sends it and removes it; such
 * files left by a process that is gone are taken over.
 */
export class AuditOutbox {
  private pendingRows = 0;
  private writtenLate = 0;
  private lost = 0;
  private flushing: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private counted: Promise<void> | undefined;
  private appends: Promise<unknown> = Promise.resolve();
  private readonly retryMs: number;

  constructor(private readonly options: OutboxOptions) {
    this.retryMs = options.retryMs ?? 2_000;
  }

  status(): OutboxStatus {
    return { pending: this.pendingRows, writtenLate: this.writtenLate, lost: this.lost };
  }

  /** Keeps a row that could not be written; a flush is scheduled. False if even that failed (then it is only in the log). */
  async keep(row: OutboxRow): Promise<boolean> {
    await this.countExisting();
    // Appends are serialised so that lines never interleave.
    const appended = this.appends.then(async () => {
      await mkdir(this.options.dir, { recursive: true });
      await appendFile(path.join(this.options.dir, FILE), `${JSON.stringify(row)}\n`, { encoding: 'utf8', mode: 0o600 });
    });
    this.appends = appended.catch(() => undefined);
    try {
      await appended;
      this.pendingRows += 1;
      this.schedule();
      return true;
    } catch (error) {
      this.lost += 1;
      logger.error({ err: error }, 'audit outbox: could not keep a row on disk');
      return false;
    }
  }

  /** Starts sending what a previous run left behind. */
  resume(): void {
    void this.countExisting().then(() => {
      if (this.pendingRows > 0) this.schedule(0);
    });
  }

  /** Tries now (after a successful audit write, say: the database is back). */
  nudge(): void {
    if (this.pendingRows > 0 && !this.flushing) this.schedule(0);
  }

  /** Sends everything waiting; resolves when done or when the database is still away. */
  flush(): Promise<void> {
    this.flushing ??= this.sendAll().finally(() => {
      this.flushing = undefined;
      if (this.pendingRows > 0) this.schedule();
    });
    return this.flushing;
  }

  close(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(ms = this.retryMs): void {
    if (this.timer) {
      if (ms > 0) return;
      clearTimeout(this.timer);
    }
    // Its own operation, not a part of the request whose audit write scheduled it.
    this.timer = setTimeout(
      inBackground('audit.outbox.drain', () => {
        this.timer = undefined;
        return this.flush();
      }),
      ms,
    );
    this.timer.unref?.();
  }

  private countExisting(): Promise<void> {
    this.counted ??= (async () => {
      for (const file of await this.ourFiles(true)) this.pendingRows += (await this.readRows(file)).length;
    })().catch(() => undefined);
    return this.counted;
  }

  /** The outbox file and the `.sending` files that are ours to send (ours, or of a process that is gone). */
  private async ourFiles(includeOpen: boolean): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(this.options.dir);
    } catch {
      return [];
    }
    const files = names.filter((name) => {
      const m = SENDING.exec(name);
      return m ? Number(m[1]) === process.pid || !alive(Number(m[1])) : false;
    });
    if (includeOpen && names.includes(FILE)) files.push(FILE);
    return files.sort().map((name) => path.join(this.options.dir, name));
  }

  private async readRows(file: string): Promise<OutboxRow[]> {
    const text = await readFile(file, 'utf8').catch(() => '');
    const rows: OutboxRow[] = [];
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        rows.push(JSON.parse(line) as OutboxRow);
      } catch {
        // A line cut short by a crash while appending: nothing to recover.
      }
    }
    return rows;
  }

  private async sendAll(): Promise<void> {
    await this.countExisting();
    await this.appends;
    const open = path.join(this.options.dir, FILE);
    await rename(open, path.join(this.options.dir, `audit-outbox.${process.pid}-${Date.now()}.sending`)).catch(() => undefined);
    for (const file of await this.ourFiles(false)) {
      const rows = await this.readRows(file);
      let done = 0;
      try {
        for (let i = 0; i < rows.length; i += BATCH) {
          const batch = rows.slice(i, i + BATCH);
          const refused = await this.sendBatch(batch);
          done = i + batch.length;
          this.pendingRows -= batch.length;
          this.writtenLate += batch.length - refused;
          this.lost += refused;
        }
      } catch (error) {
        // Still away: the rest waits in the file for the next try.
        if (done > 0) await writeFile(file, rows.slice(done).map((r) => `${JSON.stringify(r)}\n`).join(''), { encoding: 'utf8', mode: 0o600 }).catch(() => undefined);
        logger.debug({ err: error, waiting: rows.length - done }, 'audit outbox: database still away');
        return;
      }
      await unlink(file).catch(() => undefined);
      logger.info({ rows: rows.length }, 'audit outbox: rows kept during the outage are written');
    }
  }

  /**
   * Writes a batch and answers how many rows the database refused for good;
   * throws while it is away. A batch refused for another reason than an outage
   * is tried row by row, so that only the bad row is dropped (to the log).
   */
  private async sendBatch(rows: OutboxRow[]): Promise<number> {
    try {
      await this.options.write(rows);
      return 0;
    } catch (error) {
      if (this.options.isOutage(error)) throw error;
      if (rows.length === 1) {
        logger.error({ audit: rows[0], err: error }, 'audit outbox: the database refused a row; kept in this log line only');
        return 1;
      }
      let refused = 0;
      for (const row of rows) refused += await this.sendBatch([row]);
      return refused;
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}
