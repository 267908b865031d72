import { z } from 'zod';

export const debugCallSchema = z.object({
  tool: z.string().min(1).max(100),
  args: z.record(z.string(), z.unknown()).default({}),
});
