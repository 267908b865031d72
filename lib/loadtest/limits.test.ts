import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/errors';
import { resetConfigForTests } from '@/lib/config';
import { parseLoadTestInput } from './limits';
import { scenarioRequests } from './scenarios';
import { LOAD_TEST_SCENARIO_IDS } from './types';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  resetConfigForTests();
});

function refusal(value: unknown): ApiError {
  try {
    parseLoadTestInput(value);
  } catch (error) {
    return error as ApiError;
  }
  throw new Error('expected a refusal');
}

describe('load test input', () => {
  it('accepts a run within the limits and defaults the rate to the maximum', () => {
    process.env.LOADTEST_MAX_RPS = '50';
    resetConfigForTests();
    expect(parseLoadTestInput({ users: 3, durationSec: 5, scenario: 'health' })).toEqual({ users: 3, durationSec: 5, scenario: 'health', rps: 50 });
  });

  it('refuses negative users, huge durations and unknown scenarios with a 400 carrying the limits', () => {
    process.env.LOADTEST_MAX_USERS = '20';
    process.env.LOADTEST_MAX_DURATION_SEC = '60';
    resetConfigForTests();
    const e = refusal({ users: -1, durationSec: 10_000, scenario: 'everything' });
    expect(e.code).toBe('bad_request');
    expect(e.message).toMatch(/users: users must be at least 1/);
    expect(e.message).toMatch(/durationSec: durationSec must be at most 60/);
    expect(e.message).toMatch(/scenario/);
    expect(e.message).toMatch(/users 1-20, durationSec 1-60/);
    expect(e.details).toMatchObject({ limits: { maxUsers: 20, maxDurationSec: 60, scenarios: LOAD_TEST_SCENARIO_IDS } });
    expect(refusal({ users: 1.5, durationSec: 5, scenario: 'health' }).code).toBe('bad_request');
    expect(refusal({ users: 1, durationSec: 5, scenario: 'health', rps: 0 }).code).toBe('bad_request');
    expect(refusal({ users: 1, durationSec: 5, scenario: 'health', extra: true }).code).toBe('bad_request');
    expect(refusal(undefined).code).toBe('bad_request');
  });
});

describe('scenarios', () => {
  it('every scenario has requests, only to this app’s API, and workflows stay read-only', () => {
    for (const id of LOAD_TEST_SCENARIO_IDS) {
      const requests = scenarioRequests(id);
      expect(requests.length).toBeGreaterThan(0);
      for (const r of requests) expect(r.path.startsWith('/api/')).toBe(true);
    }
    const workflows = scenarioRequests('workflows').map((r) => r.body as { model: string; scenario: string });
    expect(workflows.map((w) => w.model)).toEqual(['A', 'B']);
    expect(workflows.every((w) => w.scenario === 'health-check')).toBe(true);
    expect(scenarioRequests('mix').some((r) => r.path === '/api/workflows')).toBe(true);
  });
});
