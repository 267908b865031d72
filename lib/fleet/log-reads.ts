import { db, Prisma } from '@/lib/db';
import { LOG_LEVELS, type LogEntry, type LogLevel, type ServiceName } from './types';

/** One read of a service's newest log lines, without a text filter (those are read one by one). */
export interface LogRead {
  service: ServiceName;
  level?: LogLevel;
  since?: Date;
  limit: number;
}

interface Pending {
  read: LogRead;
  resolve: (lines: LogEntry[]) => void;
  reject: (error: unknown) => void;
}

interface Row {
  ord: bigint | number;
  service: string;
  at: Date;
  level: string;
  message: string;
}

/**
 * Log reads that arrive together are answered by one query: a workflow's
 * fleet snapshot reads every service's logs at once (get_service_logs and
 * run_diagnostics for each of eight services), which was sixteen round trips
 * through Prisma and PGlite, ~1.5 – 3 ms of CPU each, for a few dozen rows.
 * The reads collected until the event loop's next turn go out as one
 * LATERAL query, each with its own service, level, time and limit, so each
 * still uses the (service, at) index and stops at its own limit.
 */
export class LogReadBatcher {
  private pending: Pending[] = [];

  read(read: LogRead): Promise<LogEntry[]> {
    return new Promise((resolve, reject) => {
      if (this.pending.push({ read, resolve, reject }) === 1) setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    try {
      const lines = await readLogs(batch.map((p) => p.read));
      batch.forEach((p, i) => p.resolve(lines[i]!));
    } catch (error) {
      for (const p of batch) p.reject(error);
    }
  }
}

/** The newest lines of each read, newest first (at, then id, as the single reads order them). */
export async function readLogs(reads: LogRead[]): Promise<LogEntry[][]> {
  const prisma = await db();
  const services = reads.map((r) => r.service);
  // -1: any level; '-infinity': any time (both keep the index's range condition).
  const severities = reads.map((r) => (r.level ? LOG_LEVELS.indexOf(r.level) : -1));
  const sinces = reads.map((r) => (r.since ? r.since.toISOString() : '-infinity'));
  const limits = reads.map((r) => r.limit);
  const rows = await prisma.$queryRaw<Row[]>(Prisma.sql`
    SELECT r.ord, l.service, l.at, l.level, l.message
    FROM unnest(${services}::text[], ${severities}::int[], ${sinces}::timestamp[], ${limits}::int[]) WITH ORDINALITY AS r(service, severity, since, lim, ord)
    CROSS JOIN LATERAL (
      SELECT f.id, f.service, f.at, f.level, f.message
      FROM fleet_logs f
      WHERE f.service = r.service AND f.severity >= r.severity AND f.at >= r.since
      ORDER BY f.at DESC, f.id DESC
      LIMIT r.lim
    ) l
    ORDER BY r.ord, l.at DESC, l.id DESC`);
  const out: LogEntry[][] = reads.map(() => []);
  for (const row of rows) {
    out[Number(row.ord) - 1]!.push({ at: new Date(row.at).toISOString(), service: row.service as ServiceName, level: row.level as LogLevel, message: row.message });
  }
  return out;
}
