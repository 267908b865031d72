'use client';

import { useQuery } from '@tanstack/react-query';
import type { ServiceView } from '@/lib/fleet/types';
import type { InitialData } from '@/lib/pages/types';
import { fetchJson } from '@/components/ui/fetch-json';

/** The source demo polls the container grid every 15 s; so do we. */
export const CONTAINERS_POLL_MS = 15_000;
export const CONTAINERS_QUERY_KEY = ['containers'] as const;

export interface ContainersResponse {
  at: string;
  services: ServiceView[];
}

/** `initial`: the grid as the page read it on the server (app/tools/page.tsx), so the first paint has it. */
export function useContainers(initial?: InitialData<ContainersResponse> | null) {
  return useQuery({
    queryKey: CONTAINERS_QUERY_KEY,
    queryFn: () => fetchJson<ContainersResponse>('/api/containers'),
    refetchInterval: CONTAINERS_POLL_MS,
    initialData: initial?.data,
    initialDataUpdatedAt: initial?.updatedAt,
  });
}
