import { classify, featureOf } from './classify';
import { mergeInto, newSketch, quantile, type LatencySketch } from './sketch';
import type { EndpointStats, ErrorClass, Feature, SeriesPoint, SlowRequest, WindowStats } from './types';
import type { RequestSample } from '@/lib/telemetry/types';
import { routeClass, type RouteClass } from '@/lib/telemetry/types';
import { round } from '@/lib/figures';

export const FINE_BUCKET_MS = 5_000;
/** 5-second buckets for the last 5 minutes: the 1 min and 5 min views and the 60 s alert rules. */
export const FINE_BUCKETS = 60;
export const MINUTE_MS = 60_000;
/** Minute buckets for 6 hours (the slow burn-rate window); only the last hour keeps a latency sketch. */
export const MINUTE_BUCKETS = 360;
export const MINUTE_SKETCH_BUCKETS = 60;
const SLOW_KEPT = 50;
// Per-request flags in the ring, computed once when recorded (reads never re-classify).
const F_FAILED = 1;
const F_5XX = 2;
const F_4XX = 4;
const F_429 = 8;
const F_403 = 16;
const F_TIMEOUT = 32;
const F_SLOW = 64;
const PRIMARY: [number, ErrorClass][] = [
  [F_TIMEOUT, 'timeout'],
  [F_5XX, '5xx'],
  [F_429, '429'],
  [F_403, '403'],
  [F_4XX, '4xx'],
];
function primaryOf(flags: number): ErrorClass | undefined {
  for (const [flag, cls] of PRIMARY) if (flags & flag) return cls;
  return undefined;
}
const MAX_ROUTES = 500;
const MAX_SESSIONS = 50_000;

/** Counts for one time bucket; also the shape of a per-minute rollup row. */
export class Bucket {
  start = -1;
  total = 0;
  failed = 0;
  e5xx = 0;
  e4xx = 0;
  e429 = 0;
  e403 = 0;
  timeouts = 0;
  slow = 0;
  sumMs = 0;
  maxMs = 0;
  sketch: LatencySketch | null = null;
  /** Changed since it was last written to the database (minute buckets). */
  dirty = false;

  reset(start: number): void {
    this.start = start;
    this.total = this.failed = this.e5xx = this.e4xx = this.e429 = this.e403 = this.timeouts = this.slow = 0;
    this.sumMs = this.maxMs = 0;
    this.sketch = null;
    this.dirty = false;
  }

  add(other: Bucket): void {
    this.total += other.total;
    this.failed += other.failed;
    this.e5xx += other.e5xx;
    this.e4xx += other.e4xx;
    this.e429 += other.e429;
    this.e403 += other.e403;
    this.timeouts += other.timeouts;
    this.slow += other.slow;
    this.sumMs += other.sumMs;
    this.maxMs = Math.max(this.maxMs, other.maxMs);
    if (other.sketch && other.sketch.count > 0) {
      this.sketch ??= newSketch();
      mergeInto(this.sketch, other.sketch);
    }
  }
}

export interface WindowOptions {
  /** How many recent requests the last-N window keeps (10 000 by default). */
  capacity: number;
  slowMs: number;
  timeoutMs: number;
  sessionWindowMs: number;
  now?: () => number;
}

