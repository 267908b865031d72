import { randomBytes, timingSafeEqual } from 'node:crypto';
import { processSingleton } from '@/lib/runtime';

/**
 * Load-test traffic and rate limits. A load test sends every request from one
 * address and one session, so the per-minute budgets would turn it into a
 * measurement of the rate limiter (mostly 429s). Instead each run gets a
 * random pass, sent in this header on all of its requests, that exempts them
 * from rate limiting while the run lasts. The pass lives only in this
 * process's memory, never leaves the loopback connection, and is revoked when
 * the run ends; the run itself is bounded by LOADTEST_* (users, duration, rate).
 */
export const LOAD_TEST_HEADER = 'x-aimon-load-test';

const passes = () => processSingleton('load-test-passes', () => new Set<string>());

export interface LoadTestPass {
  header: string;
  value: string;
  revoke(): void;
}

export function issueLoadTestPass(): LoadTestPass {
  const value = randomBytes(32).toString('base64url');
  passes().add(value);
  return { header: LOAD_TEST_HEADER, value, revoke: () => void passes().delete(value) };
}

/** Whether the request carries the pass of a load test running now (compared in constant time). */
export function hasLoadTestPass(req: Request): boolean {
  const sent = req.headers.get(LOAD_TEST_HEADER);
  if (!sent) return false;
  const given = Buffer.from(sent);
  for (const value of passes()) {
    const expected = Buffer.from(value);
    if (expected.length === given.length && timingSafeEqual(expected, given)) return true;
  }
  return false;
}
