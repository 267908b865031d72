'use client';

import { useQuery } from '@tanstack/react-query';
import type { ServiceView } from '@/lib/fleet/types';
import { fetchJson } from '@/components/ui/fetch-json';

/** The source demo polls the container grid every 15 s; so do we. */
export const CONTAINERS_POLL_MS = 15_000;
export const CONTAINERS_QUERY_KEY = ['containers'] as const;

export interface ContainersResponse {
  at: string;
  services: ServiceView[];
}

export function useContainers() {
  return useQuery({
    queryKey: CONTAINERS_QUERY_KEY,
    queryFn: () => fetchJson<ContainersResponse>('/api/containers'),
    refetchInterval: CONTAINERS_POLL_MS,
  });
}
