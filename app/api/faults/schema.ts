import { z } from 'zod';
import { FAULT_KINDS, SERVICE_NAMES } from '@/lib/fleet/types';

export const injectFaultSchema = z.object({
  service: z.enum(SERVICE_NAMES),
  kind: z.enum(FAULT_KINDS),
  /** For faults that heal by themselves (latency_spike, error_burst, dependency_failure); ignored by the others. */
  durationSec: z.number().int().min(5).max(24 * 3600).optional(),
});

export const clearFaultsQuerySchema = z.object({
  service: z.enum(SERVICE_NAMES).optional(),
});
