'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ObjectivesReport } from '@/lib/monitoring/types';
import { fetchJson } from '@/components/ui/fetch-json';
import { MONITORING_QUERY_KEY } from './use-monitoring';

/** Objectives and budgets move with workflows and answers, not with every request: every 10 s is enough. */
export const OBJECTIVES_POLL_MS = 10_000;

export function useObjectives() {
  return useQuery({
    queryKey: [...MONITORING_QUERY_KEY, 'objectives'],
    queryFn: () => fetchJson<ObjectivesReport>('/api/objectives'),
    refetchInterval: OBJECTIVES_POLL_MS,
    placeholderData: keepPreviousData,
  });
}
