'use client';

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { AlertView, ChaosState, MetricsReport } from '@/lib/monitoring/types';
import type { InitialData } from '@/lib/pages/types';
import { fetchJson } from '@/components/ui/fetch-json';

/** The source's dashboard refreshes every 5 s; so does this one. */
export const METRICS_POLL_MS = 5_000;
export const MONITORING_QUERY_KEY = ['monitoring'] as const;
/** Demo traffic the page sends while its switch is on (requests per second). */
export const DEMO_TRAFFIC_RPS = 8;

export type WindowChoice = MetricsReport['window'];

/**
 * `initial`: the report the page read on the server for the window it opens
 * with; it seeds only that window's query (another window has other figures).
 */
export function useMetrics(window: WindowChoice, initial?: (InitialData<MetricsReport> & { window: WindowChoice }) | null) {
  const seed = initial?.window === window ? initial : undefined;
  return useQuery({
    queryKey: [...MONITORING_QUERY_KEY, 'metrics', window],
    queryFn: () => fetchJson<MetricsReport>(`/api/metrics?window=${window}`),
    refetchInterval: METRICS_POLL_MS,
    placeholderData: keepPreviousData,
    initialData: seed?.data,
    initialDataUpdatedAt: seed?.updatedAt,
  });
}

export function useAcknowledge() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => fetchJson<{ alert: AlertView }>(`/api/alerts/${encodeURIComponent(id)}/ack`, { method: 'POST' }),
    onSettled: () => client.invalidateQueries({ queryKey: MONITORING_QUERY_KEY }),
  });
}

export type ChaosRequest = { kind: 'errors' | 'latency'; ratePct?: number; latencyMs?: number; durationSec: number } | 'off';

export function useChaos() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: ChaosRequest) =>
      request === 'off'
        ? fetchJson<{ chaos: ChaosState }>('/api/chaos', { method: 'DELETE' })
        : fetchJson<{ chaos: ChaosState }>('/api/chaos', { method: 'POST', json: request }),
    onSettled: () => client.invalidateQueries({ queryKey: MONITORING_QUERY_KEY }),
  });
}

/** Sends demo requests (`/api/demo/work`) at DEMO_TRAFFIC_RPS while on; counts what came back. */
export function useDemoTraffic() {
  const [running, setRunning] = useState(false);
  const [counts, setCounts] = useState({ sent: 0, failed: 0 });
  const inFlight = useRef(0);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      // Never pile up requests when the server is slow (latency chaos): cap what is in flight.
      if (inFlight.current >= DEMO_TRAFFIC_RPS * 4) return;
      inFlight.current += 1;
      fetch('/api/demo/work', { cache: 'no-store' })
        .then((r) => setCounts((c) => ({ sent: c.sent + 1, failed: c.failed + (r.ok ? 0 : 1) })))
        .catch(() => setCounts((c) => ({ sent: c.sent + 1, failed: c.failed + 1 })))
        .finally(() => (inFlight.current -= 1));
    }, 1000 / DEMO_TRAFFIC_RPS);
    return () => clearInterval(timer);
  }, [running]);
  return { running, counts, toggle: () => setRunning((r) => !r) };
}
