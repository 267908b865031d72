import { z } from 'zod';

export const traceListSchema = z.object({
  limit: z.coerce.number().int().min(1).max(300).default(50),
  errorsOnly: z.enum(['true', 'false']).optional().transform((v) => v === 'true'),
  q: z.string().max(100).optional(),
});

export const traceIdSchema = z.object({ traceId: z.string().regex(/^[0-9a-f]{32}$/, { error: 'must be a 32-character hex trace id' }) });