/** Turns a bucket aggregate into the JSON shape of a window (001's field names). */
export function statsOf(window: string, seconds: number, b: Bucket, exactPercentiles?: { p50: number; p95: number; p99: number }): WindowStats {
  const sketch = b.sketch;
  const pick = (q: number, exactValue: number | undefined) =>
    b.total === 0 ? null : round(exactValue ?? (sketch ? quantile(sketch, q) ?? 0 : 0), 2);
  return {
    window,
    seconds: Math.round(seconds),
    total_requests: b.total,
    successful_requests: b.total - b.failed,
    requests_per_sec: seconds > 0 ? round(b.total / seconds, 2) : 0,
    error_rate_percent: b.total ? round((100 * b.failed) / b.total, 2) : 0,
    any_error_rate_percent: b.total ? round((100 * Math.max(b.failed, b.e5xx + b.e4xx + b.e429 + b.e403 + b.timeouts)) / b.total, 2) : 0,
    errors: { recent_5xx: b.e5xx, recent_4xx: b.e4xx, recent_429: b.e429, recent_csrf: b.e403, recent_timeouts: b.timeouts },
    performance: {
      p50_ms: pick(0.5, exactPercentiles?.p50),
      p95_ms: pick(0.95, exactPercentiles?.p95),
      p99_ms: pick(0.99, exactPercentiles?.p99),
      mean_ms: b.total ? round(b.sumMs / b.total, 2) : null,
      max_ms: b.total ? round(b.maxMs, 2) : null,
    },
    slow_requests: b.slow,
  };
}

/**
 * Every finished request of this process, in bounded memory: a ring of the
 * last N requests (exact figures, top endpoints), 5-second buckets for 5
 * minutes and minute buckets for 6 hours (counts plus a mergeable latency
 * sketch). Minute buckets are what gets written to the database as rollups.
 * Time comes from the sample (its end) and from `now`, so tests use a fake clock.
 */
export class RequestWindows {
  readonly capacity: number;
  private readonly now: () => number;
  // The last-N ring, as parallel typed arrays (no object per request).
  private readonly ringRoute: Int32Array;
  private readonly ringFlags: Uint8Array;
  private readonly ringDuration: Float64Array;
  private readonly ringEnd: Float64Array;
  private ringNext = 0;
  private ringSize = 0;
  private readonly routeIds = new Map<string, number>();
  private readonly routes: { method: string; route: string; feature: Feature }[] = [];
  private readonly fine: Bucket[] = Array.from({ length: FINE_BUCKETS }, () => new Bucket());
  private readonly minutes: Bucket[] = Array.from({ length: MINUTE_BUCKETS }, () => new Bucket());
  /**
   * The same buckets per route class, for the latency rules that judge agent
   * routes by their own objective: 5 minutes of 5-second buckets and an hour of
   * minutes (the longest latency window). Never written as rollups.
   */
  private readonly byClass: Record<RouteClass, { fine: Bucket[]; minutes: Bucket[] }> = {
    standard: { fine: Array.from({ length: FINE_BUCKETS }, () => new Bucket()), minutes: Array.from({ length: MINUTE_SKETCH_BUCKETS }, () => new Bucket()) },
    agent: { fine: Array.from({ length: FINE_BUCKETS }, () => new Bucket()), minutes: Array.from({ length: MINUTE_SKETCH_BUCKETS }, () => new Bucket()) },
  };
  private readonly slow: SlowRequest[] = [];
  private readonly sessions = new Map<string, number>();
  private totalSeen = 0;

  constructor(private readonly options: WindowOptions) {
    this.capacity = options.capacity;
    this.now = options.now ?? Date.now;
    this.ringRoute = new Int32Array(this.capacity);
    this.ringFlags = new Uint8Array(this.capacity);
    this.ringDuration = new Float64Array(this.capacity);
    this.ringEnd = new Float64Array(this.capacity);
  }

  get requestsSeen(): number {
    return this.totalSeen;
  }

  record(sample: RequestSample): void {
    const { status, durationMs, endMs } = sample;
    const c = classify(status, durationMs, this.options.timeoutMs);
    const isSlow = durationMs >= this.options.slowMs;
    this.totalSeen += 1;

