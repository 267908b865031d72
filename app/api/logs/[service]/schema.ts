import { z } from 'zod';
import { LOG_LEVELS } from '@/lib/fleet/types';

export const logsParamsSchema = z.object({ service: z.string().min(1).max(64) });

export const logsQuerySchema = z.object({
  level: z.enum(LOG_LEVELS).optional(),
  q: z.string().max(200).optional(),
  since: z.string().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
