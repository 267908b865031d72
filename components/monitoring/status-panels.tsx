'use client';

import type { MetricsReport } from '@/lib/monitoring/types';
import { formatUptime as formatDuration } from '@/components/layout/format-uptime';
import { formatMs, formatPct } from './format';

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
