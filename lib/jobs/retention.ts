import type { JobsConfig } from '@/lib/config';
import { db } from '@/lib/db';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/**
 * A log archive no snapshot names is kept this long: a run records its
 * fleet's archive a moment before its snapshot row names it, and a revision
 * stays current a few seconds at most while anyone reads the fleet.
 */
const LOG_ARCHIVE_GRACE_MS = 3_600_000;

/**
 * Deletes what has outlived its retention: finished workflow runs (their steps
 * and snapshots go with them, ON DELETE CASCADE, then the fleet log archives
 * no snapshot names) and ask-both answers (with their votes: a
 * load test's "chat" scenario stores two per request) after the same days,
 * fleet log lines, soft-deleted sessions, the audit trail and chat messages
 * (both grow with every request), and the Compare report's hourly aggregates of them.
 * Monitoring rows (rollups, snapshots, alert history) are pruned by the
 * monitoring job with their own settings. Ended admin logins go too. Returns what it did, for the panel.
 */
export async function pruneRetention(config: JobsConfig, now = Date.now()): Promise<string> {
  const prisma = await db();
  const runs = await prisma.workflowRun.deleteMany({
    where: { createdAt: { lt: new Date(now - config.workflowRetentionDays * DAY_MS) }, status: { not: 'running' } },
  });
  // The fleet's log archives that no run snapshot names any more (their runs deleted above, or never stored).
  const archives = await prisma.$executeRaw`
    DELETE FROM fleet_log_archives a
    WHERE a.created_at < ${new Date(now - LOG_ARCHIVE_GRACE_MS)} AND NOT EXISTS (SELECT 1 FROM run_fleet_snapshots s WHERE s.logs_key = a.key)`;
  const asks = await prisma.askAnswer.deleteMany({ where: { createdAt: { lt: new Date(now - config.workflowRetentionDays * DAY_MS) } } });
  const logs = await prisma.fleetLog.deleteMany({ where: { at: { lt: new Date(now - config.fleetLogRetentionHours * 3_600_000) } } });
  const sessions = await prisma.chatSession.deleteMany({
    where: { deletedAt: { not: null, lt: new Date(now - config.softDeleteRetentionDays * DAY_MS) } },
  });
  const audit = await prisma.auditLog.deleteMany({ where: { createdAt: { lt: new Date(now - config.auditRetentionDays * DAY_MS) } } });
  const chat = await prisma.chatMessage.deleteMany({ where: { createdAt: { lt: new Date(now - config.chatRetentionDays * DAY_MS) } } });
  // The Compare report's hourly aggregates of those rows, once their whole hour is past the rows' retention.
  const runCutoff = new Date(now - config.workflowRetentionDays * DAY_MS - HOUR_MS);
  const chatCutoff = new Date(now - config.chatRetentionDays * DAY_MS - HOUR_MS);
  const runHours = await prisma.compareRunHour.deleteMany({ where: { hour: { lte: runCutoff } } });
  const answerHours = await prisma.compareAnswerHour.deleteMany({
    where: { OR: [{ source: 'ask', hour: { lte: runCutoff } }, { source: 'chat', hour: { lte: chatCutoff } }] },
  });
  // Admin logins that ended (expired, or revoked by a logout) a day ago: nothing checks them any more.
  const adminLogins = await prisma.adminSession.deleteMany({ where: { expiresAt: { lt: new Date(now) } } });
  const revoked = await prisma.adminSession.deleteMany({ where: { revokedAt: { lt: new Date(now - DAY_MS) } } });
  return `deleted ${runs.count} workflow run(s), ${archives} fleet log archive(s), ${asks.count} ask-both answer(s), ${logs.count} fleet log line(s), ${sessions.count} deleted session(s), ${audit.count} audit row(s), ${chat.count} chat message(s), ${runHours.count + answerHours.count} compare hour row(s), ${adminLogins.count + revoked.count} ended admin login(s)`;
}
