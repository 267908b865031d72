'use client';

import { useState } from 'react';
import type { FeedbackSource, FeedbackView } from '@/lib/feedback/types';
import { useFeedback, type FeedbackChange } from './use-feedback';

/**
 * Thumbs up/down and "hallucination or not" on one answer. Each is a toggle:
 * pressing the pressed one takes it back. The vote is this browser session's
 * (one per answer, stored), so it is there again after a refresh or a restart.
 */
export function FeedbackButtons({ source, answerId, initial }: { source: FeedbackSource; answerId: string; initial?: FeedbackView }) {
  const [vote, setVote] = useState<Pick<FeedbackView, 'rating' | 'hallucination'>>({ rating: initial?.rating ?? null, hallucination: initial?.hallucination ?? null });
  const feedback = useFeedback(source, answerId);
  const send = (change: FeedbackChange) => {
    const before = vote;
    setVote((v) => ({ ...v, ...change }));
    feedback.mutate(change, {
      onSuccess: (stored) => setVote({ rating: stored.rating, hallucination: stored.hallucination }),
      onError: () => setVote(before),
    });
  };
  const toggle = <K extends keyof FeedbackChange>(key: K, value: NonNullable<FeedbackChange[K]>) => send({ [key]: vote[key] === value ? null : value } as FeedbackChange);
  const busy = feedback.isPending;
  return (
    <div className="feedback" role="group" aria-label="Your feedback on this answer" data-rating={vote.rating ?? ''} data-hallucination={vote.hallucination === null ? '' : String(vote.hallucination)}>
      <button type="button" className="feedback__button" aria-pressed={vote.rating === 'up'} disabled={busy} onClick={() => toggle('rating', 'up')} title="A good answer">
        <span aria-hidden="true">👍</span><span className="visually-hidden">Good answer</span>
      </button>
      <button type="button" className="feedback__button" aria-pressed={vote.rating === 'down'} disabled={busy} onClick={() => toggle('rating', 'down')} title="A bad answer">
        <span aria-hidden="true">👎</span><span className="visually-hidden">Bad answer</span>
      </button>
      <button type="button" className="feedback__button" aria-pressed={vote.hallucination === true} disabled={busy} onClick={() => toggle('hallucination', true)}>
        This is a hallucination
      </button>
      <button type="button" className="feedback__button" aria-pressed={vote.hallucination === false} disabled={busy} onClick={() => toggle('hallucination', false)}>
        This is not a hallucination
      </button>
      {feedback.error && <span className="small text-bad" role="alert">Not saved: {feedback.error.message}</span>}
    </div>
  );
}
