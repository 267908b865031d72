import { z } from 'zod';

/** What the browser reports to POST /api/rum (browser-safe: shared by the reporter and the route). */
const path = z.string().max(300).regex(/^\//, { error: 'must be a path starting with /' });

export const rumEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page_view'), path, referrer: z.string().max(300).optional(), loadMs: z.number().min(0).max(600_000).optional() }),
  z.object({
    type: z.literal('web_vital'),
    name: z.enum(['LCP', 'CLS', 'INP', 'FCP', 'TTFB', 'FID']),
    value: z.number().min(0).max(600_000),
    rating: z.enum(['good', 'needs-improvement', 'poor']).optional(),
    path,
  }),
  z.object({ type: z.literal('js_error'), message: z.string().max(1000), stack: z.string().max(8000).optional(), path }),
  z.object({
    type: z.literal('api_call'),
    path,
    method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
    status: z.number().int().min(0).max(599),
    durationMs: z.number().min(0).max(600_000),
  }),
]);

export const rumBatchSchema = z.object({ events: z.array(rumEventSchema).min(1).max(50) });

export type RumEvent = z.infer<typeof rumEventSchema>;
export type RumBatch = z.infer<typeof rumBatchSchema>;
