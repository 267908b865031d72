import type { CacheStatus } from '@/lib/cache/types';
import type { JobStatus, JobsReport } from '@/lib/jobs/types';
import type { Level, RecoveryRecord } from '@/lib/monitoring/types';
import { LocalTime } from '@/components/ui/local-time';
import { formatMs } from './format';

const STATUS_LEVEL: Record<JobStatus, Level> = { ok: 'ok', pending: 'ok', standby: 'ok', stale: 'warning', failing: 'critical' };

function every(ms: number): string {
  return ms >= 60_000 ? `${Math.round(ms / 60_000)} min` : `${Math.round(ms / 100) / 10} s`;
}

/** The scheduler's jobs on this instance, the cache, and automatic recoveries. */
export function JobsPanel({ jobs, cache, recoveries }: { jobs: JobsReport; cache: CacheStatus; recoveries: RecoveryRecord[] }) {
  const lookups = cache.hits + cache.misses;
  return (
    <section className="card mon-table-card" aria-labelledby="jobs-h">
      <h2 id="jobs-h" className="mon-h">Background jobs <span className="muted">(instance {jobs.instanceId})</span></h2>
      <div className="table-wrap">
        <table className="table" aria-label="Background jobs">
          <thead>
            <tr>
              <th scope="col">Job</th><th scope="col">Status</th><th scope="col">Every</th><th scope="col">Last run</th>
              <th scope="col">Duration</th><th scope="col">Failures in a row</th><th scope="col">Next run</th><th scope="col">Detail</th>
            </tr>
          </thead>
          <tbody>
            {jobs.jobs.map((j) => (
              <tr key={j.name} data-job={j.name} data-status={j.status}>
                <td>{j.title} <span className="muted">{j.singleton ? '(one instance)' : '(each instance)'}</span></td>
                <td><strong className={`mon-level mon-level--${STATUS_LEVEL[j.status]}`}>{j.status}</strong>{j.running ? <span className="muted"> running</span> : null}</td>
                <td>{every(j.intervalMs)}</td>
                <td>{j.lastEndedAt ? <><LocalTime at={j.lastEndedAt} /> ({j.lastOutcome})</> : '–'}</td>
                <td>{formatMs(j.lastDurationMs)}</td>
                <td>{j.consecutiveFailures} <span className="muted">of {j.runs + j.failures} run(s)</span></td>
                <td>{j.nextRunAt ? <LocalTime at={j.nextRunAt} /> : '–'}</td>
                <td className="muted">
                  {j.reason ?? j.lastError ?? (j.status === 'standby' ? `runs on ${j.leaseHolder ?? 'another instance'}` : j.lastDetail ?? '')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className="mon-h">Cache</h3>
      <p data-testid="cache-status">
        {!cache.enabled
          ? 'Off (CACHE_ENABLED=false).'
          : `${cache.active === 'redis' ? 'Redis (shared by every replica)' : cache.store === 'redis' ? 'memory: Redis unreachable, falling back' : 'memory (this process)'}; `
            + `${cache.hits} hits, ${cache.misses} misses${lookups ? ` (${Math.round((100 * cache.hits) / lookups)} % hit rate)` : ''}; `
            + `${cache.store === 'redis' && cache.redisKeys !== null ? `${cache.redisKeys} keys in Redis, ` : ''}${cache.memoryEntries} in memory; `
            + `${cache.invalidations} invalidation(s)${cache.fallbacks ? `, ${cache.fallbacks} fallback(s) to memory` : ''}.`}
      </p>
      <h3 className="mon-h">Automatic recovery</h3>
      {recoveries.length === 0 ? (
        <p className="muted">None yet: on a memory warning the app frees its caches and trims its windows, and records it here.</p>
      ) : (
        <ul className="mon-list" aria-label="Recoveries">
          {recoveries.map((r, i) => (
            <li key={`${r.at}-${i}`}>
              <LocalTime at={r.at} /> <strong className={`mon-level mon-level--${r.outcome === 'failed' ? 'critical' : r.outcome === 'started' ? 'warning' : 'ok'}`}>{r.outcome}</strong>{' '}
              {r.action} ({r.trigger}): {r.detail}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
