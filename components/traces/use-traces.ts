'use client';

import { useQuery } from '@tanstack/react-query';
import { fetchJson } from '@/components/ui/fetch-json';
import type { StoredSpan, TraceSummary } from '@/lib/telemetry/types';

export const TRACES_POLL_MS = 5_000;

export function useTraces(filter: { errorsOnly: boolean; q: string }) {
  const params = new URLSearchParams({ limit: '100', errorsOnly: String(filter.errorsOnly), ...(filter.q ? { q: filter.q } : {}) });
  return useQuery({
    queryKey: ['traces', filter],
    queryFn: () => fetchJson<{ traces: TraceSummary[]; instance?: { id: string; serverless: boolean } }>(`/api/traces?${params}`),
    refetchInterval: TRACES_POLL_MS,
  });
}

export function useTrace(traceId: string) {
  return useQuery({
    queryKey: ['trace', traceId],
    queryFn: () => fetchJson<{ trace: { traceId: string; spans: StoredSpan[]; azurePortalUrl?: string } }>(`/api/traces/${traceId}`),
  });
}
