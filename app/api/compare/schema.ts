import { z } from 'zod';
import { COMPARE_RANGE_IDS, DEFAULT_COMPARE_RANGE } from '@/lib/compare/types';

export const compareQuerySchema = z.object({
  range: z.enum(COMPARE_RANGE_IDS, { error: `range must be one of ${COMPARE_RANGE_IDS.join(', ')}` }).default(DEFAULT_COMPARE_RANGE),
});
