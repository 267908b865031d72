'use client';

import { useQuery } from '@tanstack/react-query';
import type { HealthReport } from '@/lib/monitoring/types';
import { fetchJson } from '@/components/ui/fetch-json';

/** The source demo polls health every 30 s; so do we. */
export const HEALTH_POLL_MS = 30_000;
export const HEALTH_QUERY_KEY = ['health'] as const;

export function useHealth() {
  return useQuery({
    queryKey: HEALTH_QUERY_KEY,
    queryFn: () => fetchJson<HealthReport>('/api/health'),
    refetchInterval: HEALTH_POLL_MS,
  });
}
