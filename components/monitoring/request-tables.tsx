'use client';

import type { ReactNode } from 'react';
import type { EndpointStats, SlowRequest } from '@/lib/monitoring/types';
import { LocalTime } from '@/components/ui/local-time';
import { formatMs, formatPct } from './format';

/** A card with its heading and a table, or (with `empty`) the line that stands in for an empty table. */
function TableCard({ id, title, columns, empty, children }: { id: string; title: ReactNode; columns: string[]; empty?: string; children: ReactNode }) {
  return (
    <section className="card mon-table-card" aria-labelledby={id}>
      <h2 id={id} className="mon-h">{title}</h2>
      {empty ? (
        <p className="muted">{empty}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>{columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr>
            </thead>
            <tbody>{children}</tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function TopEndpoints({ endpoints }: { endpoints: EndpointStats[] }) {
  return (
    <TableCard id="top-h" title="Top endpoints" columns={['Endpoint', 'Requests', 'Errors', 'Mean', 'p95']} empty={endpoints.length === 0 ? 'No requests yet.' : undefined}>
      {endpoints.map((e) => (
        <tr key={`${e.method} ${e.route}`}>
          <td><code>{e.method} {e.route}</code> <span className="tag">{e.feature}</span></td>
          <td>{e.requests}</td>
          <td>{e.errors ? `${e.errors} (${formatPct(e.error_rate_percent)})` : '0'}</td>
          <td>{formatMs(e.mean_ms)}</td>
          <td>{formatMs(e.p95_ms)}</td>
        </tr>
      ))}
    </TableCard>
  );
}

export function SlowRequests({ requests, thresholdMs }: { requests: SlowRequest[]; thresholdMs: number }) {
  return (
    <TableCard
      id="slow-h"
      title={<>Slow requests <span className="muted">(≥ {formatMs(thresholdMs)})</span></>}
      columns={['When', 'Request', 'Status', 'Took', 'Trace']}
      empty={requests.length === 0 ? 'None recently.' : undefined}
    >
      {requests.map((r) => (
        <tr key={r.trace_id + r.at}>
          <td><LocalTime at={r.at} /></td>
          <td><code>{r.method} {r.path}</code></td>
          <td>{r.status}</td>
          <td>{formatMs(r.duration_ms)}</td>
          <td><code title={r.trace_id}>{r.trace_id.slice(0, 12)}…</code></td>
        </tr>
      ))}
    </TableCard>
  );
}
