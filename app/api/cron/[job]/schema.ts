import { z } from 'zod';

/** A job name as the scheduler registers them (`alerts.evaluate`); unknown names are a 404 later. */
export const cronParamsSchema = z.object({
  job: z.string().regex(/^[a-z][a-z0-9]*(\.[a-z][a-z0-9-]*)*$/, { error: 'must be a job name such as alerts.evaluate' }).max(60),
});
