'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FeedbackRating, FeedbackSource, FeedbackView, GroundingQuality } from '@/lib/feedback/types';
import type { InitialData } from '@/lib/pages/types';
import { clog } from '@/components/ui/console-log';
import { fetchJson } from '@/components/ui/fetch-json';

/** As often as the Compare page's other figures. */
export const GROUNDING_QUALITY_POLL_MS = 10_000;
export const GROUNDING_QUALITY_QUERY_KEY = ['grounding', 'quality'] as const;

/**
 * The detector's live figures (users' votes), the judge's agreement and the labelled-set figures.
 * `initial`: what the page read on the server, so the panel is in the first paint and nothing below it moves.
 */
export function useGroundingQuality(initial?: InitialData<GroundingQuality> | null) {
  return useQuery({
    queryKey: GROUNDING_QUALITY_QUERY_KEY,
    queryFn: () => fetchJson<GroundingQuality>('/api/grounding/quality'),
    refetchInterval: GROUNDING_QUALITY_POLL_MS,
    initialData: initial?.data,
    initialDataUpdatedAt: initial?.updatedAt,
  });
}

export type FeedbackChange = { rating?: FeedbackRating | null; hallucination?: boolean | null };

/** One answer's vote: sends a change, answers with the vote as stored; the live figures are fetched again. */
export function useFeedback(source: FeedbackSource, answerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (change: FeedbackChange) => {
      const body = await fetchJson<{ feedback: FeedbackView }>('/api/feedback', { method: 'PUT', json: { source, answerId, ...change } });
      clog('Feedback', `Vote on ${source} answer ${answerId}: rating ${body.feedback.rating ?? 'none'}, hallucination ${body.feedback.hallucination ?? 'no say'}`);
      return body.feedback;
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: GROUNDING_QUALITY_QUERY_KEY }),
  });
}