    const i = this.ringNext;
    this.ringRoute[i] = this.routeId(sample.method, sample.route);
    this.ringFlags[i] =
      (c.failed ? F_FAILED : 0) | (c.is5xx ? F_5XX : 0) | (c.is4xx ? F_4XX : 0) | (c.is429 ? F_429 : 0) |
      (c.is403 ? F_403 : 0) | (c.timeout ? F_TIMEOUT : 0) | (isSlow ? F_SLOW : 0);
    this.ringDuration[i] = durationMs;
    this.ringEnd[i] = endMs;
    this.ringNext = (i + 1) % this.capacity;
    if (this.ringSize < this.capacity) this.ringSize += 1;

    const fine = this.bucketFor(this.fine, FINE_BUCKET_MS, endMs);
    if (fine) this.count(fine, c, isSlow, durationMs);
    const minute = this.bucketFor(this.minutes, MINUTE_MS, endMs);
    if (minute) {
      this.count(minute, c, isSlow, durationMs);
      minute.dirty = true;
    }
    const perClass = this.byClass[routeClass(sample.method, sample.route)];
    const classFine = this.bucketFor(perClass.fine, FINE_BUCKET_MS, endMs);
    if (classFine) this.count(classFine, c, isSlow, durationMs);
    const classMinute = this.bucketFor(perClass.minutes, MINUTE_MS, endMs);
    if (classMinute) this.count(classMinute, c, isSlow, durationMs);

    if (isSlow) {
      this.slow.push({ route: sample.route, path: sample.path, method: sample.method, status, duration_ms: round(durationMs, 1), at: new Date(endMs).toISOString(), trace_id: sample.traceId });
      if (this.slow.length > SLOW_KEPT) this.slow.shift();
    }
    if (sample.sessionId) {
      // Re-inserting keeps the map ordered by last activity, so the oldest go first.
      this.sessions.delete(sample.sessionId);
      this.sessions.set(sample.sessionId, endMs);
      if (this.sessions.size > MAX_SESSIONS) this.sessions.delete(this.sessions.keys().next().value!);
    }
  }

  private count(b: Bucket, c: ReturnType<typeof classify>, isSlow: boolean, durationMs: number): void {
    b.total += 1;
    if (c.failed) b.failed += 1;
    if (c.is5xx) b.e5xx += 1;
    if (c.is4xx) b.e4xx += 1;
    if (c.is429) b.e429 += 1;
    if (c.is403) b.e403 += 1;
    if (c.timeout) b.timeouts += 1;
    if (isSlow) b.slow += 1;
    b.sumMs += durationMs;
    if (durationMs > b.maxMs) b.maxMs = durationMs;
    (b.sketch ??= newSketch()).accept(durationMs);
  }

  /** The bucket for a time, recycling the slot when it held an older period; undefined when too old. */
  private bucketFor(ring: Bucket[], size: number, t: number): Bucket | undefined {
    const index = Math.floor(t / size);
    const b = ring[index % ring.length]!;
    const start = index * size;
    if (b.start === start) return b;
    if (b.start > start) return undefined;
    b.reset(start);
    if (ring === this.minutes) {
      // Keep latency sketches for the last hour only: older minutes need counts (burn rate) alone.
      const old = ring[(index - MINUTE_SKETCH_BUCKETS + ring.length) % ring.length]!;
      if (old.start < start - (MINUTE_SKETCH_BUCKETS - 1) * MINUTE_MS && !old.dirty) old.sketch = null;
    }
    return b;
  }

  private routeId(method: string, route: string): number {
    const key = `${method} ${route}`;
    let id = this.routeIds.get(key);
    if (id === undefined) {
      if (this.routes.length >= MAX_ROUTES) return this.routeId('*', '(other routes)');
      id = this.routes.length;
      this.routes.push({ method, route, feature: featureOf(route) });
      this.routeIds.set(key, id);
    }
    return id;
  }

