import { z } from 'zod';

export const askBothSchema = z.strictObject({
  prompt: z.string({ error: 'prompt must be a string' }).trim().min(2, { error: 'prompt must be at least 2 characters' }).max(2000, { error: 'prompt must be at most 2000 characters' }),
});
