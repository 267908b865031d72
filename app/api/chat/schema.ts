import { z } from 'zod';
import { CHAT_MESSAGE_MAX } from '@/lib/agent/types';

export const chatMessageSchema = z
  .object({
    model: z.enum(['A', 'B'], { error: 'model must be "A" or "B"' }),
    message: z
      .string({ error: 'message must be text' })
      .trim()
      .min(1, { error: 'Type a message first: it is empty.' })
      .max(CHAT_MESSAGE_MAX, { error: `The message is too long: at most ${CHAT_MESSAGE_MAX} characters.` })
      .optional(),
    /** Answer a stored question again (after the model failed). */
    retryOf: z.string().regex(/^\d{1,18}$/, { error: 'retryOf must be a message id' }).optional(),
  })
  .refine((v) => (v.message === undefined) !== (v.retryOf === undefined), { error: 'give a message (or retryOf to answer a stored question again), not both', path: ['message'] });