  /**
   * Sum of the buckets covering the last `seconds` (5-second resolution up to 5 min, minutes beyond),
   * of every request or of one route class (up to an hour). `notBefore`: leave out buckets that
   * start earlier (the warm-up, a chaos run's tail).
   */
  aggregate(seconds: number, cls?: RouteClass, notBefore?: number): Bucket {
    const now = this.now();
    const fine = seconds <= FINE_BUCKETS * (FINE_BUCKET_MS / 1000);
    const ring = cls ? (fine ? this.byClass[cls].fine : this.byClass[cls].minutes) : fine ? this.fine : this.minutes;
    const size = fine ? FINE_BUCKET_MS : MINUTE_MS;
    const from = now - seconds * 1000;
    const sum = new Bucket();
    for (const b of ring) {
      // Every bucket that overlaps the window counts (the current one is partial).
      if (b.start >= 0 && b.start + size > from && b.start <= now && (notBefore === undefined || b.start >= notBefore)) sum.add(b);
    }
    return sum;
  }

  window(name: string, seconds: number, notBefore?: number): WindowStats {
    return statsOf(name, seconds, this.aggregate(seconds, undefined, notBefore));
  }

  /** The last N requests, with exact percentiles (N ≤ capacity, so sorting is cheap). */
  lastRequests(): WindowStats {
    const n = this.ringSize;
    const sum = new Bucket();
    const durations = new Float64Array(n);
    let oldest = Infinity;
    for (let k = 0; k < n; k += 1) {
      const d = this.ringDuration[k]!;
      durations[k] = d;
      const f = this.ringFlags[k]!;
      sum.total += 1;
      if (f & F_FAILED) sum.failed += 1;
      if (f & F_5XX) sum.e5xx += 1;
      if (f & F_4XX) sum.e4xx += 1;
      if (f & F_429) sum.e429 += 1;
      if (f & F_403) sum.e403 += 1;
      if (f & F_TIMEOUT) sum.timeouts += 1;
      if (f & F_SLOW) sum.slow += 1;
      sum.sumMs += d;
      if (d > sum.maxMs) sum.maxMs = d;
      if (this.ringEnd[k]! < oldest) oldest = this.ringEnd[k]!;
    }
    durations.sort();
    const at = (q: number) => durations[Math.max(0, Math.ceil(q * n) - 1)]!;
    const seconds = n ? Math.max(1, (this.now() - oldest) / 1000) : 0;
    return statsOf(`last_${this.capacity}`, seconds, sum, n ? { p50: at(0.5), p95: at(0.95), p99: at(0.99) } : undefined);
  }

  /** One point per 5-second bucket (last 5 min) or per minute (last hour), oldest first, gaps as zeros. */
  series(kind: 'fine' | 'minute'): SeriesPoint[] {
    const size = kind === 'fine' ? FINE_BUCKET_MS : MINUTE_MS;
    const count = kind === 'fine' ? FINE_BUCKETS : MINUTE_SKETCH_BUCKETS;
    const ring = kind === 'fine' ? this.fine : this.minutes;
    const current = Math.floor(this.now() / size);
    const points: SeriesPoint[] = [];
    for (let index = current - count + 1; index <= current; index += 1) {
      const b = ring[index % ring.length]!;
      points.push(seriesPoint(index * size, size, b.start === index * size ? b : undefined));
    }
    return points;
  }

  /** Endpoints of the last-N window by traffic, with their errors and latency. */
  topEndpoints(limit = 10): EndpointStats[] {
    const perRoute = new Map<number, { durations: number[]; errors: number }>();
    for (let k = 0; k < this.ringSize; k += 1) {
      const id = this.ringRoute[k]!;
      let entry = perRoute.get(id);
      if (!entry) perRoute.set(id, (entry = { durations: [], errors: 0 }));
      entry.durations.push(this.ringDuration[k]!);
      if (this.ringFlags[k]! & ~F_SLOW) entry.errors += 1;
    }
    return [...perRoute.entries()]
      .sort((a, b) => b[1].durations.length - a[1].durations.length)
      .slice(0, limit)
      .map(([id, { durations, errors }]) => {
        const r = this.routes[id]!;
        durations.sort((a, b) => a - b);
        const n = durations.length;
        return {
          route: r.route,
          method: r.method,
          feature: r.feature,
          requests: n,
          errors,
          error_rate_percent: round((100 * errors) / n, 2),
          mean_ms: round(durations.reduce((s, d) => s + d, 0) / n, 2),
          p95_ms: round(durations[Math.max(0, Math.ceil(0.95 * n) - 1)]!, 2),
        };
      });
  }

