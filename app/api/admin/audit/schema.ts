import { z } from 'zod';
import { decodeAuditCursor } from '@/lib/audit';

export const auditQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  action: z.string().max(100).optional(),
  sessionId: z.string().max(100).optional(),
  before: z
    .string()
    .max(40)
    .transform((token, ctx) => {
      const cursor = decodeAuditCursor(token);
      if (!cursor) ctx.addIssue({ code: 'custom', message: 'before must be the next cursor of an earlier page' });
      return cursor ?? z.NEVER;
    })
    .optional(),
});
