'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CONTAINERS_QUERY_KEY } from '@/components/fleet/use-containers';
import { fetchJson } from '@/components/ui/fetch-json';
import type { DebugCallResponse } from './types';

export const DEBUG_CALL_URL = '/api/debug/call';

/** Calls one MCP tool through the admin debug API; the fleet grid refreshes after each call. */
export function useToolCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { tool: string; args: Record<string, unknown> }) =>
      fetchJson<DebugCallResponse>(DEBUG_CALL_URL, { method: 'POST', json: input }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: CONTAINERS_QUERY_KEY }),
  });
}