  /** Errors of the last-N window by class, by route and class, and traffic per feature. */
  breakdown(): {
    byClass: { class: ErrorClass; count: number }[];
    byRoute: { route: string; class: ErrorClass; count: number }[];
    features: { feature: Feature; requests: number; errors: number }[];
  } {
    const byClass = new Map<ErrorClass, number>();
    const byRoute = new Map<string, { route: string; class: ErrorClass; count: number }>();
    const features = new Map<Feature, { feature: Feature; requests: number; errors: number }>();
    for (let k = 0; k < this.ringSize; k += 1) {
      const r = this.routes[this.ringRoute[k]!]!;
      const f = features.get(r.feature) ?? { feature: r.feature, requests: 0, errors: 0 };
      features.set(r.feature, f);
      f.requests += 1;
      const cls = primaryOf(this.ringFlags[k]!);
      if (!cls) continue;
      f.errors += 1;
      byClass.set(cls, (byClass.get(cls) ?? 0) + 1);
      const key = `${cls} ${r.method} ${r.route}`;
      const e = byRoute.get(key) ?? { route: `${r.method} ${r.route}`, class: cls, count: 0 };
      byRoute.set(key, e);
      e.count += 1;
    }
    return {
      byClass: [...byClass.entries()].map(([cls, count]) => ({ class: cls, count })).sort((a, b) => b.count - a.count),
      byRoute: [...byRoute.values()].sort((a, b) => b.count - a.count).slice(0, 10),
      features: [...features.values()].sort((a, b) => b.requests - a.requests),
    };
  }

  /** Slow requests, newest first. */
  slowRequests(): SlowRequest[] {
    return [...this.slow].reverse();
  }

  /** Sessions seen within the session window; forgets older ones. */
  activeSessions(): number {
    const cutoff = this.now() - this.options.sessionWindowMs;
    for (const [id, last] of this.sessions) {
      if (last >= cutoff) break;
      this.sessions.delete(id);
    }
    return this.sessions.size;
  }

  /** Minute buckets changed since the last write (the rollups to upsert), oldest first. */
  /** Frees what can go under memory pressure: sessions past their window and the slow-request list (returns entries dropped). */
  trim(): number {
    const before = this.sessions.size + this.slow.length;
    this.activeSessions();
    this.slow.length = 0;
    return before - this.sessions.size;
  }

  dirtyMinutes(): Bucket[] {
    return this.minutes.filter((b) => b.dirty && b.start >= 0).sort((a, b) => a.start - b.start);
  }

  /** The minute buckets of the last hour (for the instance's own history when the database is unreachable). */
  minuteBuckets(): Bucket[] {
    return this.minutes.filter((b) => b.start >= 0);
  }
}

export function seriesPoint(t: number, sizeMs: number, b: Bucket | undefined): SeriesPoint {
  const sketch = b?.sketch;
  const q = (p: number) => (b && b.total && sketch ? round(quantile(sketch, p) ?? 0, 2) : null);
  return {
    t,
    requests: b?.total ?? 0,
    rps: b ? round(b.total / (sizeMs / 1000), 2) : 0,
    errors_5xx: b?.e5xx ?? 0,
    errors_4xx: b ? b.e4xx + b.e429 + b.e403 : 0,
    error_rate_percent: b && b.total ? round((100 * b.failed) / b.total, 2) : 0,
    p50_ms: q(0.5),
    p95_ms: q(0.95),
    p99_ms: q(0.99),
  };
}
