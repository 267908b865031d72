// What the retention jobs cost on the database the environment names (run by
// `npm run bench`'s scale section after seeding a week): the first clean-up
// with the defaults (rollups past MONITORING_ROLLUP_RETENTION_HOURS go), then
// one that drops a day of everything else (retention set to 6 days), then a
// clean-up with nothing left to delete, which is what most runs are.
// Prints one JSON line. Needs `--conditions react-server` (lib/db is server-only).
import { getConfig } from '../../lib/config';
import { database } from '../../lib/db';
import { pruneRetention } from '../../lib/jobs/retention';
import { monitor } from '../../lib/monitoring';

async function timed(fn: () => Promise<unknown>) {
  const started = performance.now();
  const detail = await fn();
  return { ms: Math.round(performance.now() - started), detail };
}

async function main() {
  const config = getConfig();
  const prisma = await database().client(120_000);
  const count = async () => ({
    workflowRuns: await prisma.workflowRun.count(),
    workflowSteps: await prisma.workflowStep.count(),
    chatMessages: await prisma.chatMessage.count(),
    audit: await prisma.auditLog.count(),
    rollups: await prisma.monitoringRollup.count(),
  });
  const before = await count();
  const monitoringDefaults = await timed(() => monitor().prune());
  const dayOfEverything = await timed(() => pruneRetention({ ...config.jobs, workflowRetentionDays: 6, auditRetentionDays: 6, chatRetentionDays: 6 }));
  const nothingDue = await timed(() => pruneRetention({ ...config.jobs, workflowRetentionDays: 6, auditRetentionDays: 6, chatRetentionDays: 6 }));
  const after = await count();
  await database().close();
  console.log(JSON.stringify({ before, after, monitoringPruneMs: monitoringDefaults.ms, pruneOneDayMs: dayOfEverything.ms, pruneOneDay: dayOfEverything.detail, pruneNothingDueMs: nothingDue.ms }));
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
