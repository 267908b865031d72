import { z } from 'zod';

export const loginSchema = z.object({
  token: z.string({ error: 'token is required' }).min(1, { error: 'token is required' }).max(512),
});
