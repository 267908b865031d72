import type { LoadTestPoint, LoadTestRunView } from './types';
import { round } from '@/lib/figures';

/** Latencies kept for percentiles: exact up to this many, a uniform sample beyond. */
const RESERVOIR = 100_000;

type Figures = Pick<
  LoadTestRunView,
  'requests' | 'errors' | 'timeouts' | 'statusCounts' | 'rps' | 'avgLatencyMs' | 'p50LatencyMs' | 'p95LatencyMs' | 'p99LatencyMs' | 'maxLatencyMs' | 'timeline' | 'elapsedSec'
>;

/**
 * What a load test measured so far, with bounded memory: counts by status
 * class, a latency reservoir for percentiles and one point per second.
 * Times are passed in (ms since the run started), so tests are exact.
 */
export class LoadMeter {
  private responses = 0;
  private failures = 0;
  private timeoutCount = 0;
  private readonly counts = { '2xx': 0, '4xx': 0, '429': 0, '5xx': 0 };
  private latencySum = 0;
  private latencyMax = 0;
  private seen = 0;
  private readonly sample: number[] = [];
  private readonly seconds: Array<{ requests: number; errors: number; latencySum: number; timed: number }> = [];
  private random: () => number;

  constructor(random: () => number = Math.random) {
    this.random = random;
  }

  private second(atMs: number) {
    const i = Math.max(0, Math.floor(atMs / 1000));
    while (this.seconds.length <= i) this.seconds.push({ requests: 0, errors: 0, latencySum: 0, timed: 0 });
    return this.seconds[i]!;
  }

  /** A response arrived: its status and how long it took. */
  response(status: number, latencyMs: number, atMs: number): void {
    this.responses += 1;
    const s = this.second(atMs);
    s.requests += 1;
    let error = false;
    if (status === 429) this.counts['429'] += 1;
    if (status >= 500) {
      this.counts['5xx'] += 1;
      error = true;
    } else if (status >= 400) {
      this.counts['4xx'] += 1;
      error = true;
    } else this.counts['2xx'] += 1;
    if (error) {
      this.failures += 1;
      s.errors += 1;
    }
    if (Number.isFinite(latencyMs) && latencyMs >= 0) {
      this.latencySum += latencyMs;
      this.latencyMax = Math.max(this.latencyMax, latencyMs);
      s.latencySum += latencyMs;
      s.timed += 1;
      this.seen += 1;
      if (this.sample.length < RESERVOIR) this.sample.push(latencyMs);
      else {
        const j = Math.floor(this.random() * this.seen);
        if (j < RESERVOIR) this.sample[j] = latencyMs;
      }
    }
  }

  /** A request that got no response (time-out, refused or reset connection). */
  failure(kind: 'timeout' | 'error', atMs: number): void {
    this.failures += 1;
    if (kind === 'timeout') this.timeoutCount += 1;
    const s = this.second(atMs);
    s.requests += 1;
    s.errors += 1;
  }

  figures(elapsedMs: number): Figures {
    const sorted = [...this.sample].sort((a, b) => a - b);
    const at = (q: number) => (sorted.length ? round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!, 1) : null);
    const requests = this.responses + (this.failures - this.counts['4xx'] - this.counts['5xx']);
    const elapsedSec = Math.max(0, elapsedMs / 1000);
    const timeline: LoadTestPoint[] = this.seconds.map((s, t) => ({ t, requests: s.requests, errors: s.errors, meanMs: s.timed ? round(s.latencySum / s.timed, 1) : null }));
    return {
      requests,
      errors: this.failures,
      timeouts: this.timeoutCount,
      statusCounts: { ...this.counts },
      rps: elapsedSec > 0 ? round(requests / elapsedSec, 2) : 0,
      avgLatencyMs: this.seen ? round(this.latencySum / this.seen, 1) : null,
      p50LatencyMs: at(0.5),
      p95LatencyMs: at(0.95),
      p99LatencyMs: at(0.99),
      maxLatencyMs: this.seen ? round(this.latencyMax, 1) : null,
      timeline,
      elapsedSec: round(elapsedSec, 2),
    };
  }
}
