import { z } from 'zod';

export const chaosSchema = z
  .strictObject({
    kind: z.enum(['errors', 'latency']),
    ratePct: z.number().min(1).max(100).optional(),
    latencyMs: z.number().int().min(1).max(30_000).optional(),
    durationSec: z.number().int().min(1),
  })
  .refine((c) => c.kind === 'latency' || c.latencyMs === undefined, { error: 'latencyMs applies to kind "latency" only', path: ['latencyMs'] });
