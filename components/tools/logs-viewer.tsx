'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { SERVICE_NAMES, LOG_LEVELS, type LogEntry } from '@/lib/fleet/types';
import { fetchJson } from '@/components/ui/fetch-json';
import { LocalTime } from '@/components/ui/local-time';

export const LOGS_POLL_MS = 15_000;

/** One service's log lines, newest first, filtered by level and text. */
export function LogsViewer() {
  const [service, setService] = useState<string>('web-ui');
  const [level, setLevel] = useState<string>('');
  const [q, setQ] = useState('');
  const params = new URLSearchParams({ limit: '100', ...(level ? { level } : {}), ...(q.trim() ? { q: q.trim() } : {}) });
  const logs = useQuery({
    queryKey: ['logs', service, level, q.trim()],
    queryFn: () => fetchJson<{ service: string; lines: LogEntry[] }>(`/api/logs/${service}?${params}`),
    refetchInterval: LOGS_POLL_MS,
    placeholderData: (previous) => previous,
  });
  const entries = logs.data?.lines ?? [];
  // While another service's lines load, the previous lines stay (no jump) but keep their own service's name.
  const shown = logs.data?.service ?? service;
  const switching = shown !== service;
  return (
    <section className="card" aria-labelledby="logs-heading">
      <h2 id="logs-heading" className="card__title">Service logs</h2>
      <div className="toolbar">
        <div className="field">
          <label htmlFor="logs-service">Service</label>
          <select id="logs-service" value={service} onChange={(e) => setService(e.target.value)}>
            {SERVICE_NAMES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="logs-level">Level (and above)</label>
          <select id="logs-level" value={level} onChange={(e) => setLevel(e.target.value)}>
            <option value="">all</option>
            {LOG_LEVELS.map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
        </div>
        <div className="field field--grow">
          <label htmlFor="logs-q">Contains</label>
          <input id="logs-q" value={q} onChange={(e) => setQ(e.target.value)} placeholder="timeout" />
        </div>
      </div>
      {logs.error && <p className="notice notice--error" role="alert">{logs.error.message}</p>}
      {logs.isPending && <p className="muted">Loading logs…</p>}
      {logs.data && entries.length === 0 && <p className="muted">No log lines match.</p>}
      {entries.length > 0 && (
        <>
        <p className="muted small log-lines__caption" aria-live="polite">
          {switching ? `Lines of ${shown}, loading ${service}…` : `Lines of ${shown}, newest first`}
        </p>
        <ol className={`log-lines${switching ? ' log-lines--stale' : ''}`} aria-label={`Log lines of ${shown}`} aria-busy={switching}>
          {entries.map((e, i) => (
            <li key={`${e.at}-${i}`} className={`log-line log-line--${e.level}`}>
              <LocalTime at={e.at} /> <span className="log-line__level">{e.level}</span> {e.message}
            </li>
          ))}
        </ol>
        </>
      )}
    </section>
  );
}
