import { z } from 'zod';
import { FEEDBACK_SOURCES } from '@/lib/feedback/types';

/**
 * A vote on one answer. Each of `rating` and `hallucination` is optional:
 * omitted leaves it as it is, null takes it back; at least one must be given.
 */
export const feedbackSchema = z
  .strictObject({
    source: z.enum(FEEDBACK_SOURCES, { error: 'source must be "chat" (a /chat answer) or "ask" (an ask-both answer)' }),
    answerId: z.string({ error: 'answerId must be a string' }).min(1, { error: 'answerId is empty' }).max(64, { error: 'answerId is too long' }),
    rating: z.enum(['up', 'down'], { error: 'rating must be "up", "down" or null' }).nullable().optional(),
    hallucination: z.boolean({ error: 'hallucination must be true, false or null' }).nullable().optional(),
  })
  .superRefine((v, ctx) => {
    const ok = v.source === 'chat' ? /^\d{1,18}$/.test(v.answerId) : /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v.answerId);
    if (!ok) ctx.addIssue({ code: 'custom', path: ['answerId'], message: v.source === 'chat' ? 'a chat answer id is a number (the message id)' : 'an ask-both answer id is a UUID' });
    if (v.rating === undefined && v.hallucination === undefined) ctx.addIssue({ code: 'custom', path: ['rating'], message: 'give rating or hallucination (or both)' });
  });
