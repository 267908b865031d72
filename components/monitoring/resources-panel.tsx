'use client';

import type { Level, ResourceFigures } from '@/lib/monitoring/types';
import { formatBytes, formatMs, formatPct } from './format';

function Gauge({ label, pct, level, detail }: { label: string; pct: number; level: Level; detail: string }) {
  return (
    <div className="mon-gauge">
      <div className="mon-gauge__head">
        <span>{label}</span>
        <strong className={`mon-level mon-level--${level}`}>{formatPct(pct)}</strong>
      </div>
      <meter min={0} max={100} low={80} high={90} optimum={0} value={Math.min(100, pct)} aria-label={`${label} ${pct.toFixed(1)} percent`} />
      <div className="muted mon-gauge__detail">{detail}</div>
    </div>
  );
}

export function Resources({ resources }: { resources: ResourceFigures }) {
  const r = resources;
  return (
    <section className="card" aria-labelledby="res-h">
      <h2 id="res-h" className="mon-h">Resources <span className="muted">(this instance)</span></h2>
      {r.sampled_at === null ? (
        <p className="muted">Sampling…</p>
      ) : (
        <div className="mon-gauges">
          <Gauge label="Memory (RSS)" pct={r.memory.rss_percent} level={r.memory.level} detail={`${formatBytes(r.memory.rss_bytes)} of ${formatBytes(r.memory.limit_bytes)}`} />
          <Gauge label="Heap" pct={r.memory.heap_percent} level={r.memory.level} detail={`${formatBytes(r.memory.heap_used_bytes)} of ${formatBytes(r.memory.heap_limit_bytes)} limit`} />
          <Gauge label="CPU" pct={r.cpu.percent} level={r.cpu.level} detail={`of ${r.cpu.cores} core(s)`} />
          <Gauge label="Event loop utilization" pct={r.event_loop.utilization_percent} level={r.event_loop.level} detail={`delay p99 ${formatMs(r.event_loop.delay_p99_ms)}, mean ${formatMs(r.event_loop.delay_mean_ms)}`} />
          {r.database_pool ? (
            <Gauge label="Database pool" pct={r.database_pool.used_percent} level={r.database_pool.level} detail={`${r.database_pool.total - r.database_pool.idle}/${r.database_pool.max} in use, ${r.database_pool.waiting} waiting`} />
          ) : (
            <div className="mon-gauge"><div className="mon-gauge__head"><span>Database pool</span></div><div className="muted mon-gauge__detail">Embedded PGlite: one in-process connection, no pool.</div></div>
          )}
          {r.disk ? (
            <Gauge label="Disk (data directory)" pct={r.disk.used_percent} level={r.disk.level} detail={`${formatBytes(r.disk.used_bytes)} of ${formatBytes(r.disk.total_bytes)}; warning ${r.disk.warn_pct} %, critical ${r.disk.critical_pct} %`} />
          ) : null}
          <Gauge
            label="Requests in flight"
            pct={(100 * r.in_flight.current) / Math.max(1, r.in_flight.critical)}
            level={r.in_flight.level}
            detail={`${r.in_flight.current} now, peak ${r.in_flight.peak}; critical ${r.in_flight.critical} (${r.in_flight.refused} refused)`}
          />
          <Gauge
            label="Database query time"
            pct={(100 * (r.db_query.p95_ms ?? 0)) / Math.max(1, r.db_query.critical_ms)}
            level={r.db_query.level}
            detail={r.db_query.count ? `avg ${formatMs(r.db_query.avg_ms)}, p95 ${formatMs(r.db_query.p95_ms)} over ${r.db_query.count} queries` : `no queries in the last ${r.db_query.window_sec} s`}
          />
        </div>
      )}
    </section>
  );
}
