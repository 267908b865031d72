import { z } from 'zod';

export const alertParamsSchema = z.object({ id: z.uuid({ error: 'must be an alert id' }) });
