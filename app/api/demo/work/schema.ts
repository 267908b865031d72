import { z } from 'zod';

export const workQuerySchema = z.object({
  /** Simulated work in ms (a random 5–30 ms when absent). */
  ms: z.coerce.number().int().min(0).max(10_000).optional(),
  /** Answer with this status instead of 200, for traffic scripts (4xx/5xx bursts). */
  status: z.coerce.number().int().min(200).max(599).optional(),
  /** Throw an unexpected exception (the generic 500 path, logged with the trace id). */
  crash: z.enum(['1', 'true']).optional(),
});
