import { describe, expect, it } from 'vitest';
import { LoadMeter } from './meter';

describe('LoadMeter', () => {
  it('counts responses by class, errors and time-outs, and gives exact percentiles below the reservoir size', () => {
    const m = new LoadMeter();
    for (let i = 1; i <= 100; i++) m.response(200, i, i * 10); // 1..100 ms over the first second
    m.response(503, 400, 1500);
    m.response(429, 5, 1600);
    m.response(404, 7, 1700);
    m.failure('timeout', 2500);
    m.failure('error', 2600);
    const f = m.figures(4000);
    expect(f.requests).toBe(105);
    expect(f.errors).toBe(5);
    expect(f.timeouts).toBe(1);
    expect(f.statusCounts).toEqual({ '2xx': 100, '4xx': 2, '429': 1, '5xx': 1 });
    expect(f.rps).toBe(26.25);
    expect(f.p50LatencyMs).toBe(50);
    expect(f.p95LatencyMs).toBe(96);
    expect(f.maxLatencyMs).toBe(400);
    expect(f.timeline.map((p) => [p.t, p.requests, p.errors])).toEqual([
      [0, 99, 0],
      [1, 4, 3],
      [2, 2, 2],
    ]);
    expect(f.timeline[2]!.meanMs).toBeNull();
  });

  it('has no latency figures before the first response', () => {
    const f = new LoadMeter().figures(0);
    expect(f).toMatchObject({ requests: 0, errors: 0, rps: 0, avgLatencyMs: null, p95LatencyMs: null, timeline: [] });
  });

  it('keeps memory bounded: beyond the reservoir, percentiles come from a uniform sample', () => {
    const m = new LoadMeter(() => 0.5);
    for (let i = 0; i < 150_000; i++) m.response(200, i < 100_000 ? 10 : 1000, 0);
    const f = m.figures(1000);
    expect(f.requests).toBe(150_000);
    expect(f.avgLatencyMs).toBeCloseTo((100_000 * 10 + 50_000 * 1000) / 150_000, 0);
    expect(f.maxLatencyMs).toBe(1000);
  });
});
