'use client';

import { useMutation } from '@tanstack/react-query';
import { fetchJson } from '@/components/ui/fetch-json';
import type { DebugCallResponse } from './types';

export const DEBUG_CALL_URL = '/api/debug/call';

/** Calls one MCP tool through the admin debug API. */
export function useToolCall() {
  return useMutation({
    mutationFn: (input: { tool: string; args: Record<string, unknown> }) =>
      fetchJson<DebugCallResponse>(DEBUG_CALL_URL, { method: 'POST', json: input }),
  });
}
