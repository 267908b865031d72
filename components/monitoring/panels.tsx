'use client';

import type { AiFigures, EndpointStats, ErrorClass, Level, MetricsReport, ModelHealth, ResourceFigures, SlowRequest } from '@/lib/monitoring/types';
import { LocalTime } from '@/components/ui/local-time';
import { useHydrated } from '@/components/ui/use-hydrated';
import { formatUptime as formatDuration } from '@/components/layout/format-uptime';
import { modelDetail } from '@/components/compare/format';
import { formatBytes, formatMs, formatPct, formatUsd } from './format';

const STATUS_TEXT = { healthy: 'Healthy', warning: 'Warning', degraded: 'Degraded' } as const;
const STATUS_ADVICE = {
  healthy: 'Safe to route traffic.',
  warning: 'Monitor closely, but deployable.',
  degraded: 'Do not route traffic: investigate.',
} as const;

export function StatusPanel({ health }: { health: MetricsReport['health'] }) {
  return (
    <section className={`card mon-status mon-status--${health.status}`} data-testid="monitoring-status" data-status={health.status} aria-live="polite">
      <div className="mon-status__head">
        <span className="mon-status__dot" aria-hidden="true" />
        <strong>{STATUS_TEXT[health.status]}</strong>
        <span className="muted">{STATUS_ADVICE[health.status]}</span>
      </div>
      {health.recovery && (
        <p className="mon-status__recovery text-warn" data-testid="monitoring-recovery">
          Recovering: {health.recovery.cause}; the windows clear of it in about {formatDuration(health.recovery.remainingSec)}.
        </p>
      )}
      {health.reasons.length > 0 && (
        <ul className="mon-status__reasons">
          {health.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function Tiles({ report }: { report: MetricsReport }) {
  const p = report.performance;
  const tiles: { label: string; value: string; hint?: string }[] = [
    { label: 'Request rate', value: `${report.summary.requests_per_sec.toFixed(2)}/s`, hint: `${report.summary.total_requests} requests` },
    { label: 'Error rate', value: formatPct(report.summary.error_rate_percent, 2), hint: `${report.errors.recent_5xx} 5xx, ${report.errors.recent_timeouts} time-outs` },
    { label: 'p50', value: formatMs(p.p50_ms) },
    { label: 'p95', value: formatMs(p.p95_ms) },
    { label: 'p99', value: formatMs(p.p99_ms), hint: `max ${formatMs(p.max_ms)}` },
    { label: 'Active sessions', value: String(report.summary.active_sessions) },
  ];
  return (
    <dl className="mon-tiles">
      {tiles.map((t) => (
        <div className="card mon-tile" key={t.label} data-testid={`tile-${t.label.toLowerCase().replace(/\s+/g, '-')}`}>
          <dt>{t.label}</dt>
          <dd className="mon-tile__value">{t.value}</dd>
          {t.hint && <dd className="muted mon-tile__hint">{t.hint}</dd>}
        </div>
      ))}
    </dl>
  );
}

const CLASS_LABEL: Record<ErrorClass, string> = {
  '5xx': 'Server errors (5xx)',
  '4xx': 'Client errors (4xx)',
  '429': 'Rate limited (429)',
  '403': 'Forbidden / CSRF (403)',
  timeout: 'Time-outs',
};

export function ErrorBreakdown({ report }: { report: MetricsReport }) {
  const total = report.error_breakdown.reduce((s, e) => s + e.count, 0);
  // Bar widths are inline styles, which the CSP refuses in server markup: set once hydrated.
  const hydrated = useHydrated();
  return (
    <section className="card" aria-labelledby="errors-h">
      <h2 id="errors-h" className="mon-h">Error breakdown <span className="muted">(last {report.windows.last_requests.total_requests} requests)</span></h2>
      {total === 0 ? (
        <p className="muted">No errors among the recent requests.</p>
      ) : (
        <>
          <ul className="mon-bars">
            {report.error_breakdown.map((e) => (
              <li key={e.class}>
                <span>{CLASS_LABEL[e.class]}</span>
                <span className="mon-bar" aria-hidden="true"><span style={hydrated ? { width: `${(100 * e.count) / total}%` } : undefined} /></span>
                <strong>{e.count}</strong>
              </li>
            ))}
          </ul>
          <h3 className="mon-h3">Where</h3>
          <ul className="mon-list">
            {report.errors_by_route.map((e) => (
              <li key={`${e.class}${e.route}`}>
                <code>{e.route}</code> <span className="tag">{e.class}</span> × {e.count}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 className="mon-h3">Traffic by feature</h3>
      <ul className="mon-list">
        {report.features.map((f) => (
          <li key={f.feature}>
            <strong>{f.feature}</strong>: {f.requests} requests, {f.errors} errors
          </li>
        ))}
        {report.features.length === 0 && <li className="muted">No requests yet.</li>}
      </ul>
    </section>
  );
}

export function TopEndpoints({ endpoints }: { endpoints: EndpointStats[] }) {
  return (
    <section className="card mon-table-card" aria-labelledby="top-h">
      <h2 id="top-h" className="mon-h">Top endpoints</h2>
      {endpoints.length === 0 ? (
        <p className="muted">No requests yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr><th scope="col">Endpoint</th><th scope="col">Requests</th><th scope="col">Errors</th><th scope="col">Mean</th><th scope="col">p95</th></tr>
            </thead>
            <tbody>
              {endpoints.map((e) => (
                <tr key={`${e.method} ${e.route}`}>
                  <td><code>{e.method} {e.route}</code> <span className="tag">{e.feature}</span></td>
                  <td>{e.requests}</td>
                  <td>{e.errors ? `${e.errors} (${formatPct(e.error_rate_percent)})` : '0'}</td>
                  <td>{formatMs(e.mean_ms)}</td>
                  <td>{formatMs(e.p95_ms)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function SlowRequests({ requests, thresholdMs }: { requests: SlowRequest[]; thresholdMs: number }) {
  return (
    <section className="card mon-table-card" aria-labelledby="slow-h">
      <h2 id="slow-h" className="mon-h">Slow requests <span className="muted">(≥ {formatMs(thresholdMs)})</span></h2>
      {requests.length === 0 ? (
        <p className="muted">None recently.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr><th scope="col">When</th><th scope="col">Request</th><th scope="col">Status</th><th scope="col">Took</th><th scope="col">Trace</th></tr>
            </thead>
            <tbody>
              {requests.map((r) => (
                <tr key={r.trace_id + r.at}>
                  <td><LocalTime at={r.at} /></td>
                  <td><code>{r.method} {r.path}</code></td>
                  <td>{r.status}</td>
                  <td>{formatMs(r.duration_ms)}</td>
                  <td><code title={r.trace_id}>{r.trace_id.slice(0, 12)}…</code></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

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

/** What a model slot's circuit breaker says, in words (the console's line per model server). */
export function circuitWords(m: ModelHealth): { level: Level; text: string } {
  const c = m.circuit;
  if (!c) return { level: 'ok', text: 'built-in simulator: no server to watch' };
  if (c.state === 'closed') {
    return { level: c.consecutiveFailures ? 'warning' : 'ok', text: c.consecutiveFailures ? `answering; ${c.consecutiveFailures} failure(s) in a row (last: ${c.lastFailure})` : 'answering' };
  }
  if (c.state === 'half-open') return { level: 'warning', text: 'recovering: one trial call decides' };
  const wait = c.retryInMs === null ? '' : `; next trial in ${Math.ceil(c.retryInMs / 1000)} s`;
  return { level: 'critical', text: `paused after ${c.consecutiveFailures} failure${c.consecutiveFailures === 1 ? '' : 's'} in a row (last: ${c.lastFailure})${wait}; ${c.shortCircuited} call(s) refused` };
}

export function AiPanel({ ai, models }: { ai: AiFigures; models: MetricsReport['models'] }) {
  const t = ai.totals;
  return (
    <section className="card mon-table-card" aria-labelledby="ai-h">
      <h2 id="ai-h" className="mon-h">AI <span className="muted">(since <LocalTime at={ai.since} />)</span></h2>
      <p>
        {t.calls} model calls, {t.input_tokens + t.output_tokens} tokens, {formatUsd(t.cost_usd)}; workflow success{' '}
        {formatPct(t.workflow_success_rate_percent)}; hallucination rate {formatPct(t.hallucination_rate_percent)}.
      </p>
      <ul className="mon-models" aria-label="Model servers">
        {Object.entries(models).map(([slot, m]) => {
          const { level, text } = circuitWords(m);
          return (
            <li key={slot} data-slot={slot} data-circuit={m.circuit?.state ?? 'simulated'}>
              <strong>Model {slot}</strong> <span className="muted">({modelDetail(slot, m.displayName)})</span>:{' '}
              <span className={`mon-level mon-level--${level}`}>{text}</span>
            </li>
          );
        })}
      </ul>
      {ai.models.length === 0 ? (
        <p className="muted">No model calls yet: chats, agent workflows and comparisons will show here per model.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr><th scope="col">Model</th><th scope="col">Calls</th><th scope="col">Tokens in/out</th><th scope="col">Cost</th><th scope="col">Mean latency</th><th scope="col">Workflow success</th><th scope="col">Hallucination rate</th></tr>
            </thead>
            <tbody>
              {ai.models.map((m) => (
                <tr key={m.model}>
                  <td><code>{m.model}</code></td>
                  <td>{m.calls}{m.failed_calls ? ` (${m.failed_calls} failed)` : ''}</td>
                  <td>{m.input_tokens} / {m.output_tokens}</td>
                  <td>{formatUsd(m.cost_usd)}</td>
                  <td>{formatMs(m.mean_latency_ms)}</td>
                  <td>{formatPct(m.workflow_success_rate_percent)}</td>
                  <td>{formatPct(m.hallucination_rate_percent)} {m.hallucination_checks ? <span className="muted">of {m.hallucination_checks}</span> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
