import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/errors';

import { database } from '@/lib/db';
import { currentLoadTest, listLoadTestRuns, parseLoadTestInput, startLoadTest, stopLoadTest } from '@/lib/loadtest';
import { clearProcessSingleton } from '@/lib/runtime';
import { LOAD_TEST_HEADER } from '@/lib/security';
import { BACKENDS, type TestBackend } from '../support/backends';
import { useEnv } from '../support/use-env';

/** Stands in for the app at the wire: answers every path, hands out a session cookie, remembers what it saw. */
function fakeApp() {
  const seen: Array<{ method: string; url: string; pass?: string; cookie?: string }> = [];
  const server = http.createServer((req, res) => {
    seen.push({ method: req.method!, url: req.url!, pass: req.headers[LOAD_TEST_HEADER] as string | undefined, cookie: req.headers.cookie });
    if (req.url === '/api/session') res.setHeader('Set-Cookie', 'aimon_session=sealed-value; Path=/; HttpOnly');
    const status = req.url === '/api/health/ready' ? 503 : 200;
    setTimeout(() => res.writeHead(status, { 'Content-Type': 'application/json' }).end('{"ok":true}'), 2);
  });
  return { server, seen };
}

async function finished(timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (currentLoadTest().running) {
    if (Date.now() > deadline) throw new Error('the load test did not finish');
    await new Promise((r) => setTimeout(r, 100));
  }
  return currentLoadTest().run!;
}

describe.each(BACKENDS)('load tester on %s', (_name, create) => {
  let backend: TestBackend;
  const app = fakeApp();
  beforeAll(async () => {
    backend = await create();
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    useEnv({ ...backend.env, PORT: String((app.server.address() as AddressInfo).port), LOADTEST_SESSION_RUNS_PER_HOUR: '1' });
    await database().client(60_000);
  });
  afterAll(async () => {
    await new Promise((resolve) => app.server.close(resolve));
    await database().close();
    clearProcessSingleton('database');
    await backend?.dispose();
  });

  it('runs against the configured port with its pass and one session, counts every response, and stores the run', async () => {
    const run = await startLoadTest(parseLoadTestInput({ users: 2, durationSec: 2, scenario: 'health', rps: 30 }), { sessionId: 'admin-1', isAdmin: true, ip: '127.0.0.1' });
    expect(currentLoadTest()).toMatchObject({ running: true, run: { id: run.id, status: 'running' } });
    const done = await finished();
    expect(done).toMatchObject({ id: run.id, status: 'finished', users: 2, durationSec: 2, targetRps: 30 });
    const traffic = app.seen.filter((r) => r.url !== '/api/session');
    // Requests still in flight when the time is up (at most one per user) have no answer to count.
    expect(traffic.length - done.requests).toBeGreaterThanOrEqual(0);
    expect(traffic.length - done.requests).toBeLessThanOrEqual(2);
    expect(done.requests).toBeGreaterThan(10);
    // Every third request is /api/health/ready, which this fake answers 503.
    const ready = traffic.filter((r) => r.url === '/api/health/ready').length;
    expect(done.statusCounts['5xx']).toBeGreaterThanOrEqual(ready - 2);
    expect(done.statusCounts['5xx']).toBeLessThanOrEqual(ready);
    expect(done.statusCounts['5xx']).toBeGreaterThan(0);
    expect(done.errors).toBe(done.statusCounts['5xx']);
    expect(new Set(traffic.map((r) => r.url))).toEqual(new Set(['/api/health', '/api/health/live', '/api/health/ready']));
    expect(traffic.every((r) => r.pass && r.pass.length >= 40 && r.cookie === 'aimon_session=sealed-value')).toBe(true);
    expect(done.p95LatencyMs).toBeGreaterThan(0);

    const [stored] = await listLoadTestRuns(1);
    expect(stored).toMatchObject({ id: run.id, status: 'finished', requests: done.requests, errors: done.errors, p95LatencyMs: done.p95LatencyMs, startedByAdmin: true });
    expect(stored!.timeline.reduce((n, p) => n + p.requests, 0)).toBe(done.requests);
  });

  it('one run at a time; a session without admin access gets its hourly budget, then 429', async () => {
    const visitor = { sessionId: 'visitor-1', isAdmin: false, ip: '127.0.0.1' };
    const input = parseLoadTestInput({ users: 1, durationSec: 30, scenario: 'browse', rps: 5 });
    const run = await startLoadTest(input, visitor);
    await expect(startLoadTest(input, { sessionId: 'admin-1', isAdmin: true })).rejects.toMatchObject({ code: 'conflict' });
    await expect(stopLoadTest({ sessionId: 'someone-else', isAdmin: false })).rejects.toMatchObject({ code: 'forbidden' });
    const stopped = await stopLoadTest(visitor);
    expect(stopped).toMatchObject({ id: run.id, status: 'stopped' });
    expect(stopped.elapsedSec).toBeLessThan(10);
    const refusal = await startLoadTest(input, visitor).catch((e: unknown) => e as ApiError);
    expect(refusal).toMatchObject({ code: 'rate_limited' });
    expect(Number((refusal as ApiError).headers?.['Retry-After'])).toBeGreaterThan(3000);
    expect(currentLoadTest().running).toBe(false);
    expect((await listLoadTestRuns(5)).map((r) => r.status)).toEqual(['stopped', 'finished']);
  });
});
