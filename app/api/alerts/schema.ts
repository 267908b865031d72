import { z } from 'zod';

export const alertsQuerySchema = z.object({
  state: z.enum(['open', 'firing', 'acknowledged', 'resolved']).optional(),
  rule: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
