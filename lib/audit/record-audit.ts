import { db, Prisma } from '@/lib/db';
import { currentTraceId, logger } from '@/lib/telemetry';

export interface AuditActor {
  sessionId?: string;
  isAdmin: boolean;
  ip?: string;
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

let failedWrites = 0;

/** How many audit rows could not be written since start (shown in health). */
export function auditWriteFailures(): number {
  return failedWrites;
}

/**
 * Writes one audit row. Never throws: the action it records has already
 * happened, so a failed write must not turn it into an error for the user.
 * It is not lost either: the full entry goes to the log at error level.
 */
export async function recordAudit(entry: AuditEntry): Promise<void> {
  const traceId = currentTraceId();
  try {
    const prisma = await db();
    await prisma.auditLog.create({
      data: {
        sessionId: entry.actor.sessionId,
        isAdmin: entry.actor.isAdmin,
        ip: entry.actor.ip,
        action: entry.action,
        resourceType: entry.resourceType,
        resourceId: entry.resourceId,
        outcome: entry.outcome,
        error: entry.error?.slice(0, 2000),
        traceId,
        details: (entry.details ?? undefined) as Prisma.InputJsonValue | undefined,
      },
    });
  } catch (error) {
    failedWrites += 1;
    logger.error({ audit: { ...entry, traceId }, err: error }, 'audit write failed; entry kept in this log line');
  }
}

export interface AuditQuery {
  limit?: number;
  action?: string;
  sessionId?: string;
}

export async function listAudit(query: AuditQuery = {}) {
  const prisma = await db();
  const rows = await prisma.auditLog.findMany({
    where: { action: query.action, sessionId: query.sessionId },
    orderBy: { createdAt: 'desc' },
    take: Math.min(query.limit ?? 100, 500),
  });
  return rows.map((row) => ({ ...row, id: row.id.toString(), createdAt: row.createdAt.toISOString() }));
}
