import { getConfig } from '@/lib/config';
import { asDatabaseUnavailable, db, Prisma } from '@/lib/db';
import { processSingleton } from '@/lib/runtime';
import { currentTraceId, logger } from '@/lib/telemetry';
import { AuditOutbox, type OutboxRow, type OutboxStatus } from './outbox';

export interface AuditActor {
  sessionId?: string;
  isAdmin: boolean;
  ip?: string;
}

/** How an admin is named where a change is shown ("updated by"): a session's first 8 characters, or the token. */
export function actorLabel(actor: AuditActor): string {
  return actor.sessionId ? `admin session ${actor.sessionId.slice(0, 8)}` : 'admin token';
}

export interface AuditEntry {
  actor: AuditActor;
  /** What happened, as `noun.verb`: `admin.login`, `fault.inject`, `chat.clear`. */
  action: string;
  resourceType: string;
  resourceId?: string;
  outcome: 'success' | 'failure' | 'denied';
  error?: string;
  details?: Record<string, unknown>;
}

function toRow(row: OutboxRow) {
  return {
    createdAt: new Date(row.createdAt),
    sessionId: row.sessionId,
    isAdmin: row.isAdmin,
    ip: row.ip,
    action: row.action,
    resourceType: row.resourceType,
    resourceId: row.resourceId,
    outcome: row.outcome,
    error: row.error,
    traceId: row.traceId,
    details: (row.details ?? undefined) as Prisma.InputJsonValue | undefined,
  };
}

/** The process's outbox, in the data directory (see outbox.ts). */
export function auditOutbox(): AuditOutbox {
  return processSingleton(
    'audit-outbox',
    () =>
      new AuditOutbox({
        dir: getConfig().dataDir,
        write: async (rows) => {
          const prisma = await db();
          await prisma.auditLog.createMany({ data: rows.map(toRow) });
        },
        isOutage: (error) => asDatabaseUnavailable(error) !== undefined,
      }),
  );
}

/** Rows waiting for the database, written late, and lost (shown in health). */
export function auditWriteStatus(): OutboxStatus {
  return auditOutbox().status();
}

/**
 * Writes one audit row. Never throws: the action it records has already
 * happened, so a failed write must not turn it into an error for the user.
 * It is not lost either: it waits in the outbox (a file in the data directory)
 * and is written, with its original time, once the database answers again.
 */
export async function recordAudit(entry: AuditEntry): Promise<void> {
  const row: OutboxRow = {
    createdAt: new Date().toISOString(),
    sessionId: entry.actor.sessionId,
    isAdmin: entry.actor.isAdmin,
    ip: entry.actor.ip,
    action: entry.action,
    resourceType: entry.resourceType,
    resourceId: entry.resourceId,
    outcome: entry.outcome,
    error: entry.error?.slice(0, 2000),
    traceId: currentTraceId(),
    details: entry.details,
  };
  const outbox = auditOutbox();
  try {
    const prisma = await db();
    await prisma.auditLog.create({ data: toRow(row) });
    // The database answers: anything kept during an outage can go now.
    outbox.nudge();
  } catch (error) {
    const kept = await outbox.keep(row);
    logger.warn(
      kept ? { action: row.action, reason: describe(error) } : { audit: row, err: error },
      kept ? 'audit write failed; kept in the outbox until the database answers' : 'audit write failed and could not be kept; entry kept in this log line',
    );
  }
}

function describe(error: unknown): string {
  return asDatabaseUnavailable(error)?.reason ?? (error instanceof Error ? error.message.split('\n')[0]! : String(error));
}

export interface AuditQuery {
  limit?: number;
  action?: string;
  sessionId?: string;
  /** A `next` cursor from an earlier page: entries older than its last one. */
  before?: AuditCursor;
}

/** Where a page of the trail ended: keyset on (createdAt, id), so pages stay stable while rows arrive. */
export interface AuditCursor {
  createdAt: Date;
  id: bigint;
}

/** The cursor travels as one opaque token (`<ms>.<id>`) a client hands back unchanged. */
export function encodeAuditCursor(cursor: AuditCursor): string {
  return `${cursor.createdAt.getTime()}.${cursor.id}`;
}

export function decodeAuditCursor(token: string): AuditCursor | undefined {
  const match = /^(\d{1,15})\.(\d{1,19})$/.exec(token);
  if (!match) return undefined;
  const createdAt = new Date(Number(match[1]));
  const id = BigInt(match[2]!);
  // Ids are PostgreSQL bigints: a larger one would be the database's error (a 500), not the client's.
  return Number.isNaN(createdAt.getTime()) || id > 9_223_372_036_854_775_807n ? undefined : { createdAt, id };
}

export async function listAudit(query: AuditQuery = {}) {
  return (await listAuditPage(query)).entries;
}

/** One page of the trail, newest first, and the cursor of the next (older) page when there is one. */
export async function listAuditPage(query: AuditQuery = {}) {
  const prisma = await db();
  const take = Math.min(query.limit ?? 100, 500);
  const { before } = query;
  const rows = await prisma.auditLog.findMany({
    where: {
      action: query.action,
      sessionId: query.sessionId,
      ...(before ? { OR: [{ createdAt: { lt: before.createdAt } }, { createdAt: before.createdAt, id: { lt: before.id } }] } : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    // One more than asked says whether another page exists without a count over the table.
    take: take + 1,
  });
  const page = rows.slice(0, take);
  const last = page.at(-1);
  return {
    entries: page.map((row) => ({ ...row, id: row.id.toString(), createdAt: row.createdAt.toISOString() })),
    next: rows.length > take && last ? encodeAuditCursor(last) : null,
  };
}
