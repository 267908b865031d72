import { z } from 'zod';

/** Any JSON here: the bounds come from the configuration, checked by parseLoadTestInput (400 with the limits). */
export const startBodySchema = z.unknown();
