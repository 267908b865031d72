'use client';

import { useQuery } from '@tanstack/react-query';
import { fetchJson } from './fetch-json';

export const SESSION_QUERY_KEY = ['session'] as const;

export function useSession() {
  return useQuery({
    queryKey: SESSION_QUERY_KEY,
    queryFn: () => fetchJson<{ session: { id: string; isAdmin: boolean; createdAt: string } }>('/api/session').then((r) => r.session),
    staleTime: 60_000,
  });
}
