import { database, db, type Database } from '@/lib/db';
import { processSingleton } from '@/lib/runtime';
import { LOG_LEVELS, SERVICE_NAMES, type LogEntry, type LogLevel, type ServiceName } from './types';

/** Per service, newest first: [at (ms since epoch), level, message]. */
export type ArchivedLogs = Partial<Record<ServiceName, Array<[number, LogLevel, string]>>>;

/**
 * How many of a service's newest lines an archive keeps, at any level and
 * again at warn and above: what get_service_logs answers by default (50) and
 * run_diagnostics reads (the newest few warnings), with a level filter's
 * answer as far as these lines go.
 */
export const ARCHIVED_LINES = 50;

/** The archives this process knows exist, per database: only the newest key is worth remembering. */
function known(): WeakMap<Database, string> {
  return processSingleton('fleet-log-archives', () => new WeakMap<Database, string>());
}

/**
 * Makes sure the fleet's newest log lines as of revision `key` are archived
 * (copied by the database itself, in one statement, never through this
 * process), for a run's fleet snapshot to point at. Log lines only appear
 * with a new revision, so every snapshot of the same revision shares one
 * archive: under load most snapshots find it made (remembered here, no query
 * at all), and none copies the ~40 kB of lines a snapshot used to carry.
 */
export async function ensureLogArchive(key: string, at: number): Promise<void> {
  const here = database();
  if (known().get(here) === key) return;
  const prisma = await db();
  const until = new Date(at).toISOString();
  // The lines table stores UTC wall time (timestamp without zone): epoch of it is ms since 1970 UTC.
  await prisma.$executeRaw`
    INSERT INTO fleet_log_archives (key, logs)
    SELECT ${key}, coalesce((
      SELECT jsonb_object_agg(per.service, per.lines) FROM (
        SELECT s.service, jsonb_agg(jsonb_build_array(round(extract(epoch FROM l.at) * 1000)::bigint, l.level, l.message) ORDER BY l.at DESC, l.id DESC) AS lines
        FROM unnest(${[...SERVICE_NAMES]}::text[]) AS s(service)
        CROSS JOIN LATERAL (
          (SELECT f.id, f.at, f.level, f.message FROM fleet_logs f
            WHERE f.service = s.service AND f.at <= ${until}::timestamp ORDER BY f.at DESC, f.id DESC LIMIT ${ARCHIVED_LINES})
          UNION
          (SELECT f.id, f.at, f.level, f.message FROM fleet_logs f
            WHERE f.service = s.service AND f.severity >= ${LOG_LEVELS.indexOf('warn')} AND f.at <= ${until}::timestamp ORDER BY f.at DESC, f.id DESC LIMIT ${ARCHIVED_LINES})
        ) l
        GROUP BY s.service
      ) per), '{}'::jsonb)
    ON CONFLICT (key) DO NOTHING`;
  known().set(here, key);
}

/** The lines archived under `key` (none when it was never made or is gone). */
export async function readLogArchive(key: string): Promise<ArchivedLogs> {
  const prisma = await db();
  const row = await prisma.fleetLogArchive.findUnique({ where: { key } });
  return (row?.logs as ArchivedLogs | undefined) ?? {};
}

/** An archive's lines of one service as a log query over the stored lines would answer them. */
export function archivedLines(
  logs: ArchivedLogs,
  service: ServiceName,
  query: { level?: LogLevel; since?: Date; q?: string; limit: number },
): LogEntry[] {
  const min = query.level ? LOG_LEVELS.indexOf(query.level) : 0;
  const since = query.since?.getTime() ?? -Infinity;
  const q = query.q?.toLowerCase();
  const out: LogEntry[] = [];
  for (const [at, level, message] of logs[service] ?? []) {
    if (out.length >= query.limit) break;
    if (LOG_LEVELS.indexOf(level) < min || at < since || (q && !message.toLowerCase().includes(q))) continue;
    out.push({ at: new Date(at).toISOString(), service, level, message });
  }
  return out;
}
