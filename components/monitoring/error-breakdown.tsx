'use client';

import type { ErrorClass, MetricsReport } from '@/lib/monitoring/types';
import { useHydrated } from '@/components/ui/use-hydrated';

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
