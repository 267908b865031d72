'use client';

import { useEffect, useRef, useState } from 'react';
import type { ServiceView } from '@/lib/fleet/types';
import type { InitialData } from '@/lib/pages/types';
import { CONTAINERS_POLL_MS, useContainers, type ContainersResponse } from '@/components/fleet/use-containers';
import { clog } from '@/components/ui/console-log';
import { RefreshNote } from '@/components/ui/refresh-note';
import { useHydrated } from '@/components/ui/use-hydrated';

function formatUptime(sec: number) {
  if (sec < 60) return `${sec}s`;
  if (sec < 3600) return `${Math.floor(sec / 60)}m`;
  if (sec < 86400) return `${Math.floor(sec / 3600)}h ${Math.floor((sec % 3600) / 60)}m`;
  return `${Math.floor(sec / 86400)}d ${Math.floor((sec % 86400) / 3600)}h`;
}

function Meter({ label, pct }: { label: string; pct: number }) {
  const tone = pct >= 90 ? 'bad' : pct >= 80 ? 'warn' : 'ok';
  // The fill's width is an inline style, which the CSP refuses in server markup:
  // it is set once hydrated (the figure beside it is there from the first paint).
  const hydrated = useHydrated();
  return (
    <div className="meter" title={`${label} ${pct.toFixed(0)}%`}>
      <span className="meter__label">{label}</span>
      <span className="meter__track" aria-hidden="true">
        <span className={`meter__fill meter__fill--${tone}`} style={hydrated ? { width: `${Math.min(pct, 100)}%` } : undefined} />
      </span>
      <span className="meter__value">{pct.toFixed(0)}%</span>
    </div>
  );
}

/**
 * The fleet as cards, polled every 15 s; a card whose status changed since the last poll is highlighted.
 * `initial`: the grid as the server read it, so the cards are in the first paint.
 */
export function ServiceGrid({ initial }: { initial?: InitialData<ContainersResponse> | null }) {
  const { data, error, isPending, dataUpdatedAt, isFetching } = useContainers(initial);
  const previous = useRef(new Map<string, string>());
  const [changed, setChanged] = useState<Set<string>>(new Set());

  useEffect(() => {
    if (!data) return;
    const now = new Set<string>();
    for (const s of data.services) {
      const before = previous.current.get(s.name);
      if (before && before !== s.status) {
        now.add(s.name);
        clog('Tools', `${s.name}: ${before} → ${s.status}`);
      }
      previous.current.set(s.name, s.status);
    }
    setChanged(now);
  }, [data]);

  if (isPending) return <p className="muted" role="status">Loading the fleet…</p>;
  if (error) return <p className="notice notice--error" role="alert">Fleet status unavailable: {error.message}</p>;
  return (
    <>
      <p className="muted small" aria-live="polite">
        <RefreshNote updatedAt={dataUpdatedAt} fetching={isFetching}>
          {` · every ${CONTAINERS_POLL_MS / 1000} s`}
        </RefreshNote>
      </p>
      <ul className="service-grid" aria-label="Services">
        {data.services.map((s: ServiceView) => (
          <li key={s.name} className={`service-card service-card--${s.status}${changed.has(s.name) ? ' service-card--changed' : ''}`} data-service={s.name} data-status={s.status}>
            <div className="service-card__head">
              <span className={`dot dot--${s.status}`} aria-hidden="true" />
              <strong>{s.name}</strong>
              <span className="tag">{s.status}</span>
            </div>
            <div className="muted small">
              v{s.version} · {s.replicas} replica{s.replicas === 1 ? '' : 's'} · up {formatUptime(s.uptimeSec)} · {s.latencyMs} ms
            </div>
            <Meter label="CPU" pct={s.cpuPct} />
            <Meter label="Mem" pct={s.memoryPct} />
            {s.action && <div className="small text-warn">{s.action.kind} in progress…</div>}
            {s.issues.length > 0 && <div className="small muted">{s.issues.join('; ')}</div>}
          </li>
        ))}
      </ul>
    </>
  );
}
