import { database, db, Prisma, type Database } from '@/lib/db';
import { processSingleton } from '@/lib/runtime';
import { LogReadBatcher } from './log-reads';
import { advance, createFleet, type FleetState, type LogLine, type Step } from './simulation';
import { LOG_LEVELS, type LogEntry, type LogLevel, type ServiceName } from './types';

const FLEET_ID = 'default';
/** Log lines older than this are deleted (checked once a simulated minute). */
export const LOG_RETENTION_MS = 6 * 3600_000;

/**
 * Reads may reuse the stored state fetched this recently (wall-clock ms)
 * instead of querying again. Writes in this process refresh it at once, so
 * only another replica's change can be this late; it keeps a tool call's
 * round trip to one in-memory read (see scripts/bench/mcp-roundtrip.ts).
 */
export const READ_CACHE_MS = 250;

interface Snapshot {
  state: FleetState;
  revision: number;
  fetchedAt: number;
}

/**
 * The last stored state seen, per database, shared by every bundle of the
 * process (plain data only, so no class crosses a bundle).
 */
function snapshots(): WeakMap<Database, Snapshot> {
  return processSingleton('fleet-snapshots', () => new WeakMap<Database, Snapshot>());
}

function remember(state: FleetState, revision: number) {
  const key = database();
  const known = snapshots().get(key);
  if (!known || known.revision <= revision) snapshots().set(key, { state, revision, fetchedAt: Date.now() });
}

export interface FleetStoreOptions {
  seed: number;
  /** The clock (ms since epoch); tests pass their own. */
  now: () => number;
}

export interface LogQuery {
  /** Minimum level: `warn` returns warn and error lines. */
  level?: LogLevel;
  q?: string;
  since?: Date;
  limit: number;
}

/**
 * The fleet in the database: one JSON row plus a log table. Reads advance the
 * state in memory and write only when time produced something (a tick, a
 * completed action); writes hold the row lock (SELECT … FOR UPDATE), so two
 * replicas never apply commands to diverging copies.
 */
export class FleetStore {
  private readonly logReads = new LogReadBatcher();

  constructor(private readonly options: FleetStoreOptions) {}

  /**
   * The fleet brought up to now, that instant, and the stored revision it is
   * (every stored change, log lines included, makes a new one).
   */
  async current(): Promise<{ state: FleetState; at: number; revision: number }> {
    const prisma = await db();
    let stored: FleetState | undefined;
    let revision = 0;
    const cached = snapshots().get(database());
    if (cached && Date.now() - cached.fetchedAt < READ_CACHE_MS) {
      stored = cached.state;
      revision = cached.revision;
    } else {
      const row = await prisma.fleetState.findUnique({ where: { id: FLEET_ID } });
      if (row) {
        stored = row.state as unknown as FleetState;
        revision = row.revision;
        remember(stored, row.revision);
      }
    }
    if (stored) {
      const at = Math.max(this.options.now(), stored.clock);
      const step = advance(stored, at);
      if (!step.result.changed) return { state: stored, at, revision };
    }
    const updated = await this.update((s, now) => advance(s, now));
    return { state: updated.state, at: updated.at, revision: updated.revision };
  }

  /** Runs a command under the row lock and stores its state and log lines. */
  async update<T>(command: (state: FleetState, now: number) => Step<T>): Promise<{ result: T; state: FleetState; at: number; revision: number }> {
    const prisma = await db();
    const outcome = await prisma.$transaction(async (tx) => {
      await tx.fleetState.createMany({
        data: [{ id: FLEET_ID, seed: this.options.seed, state: createFleet(this.options.seed, this.options.now()) as unknown as Prisma.InputJsonValue }],
        skipDuplicates: true,
      });
      await tx.$executeRaw`SELECT 1 FROM fleet_state WHERE id = ${FLEET_ID} FOR UPDATE`;
      const row = await tx.fleetState.findUniqueOrThrow({ where: { id: FLEET_ID } });
      const stored = row.state as unknown as FleetState;
      // Replica clocks may disagree a little; the fleet's time never runs backwards.
      const at = Math.max(this.options.now(), stored.clock);
      const step = command(stored, at);
      let revision = row.revision;
      if (step.state !== stored) {
        revision += 1;
        await tx.fleetState.update({
          where: { id: FLEET_ID },
          data: { state: step.state as unknown as Prisma.InputJsonValue, revision: { increment: 1 }, updatedAt: new Date(at) },
        });
      }
      if (step.logs.length > 0) await tx.fleetLog.createMany({ data: step.logs.map(toRow) });
      if (Math.floor(at / 60_000) !== Math.floor(stored.clock / 60_000)) {
        await tx.fleetLog.deleteMany({ where: { at: { lt: new Date(at - LOG_RETENTION_MS) } } });
      }
      return { result: step.result, state: step.state, at, revision };
    });
    remember(outcome.state, outcome.revision);
    return outcome;
  }

  /**
   * Log lines of one service, newest first. Reads without a text filter that
   * arrive together share one query (log-reads.ts); a text search runs alone.
   */
  async logs(service: ServiceName, query: LogQuery): Promise<LogEntry[]> {
    await this.current();
    if (!query.q) return this.logReads.read({ service, level: query.level, since: query.since, limit: query.limit });
    const prisma = await db();
    const rows = await prisma.fleetLog.findMany({
      where: {
        service,
        ...(query.level ? { severity: { gte: LOG_LEVELS.indexOf(query.level) } } : {}),
        ...(query.since ? { at: { gte: query.since } } : {}),
        ...(query.q ? { message: { contains: query.q, mode: 'insensitive' as const } } : {}),
      },
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      take: query.limit,
    });
    return rows.map((row) => ({ at: row.at.toISOString(), service: row.service as ServiceName, level: row.level as LogLevel, message: row.message }));
  }
}

function toRow(line: LogLine) {
  return { service: line.service, at: new Date(line.at), level: line.level, severity: LOG_LEVELS.indexOf(line.level), message: line.message };
}
