'use client';

import Link from 'next/link';
import { useState } from 'react';
import { LocalTime } from '@/components/ui/local-time';
import { useTraces } from './use-traces';

function formatMs(ms: number) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

export function TraceList() {
  const [errorsOnly, setErrorsOnly] = useState(false);
  const [q, setQ] = useState('');
  const { data, error, isPending, isFetching } = useTraces({ errorsOnly, q });

  return (
    <>
      <div className="toolbar" role="search">
        <div className="field field--grow">
          <label htmlFor="trace-q">Filter by name or trace id</label>
          <input id="trace-q" value={q} onChange={(e) => setQ(e.target.value)} placeholder="GET /api/health" />
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={errorsOnly} onChange={(e) => setErrorsOnly(e.target.checked)} /> Errors only
        </label>
        <span className="muted" aria-live="polite">{isFetching ? 'Refreshing…' : 'Live, every 5 s'}</span>
      </div>
      {data?.instance && (
        <p className="muted" data-testid="trace-scope">
          Per instance: these are the traces of instance {data.instance.id} only.
          {data.instance.serverless &&
            ' On Vercel each function instance keeps its own and loses them when it stops: see Application Insights or your OTLP backend for the whole app.'}
        </p>
      )}
      {error && <p className="notice notice--error" role="alert">Could not load traces: {error.message}</p>}
      {isPending && <p className="muted">Loading traces…</p>}
      {data && data.traces.length === 0 && (
        <p className="notice">No traces yet. Use the app (open a page, call an API) and they appear here within seconds.</p>
      )}
      {data && data.traces.length > 0 && (
        <div className="table-wrap card card--flush">
          <table className="table" aria-label="Recent traces">
            <thead>
              <tr>
                <th scope="col">Operation</th>
                <th scope="col">Started</th>
                <th scope="col">Duration</th>
                <th scope="col">Spans</th>
              </tr>
            </thead>
            <tbody>
              {data.traces.map((t) => (
                <tr key={t.traceId}>
                  <td>
                    <Link href={`/traces/${t.traceId}`}>{t.rootName}</Link>
                    {t.error && <span className="tag tag--write tag--spaced">error</span>}
                  </td>
                  <td><LocalTime at={t.startMs} /></td>
                  <td>{formatMs(t.durationMs)}</td>
                  <td>{t.spanCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
