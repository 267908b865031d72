import { describe, expect, it } from 'vitest';
import { RequestWindows } from './request-windows';
import type { RequestSample } from '@/lib/telemetry/types';

/** A clock the test moves by hand. */
function fakeClock(start = Date.UTC(2026, 0, 1, 12, 0, 0)) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms), set: (ms: number) => (t = ms) };
}

function windows(clock: ReturnType<typeof fakeClock>, capacity = 10_000) {
  return new RequestWindows({ capacity, slowMs: 5_000, timeoutMs: 30_000, sessionWindowMs: 60_000, now: clock.now });
}

let traceSeq = 0;
function sample(clock: ReturnType<typeof fakeClock>, over: Partial<RequestSample> = {}): RequestSample {
  return {
    route: '/api/demo/work',
    path: '/api/demo/work',
    method: 'GET',
    status: 200,
    durationMs: 20,
    endMs: clock.now(),
    traceId: `trace-${(traceSeq += 1)}`,
    ...over,
  };
}

describe('request windows', () => {
  it('counts each request in the 1 min, 5 min and 1 h views until it ages out', () => {
    const clock = fakeClock();
    const w = windows(clock);
    for (let i = 0; i < 10; i += 1) w.record(sample(clock, { status: i < 2 ? 500 : 200 }));
    expect(w.window('1m', 60)).toMatchObject({ total_requests: 10, successful_requests: 8, error_rate_percent: 20 });

    clock.advance(2 * 60_000);
    for (let i = 0; i < 30; i += 1) w.record(sample(clock));
    expect(w.window('1m', 60).total_requests).toBe(30);
    expect(w.window('5m', 300)).toMatchObject({ total_requests: 40, error_rate_percent: 5 });
    expect(w.window('5m', 300).errors.recent_5xx).toBe(2);

    clock.advance(4 * 60_000);
    expect(w.window('1m', 60).total_requests).toBe(0);
    expect(w.window('5m', 300).total_requests).toBe(30);
    expect(w.window('1h', 3600).total_requests).toBe(40);

    clock.advance(60 * 60_000);
    expect(w.window('1h', 3600).total_requests).toBe(0);
  });

  it('classifies errors: 5xx, 4xx, 429, 403 and time-outs', () => {
    const clock = fakeClock();
    const w = windows(clock);
    for (const [status, durationMs] of [[500, 5], [503, 5], [404, 5], [400, 5], [429, 5], [403, 5], [504, 5], [200, 31_000], [200, 6_000], [200, 5]]) {
      w.record(sample(clock, { status, durationMs }));
    }
    const s = w.window('1m', 60);
    expect(s.errors).toEqual({ recent_5xx: 3, recent_4xx: 2, recent_429: 1, recent_csrf: 1, recent_timeouts: 2 });
    // Failures: 500, 503, 504 (5xx and time-out, once) and the 31 s request.
    expect(s.successful_requests).toBe(6);
    expect(s.slow_requests).toBe(2);
    expect(w.slowRequests().map((r) => r.duration_ms)).toEqual([6_000, 31_000]);
    expect(w.breakdown().byClass).toEqual(
      expect.arrayContaining([{ class: 'timeout', count: 2 }, { class: '5xx', count: 2 }, { class: '4xx', count: 2 }, { class: '429', count: 1 }, { class: '403', count: 1 }]),
    );
  });

  it('keeps only the last N requests in the last-N window, with exact percentiles', () => {
    const clock = fakeClock();
    const w = windows(clock, 100);
    for (let i = 1; i <= 250; i += 1) w.record(sample(clock, { durationMs: i }));
    const last = w.lastRequests();
    expect(last.total_requests).toBe(100);
    // The ring holds 151..250: p50 is the 50th of them, p95 the 95th.
    expect(last.performance).toMatchObject({ p50_ms: 200, p95_ms: 245, p99_ms: 249, max_ms: 250 });
    expect(w.requestsSeen).toBe(250);
  });

  it('marks minute rollups dirty until written, one per minute', () => {
    const clock = fakeClock();
    const w = windows(clock);
    w.record(sample(clock, { durationMs: 10 }));
    clock.advance(30_000);
    w.record(sample(clock, { durationMs: 30, status: 502 }));
    clock.advance(30_000);
    w.record(sample(clock, { durationMs: 50 }));
    const dirty = w.dirtyMinutes();
    expect(dirty.map((b) => [b.total, b.failed, b.e5xx])).toEqual([[2, 1, 1], [1, 0, 0]]);
    expect(dirty[1]!.start - dirty[0]!.start).toBe(60_000);
    for (const b of dirty) b.dirty = false;
    expect(w.dirtyMinutes()).toHaveLength(0);
    w.record(sample(clock));
    expect(w.dirtyMinutes()).toHaveLength(1);
  });

  it('builds series with gaps as zeros and ranks endpoints by traffic', () => {
    const clock = fakeClock();
    const w = windows(clock);
    for (let i = 0; i < 5; i += 1) w.record(sample(clock, { route: '/api/chat', path: '/api/chat', method: 'POST', durationMs: 100 }));
    w.record(sample(clock, { route: '/tools', path: '/tools', status: 404 }));
    clock.advance(10_000);
    w.record(sample(clock));
    const fine = w.series('fine');
    expect(fine).toHaveLength(60);
    expect(fine.at(-1)!.requests).toBe(1);
    expect(fine.at(-2)!.requests).toBe(0);
    expect(fine.at(-3)!.requests).toBe(6);
    const top = w.topEndpoints();
    expect(top[0]).toMatchObject({ route: '/api/chat', method: 'POST', feature: 'chat', requests: 5, errors: 0 });
    expect(top.find((e) => e.route === '/tools')).toMatchObject({ feature: 'tools', errors: 1, error_rate_percent: 100 });
  });

  it('counts active sessions within the session window', () => {
    const clock = fakeClock();
    const w = windows(clock);
    w.record(sample(clock, { sessionId: 'a' }));
    w.record(sample(clock, { sessionId: 'b' }));
    clock.advance(45_000);
    w.record(sample(clock, { sessionId: 'a' }));
    expect(w.activeSessions()).toBe(2);
    clock.advance(30_000);
    expect(w.activeSessions()).toBe(1);
  });
});
