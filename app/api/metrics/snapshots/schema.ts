import { z } from 'zod';

export const snapshotsQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(288).default(288),
});
