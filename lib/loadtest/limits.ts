import { z } from 'zod';
import { ApiError } from '@/lib/errors';
import { getConfig } from '@/lib/config';
import { LOAD_TEST_SCENARIO_IDS, type LoadTestInput, type LoadTestLimits } from './types';

export function loadTestLimits(): LoadTestLimits {
  const c = getConfig().loadTest;
  return { maxUsers: c.maxUsers, maxDurationSec: c.maxDurationSec, maxRps: c.maxRps, sessionRunsPerHour: c.sessionRunsPerHour };
}

function schema(l: LoadTestLimits) {
  const int = (name: string, max: number) =>
    z.number({ error: `${name} must be a whole number from 1 to ${max}` }).int({ error: `${name} must be a whole number from 1 to ${max}` }).min(1, { error: `${name} must be at least 1` }).max(max, { error: `${name} must be at most ${max}` });
  return z.strictObject({
    users: int('users', l.maxUsers),
    durationSec: int('durationSec', l.maxDurationSec),
    scenario: z.enum(LOAD_TEST_SCENARIO_IDS, { error: `scenario must be one of ${LOAD_TEST_SCENARIO_IDS.join(', ')}` }),
    rps: int('rps', l.maxRps).optional(),
  });
}

/**
 * Checks a start request against the configured bounds: a 400 whose message
 * names each bad field and whose details carry the limits, so a client can
 * correct itself without reading the docs.
 */
export function parseLoadTestInput(value: unknown): LoadTestInput {
  const limits = loadTestLimits();
  const result = schema(limits).safeParse(value ?? {});
  if (!result.success) {
    const issues = result.error.issues.map((i) => ({ path: i.path.join('.') || 'body', message: i.message }));
    throw new ApiError(
      'bad_request',
      `Invalid load test: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}. Limits: users 1-${limits.maxUsers}, durationSec 1-${limits.maxDurationSec}, rps 1-${limits.maxRps}, scenario one of ${LOAD_TEST_SCENARIO_IDS.join(', ')}.`,
      { issues, limits: { ...limits, scenarios: LOAD_TEST_SCENARIO_IDS } },
    );
  }
  return { ...result.data, rps: result.data.rps ?? limits.maxRps };
}
