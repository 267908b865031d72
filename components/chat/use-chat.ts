'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { ChatEvent, ChatMessageView, ChatToolCallView } from '@/lib/agent/types';
import { clog } from '@/components/ui/console-log';
import { fetchJson, streamEvents } from '@/components/ui/fetch-json';

export const CHAT_QUERY_KEY = ['chat', 'history'] as const;

export interface PendingAnswer {
  model: 'A' | 'B';
  question?: ChatMessageView;
  text: string;
  tools: ChatToolCallView[];
  startedAt: number;
}

/** The conversation (stored, so it survives refreshes and restarts), plus the answer being written. */
export function useChat() {
  const queryClient = useQueryClient();
  const loggedLoad = useRef(false);
  const history = useQuery({
    queryKey: CHAT_QUERY_KEY,
    queryFn: async () => {
      const body = await fetchJson<{ messages: ChatMessageView[] }>('/api/chat');
      if (!loggedLoad.current) {
        loggedLoad.current = true;
        clog('Chat', `Loaded ${body.messages.length} messages from history`);
      }
      return body.messages;
    },
  });
  const [pending, setPending] = useState<PendingAnswer | undefined>();
  const [error, setError] = useState<string | undefined>();

  const append = useCallback(
    (message: ChatMessageView) =>
      queryClient.setQueryData<ChatMessageView[]>(CHAT_QUERY_KEY, (old = []) => [...old.filter((m) => m.id !== message.id && !(message.role === 'assistant' && m.replyToId === message.replyToId && m.status === 'error')), message]),
    [queryClient],
  );

  const ask = useCallback(
    async (input: { model: 'A' | 'B'; message?: string; retryOf?: string }) => {
      const startedAt = performance.now();
      setError(undefined);
      setPending({ model: input.model, text: '', tools: [], startedAt });
      clog('Chat', input.retryOf ? `Retrying message ${input.retryOf} with Model ${input.model}` : `Message sent to Model ${input.model} (${input.message!.length} chars)`);
      try {
        for await (const event of streamEvents<ChatEvent>('/api/chat', { method: 'POST', json: input })) {
          if (event.type === 'question') {
            append(event.message);
            setPending((p) => p && { ...p, question: event.message });
          }
          if (event.type === 'text-delta') setPending((p) => p && { ...p, text: p.text + event.delta });
          if (event.type === 'tool-call') {
            clog('Chat', `tool ${event.call.name} ${event.call.isError ? 'failed' : 'ok'}`, event.call.arguments ?? {});
            setPending((p) => p && { ...p, text: '', tools: [...p.tools, event.call] });
          }
          if (event.type === 'answer') {
            append(event.message);
            const seconds = ((performance.now() - startedAt) / 1000).toFixed(2);
            clog('Chat', `Reply received from Model ${event.message.model} in ${seconds}s (server ${event.message.latencyMs} ms, ${event.message.outputTokens} tokens out): ${event.message.grounding?.verdict ?? 'unchecked'}`);
          }
          if (event.type === 'error') {
            if (event.failed) append(event.failed);
            clog('Chat', `Reply failed: ${event.message}`);
            setError(event.message);
          }
        }
      } catch (e) {
        clog('Chat', `Message failed: ${(e as Error).message}`);
        setError((e as Error).message);
        void queryClient.invalidateQueries({ queryKey: CHAT_QUERY_KEY });
      } finally {
        setPending(undefined);
      }
    },
    [append, queryClient],
  );

  const clear = useMutation({
    mutationFn: () => fetchJson<{ cleared: number }>('/api/chat', { method: 'DELETE' }),
    onSuccess: ({ cleared }) => {
      clog('Chat', `History cleared (${cleared} messages)`);
      setError(undefined);
      queryClient.setQueryData<ChatMessageView[]>(CHAT_QUERY_KEY, []);
    },
  });

  return { history, pending, error, ask, clear };
}
