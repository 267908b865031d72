import { z } from 'zod';

export const auditQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  action: z.string().max(100).optional(),
  sessionId: z.string().max(100).optional(),
});
