import { z } from 'zod';

export const metricsQuerySchema = z.object({
  /** Which window the summary, errors and performance describe (all four are in `windows`). */
  window: z.enum(['last_requests', '1m', '5m', '1h']).default('last_requests'),
});
