'use client';

import type { EndpointStats, SlowRequest } from '@/lib/monitoring/types';
import { LocalTime } from '@/components/ui/local-time';
import { formatMs, formatPct } from './format';

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
