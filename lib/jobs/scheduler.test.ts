import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LeaseStore } from './lease';
import { LEASE_MAX_TTL_MS, leaseTtlMs, Scheduler } from './scheduler';

/** Leases in memory, on the fake clock: the same rules as the database's (take if free, expired or ours). */
function memoryLeases(): LeaseStore & { rows: Map<string, { holder: string; expires: number }> } {
  const rows = new Map<string, { holder: string; expires: number }>();
  return {
    rows,
    async acquire(job, holder, ttlMs) {
      const row = rows.get(job);
      if (!row || row.holder === holder || row.expires < Date.now()) rows.set(job, { holder, expires: Date.now() + ttlMs });
      return rows.get(job)!.holder;
    },
    async release(job, holder) {
      if (rows.get(job)?.holder === holder) rows.delete(job);
    },
  };
}

const job = (s: Scheduler, name: string) => s.report().jobs.find((j) => j.name === name)!;

describe('Scheduler (fake clock)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-11-25T00:00:00Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs a job every interval and records start, end, duration, outcome and next run', async () => {
    const s = new Scheduler({ instanceId: 'a', failureThreshold: 3 });
    let runs = 0;
    s.register({ name: 'tick', title: 'Tick', intervalMs: 10_000, run: async () => {
      runs += 1;
      await new Promise((r) => setTimeout(r, 250));
      return `run ${runs}`;
    } });
    s.start();
    expect(job(s, 'tick').status).toBe('pending');
    await vi.advanceTimersByTimeAsync(1_000 + 250);
    expect(runs).toBe(1);
    const v = job(s, 'tick');
    expect(v).toMatchObject({ status: 'ok', lastOutcome: 'success', lastDurationMs: 250, lastDetail: 'run 1', consecutiveFailures: 0, runs: 1 });
    // The next run is one interval after this one started.
    expect(Date.parse(v.nextRunAt!) - Date.parse(v.lastStartedAt!)).toBe(10_000);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(runs).toBe(4);
    await s.stop();
  });

  it('a job that can wait runs first when it asked to, not a second after start, and then every interval', async () => {
    let runs = 0;
    // A run-once job: taking the lease at start must not pull the first run forward either.
    const s = new Scheduler({ instanceId: 'a', failureThreshold: 3, leases: memoryLeases() });
    s.register({ name: 'prune', title: 'Prune', intervalMs: 3_600_000, singleton: true, firstRunAfterMs: 60_000, run: () => void (runs += 1) });
    s.start();
    await vi.advanceTimersByTimeAsync(59_000);
    expect(runs).toBe(0);
    // Not yet run is not stale: three intervals are what staleness waits for.
    expect(job(s, 'prune').status).toBe('pending');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(runs).toBe(2);
    await s.stop();
  });

  it('counts consecutive failures, turns failing at the threshold, and recovers on the next success', async () => {
    const s = new Scheduler({ instanceId: 'a', failureThreshold: 3 });
    let fail = true;
    s.register({ name: 'flaky', title: 'Flaky', intervalMs: 1_000, run: () => {
      if (fail) throw new Error('database unreachable');
    } });
    s.start();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(job(s, 'flaky')).toMatchObject({ status: 'ok', lastOutcome: 'failure', consecutiveFailures: 1, lastError: 'database unreachable' });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(job(s, 'flaky').consecutiveFailures).toBe(2);
    expect(s.unhealthy()).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(job(s, 'flaky')).toMatchObject({ status: 'failing', consecutiveFailures: 3, failures: 3 });
    expect(s.unhealthy().map((j) => j.reason)).toEqual(['Flaky: failed 3 times in a row (database unreachable)']);
    fail = false;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(job(s, 'flaky')).toMatchObject({ status: 'ok', lastOutcome: 'success', consecutiveFailures: 0, failures: 3, lastError: null });
    expect(s.unhealthy()).toHaveLength(0);
    await s.stop();
  });

  it('reports a job stale after three intervals without a finished run (a hung run), and fresh again once it ends', async () => {
    const s = new Scheduler({ instanceId: 'a', failureThreshold: 3 });
    let release: () => void = () => undefined;
    let hang = false;
    s.register({ name: 'slow', title: 'Slow', intervalMs: 1_000, run: () => (hang ? new Promise<void>((r) => (release = r)) : undefined) });
    s.start();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(job(s, 'slow').status).toBe('ok');
    hang = true;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(job(s, 'slow').running).toBe(true);
    await vi.advanceTimersByTimeAsync(2_900);
    expect(job(s, 'slow').status).toBe('ok');
    await vi.advanceTimersByTimeAsync(200);
    expect(job(s, 'slow')).toMatchObject({ status: 'stale', running: true });
    expect(s.unhealthy()[0]!.reason).toMatch(/^Slow: running for 3 s/);
    hang = false;
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(job(s, 'slow')).toMatchObject({ status: 'ok', running: false, lastOutcome: 'success' });
    await s.stop();
  });

  it('reports a job stale when its timer chain stopped (no run for three intervals)', async () => {
    const s = new Scheduler({ instanceId: 'a', failureThreshold: 3 });
    s.register({ name: 'tick', title: 'Tick', intervalMs: 1_000, run: () => undefined });
    s.start();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(job(s, 'tick').status).toBe('ok');
    s.abandon(); // the chain is broken: nothing will run again
    // (abandon leaves startedAt unset, so staleness is measured from the last run)
    await vi.advanceTimersByTimeAsync(2_999);
    expect(job(s, 'tick').status).toBe('ok');
    await vi.advanceTimersByTimeAsync(2);
    expect(job(s, 'tick')).toMatchObject({ status: 'stale' });
    expect(job(s, 'tick').reason).toMatch(/no run for 3 s/);
  });

  it('runs a run-once job on exactly one instance, and the other takes over once the lease of a crashed holder expires', async () => {
    const leases = memoryLeases();
    const ran: string[] = [];
    const make = (id: string) => {
      const s = new Scheduler({ instanceId: id, failureThreshold: 3, leases });
      s.register({ name: 'evaluate', title: 'Evaluate', intervalMs: 1_000, singleton: true, run: (ctx) => void ran.push(`${id}${ctx.tookOver ? '*' : ''}`) });
      return s;
    };
    const a = make('a');
    const b = make('b');
    a.start();
    await vi.advanceTimersByTimeAsync(100);
    b.start();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(new Set(ran)).toEqual(new Set(['a*', 'a']));
    expect(job(b, 'evaluate')).toMatchObject({ status: 'standby', lastOutcome: 'standby', leaseHolder: 'a' });
    expect(job(a, 'evaluate')).toMatchObject({ status: 'ok', leaseHolder: 'a' });
    // A crash (no release): the lease expires, b takes over within two intervals.
    a.abandon();
    ran.length = 0;
    const stoppedAt = Date.now();
    while (!ran.includes('b*') && Date.now() - stoppedAt < 20_000) await vi.advanceTimersByTimeAsync(100);
    // The lease outlives a's last renewal by leaseTtlMs; b checks once per interval.
    expect(Date.now() - stoppedAt).toBeLessThanOrEqual(leaseTtlMs(1_000) + 1_000);
    expect(job(b, 'evaluate')).toMatchObject({ status: 'ok', leaseHolder: 'b' });
    expect(ran.filter((r) => r.startsWith('a'))).toEqual([]);
    await b.stop();
    expect(leases.rows.size).toBe(0);
  });

  it('a clean stop hands the lease back so the other instance runs at its next tick', async () => {
    const leases = memoryLeases();
    const ran: string[] = [];
    const make = (id: string) => {
      const s = new Scheduler({ instanceId: id, failureThreshold: 3, leases });
      s.register({ name: 'retention', title: 'Retention', intervalMs: 1_000, singleton: true, run: () => void ran.push(id) });
      return s;
    };
    const a = make('a');
    const b = make('b');
    a.start();
    b.start();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(ran.every((r) => r === 'a')).toBe(true);
    await a.stop();
    ran.length = 0;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(ran).toEqual(['b']);
    await b.stop();
  });

  it('renews the lease of a long job while it runs, and a crashed holder\'s hourly job moves within 20 s', async () => {
    const leases = memoryLeases();
    const ran: string[] = [];
    let release: (() => void) | undefined;
    const make = (id: string) => {
      const s = new Scheduler({ instanceId: id, failureThreshold: 3, leases });
      s.register({ name: 'prune', title: 'Prune', intervalMs: 3_600_000, singleton: true, run: async () => {
        ran.push(id);
        // a's first run lasts a minute: far longer than the lease.
        if (id === 'a' && ran.length === 1) await new Promise<void>((r) => { release = r; setTimeout(r, 60_000); });
      } });
      return s;
    };
    const a = make('a');
    const b = make('b');
    a.start();
    await vi.advanceTimersByTimeAsync(1_100);
    b.start();
    expect(leaseTtlMs(3_600_000)).toBe(LEASE_MAX_TTL_MS);
    await vi.advanceTimersByTimeAsync(45_000);
    // Three lease lifetimes into a's run, b still stands by: a renewed it while running.
    expect(ran).toEqual(['a']);
    expect(job(b, 'prune').leaseHolder).toBe('a');
    release?.();
    await vi.advanceTimersByTimeAsync(100);
    // A crash (no release, no more renewals): b takes the job within TTL + one renewal tick, not an hour later.
    a.abandon();
    const crashedAt = Date.now();
    while (!ran.includes('b') && Date.now() - crashedAt < 60_000) await vi.advanceTimersByTimeAsync(250);
    expect(Date.now() - crashedAt).toBeLessThanOrEqual(LEASE_MAX_TTL_MS + LEASE_MAX_TTL_MS / 3 + 500);
    expect(job(b, 'prune')).toMatchObject({ leaseHolder: 'b', lastOutcome: 'success' });
    await b.stop();
  });

  it('counts a lease store failure as a job failure', async () => {
    const s = new Scheduler({
      instanceId: 'a',
      failureThreshold: 2,
      leases: { acquire: async () => { throw new Error('connection refused'); }, release: async () => undefined },
    });
    const run = vi.fn();
    s.register({ name: 'once', title: 'Once', intervalMs: 1_000, singleton: true, run });
    s.start();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(run).not.toHaveBeenCalled();
    expect(job(s, 'once')).toMatchObject({ status: 'failing', consecutiveFailures: 2, lastError: 'connection refused' });
    await s.stop();
  });

  it('on demand (Vercel Cron): no timers, one run per call, the lease guarded during the run and handed back after', async () => {
    const leases = memoryLeases();
    const ran: string[] = [];
    const held: (string | undefined)[] = [];
    const make = (id: string) => {
      const s = new Scheduler({ instanceId: id, failureThreshold: 3, leases, onDemand: true });
      s.register({ name: 'evaluate', title: 'Evaluate', intervalMs: 1_000, singleton: true, run: () => {
        ran.push(id);
        held.push(leases.rows.get('evaluate')?.holder);
      } });
      return s;
    };
    const a = make('a');
    const b = make('b');
    a.start();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(ran).toEqual([]);
    expect(job(a, 'evaluate')).toMatchObject({ status: 'pending', nextRunAt: null });
    expect(await a.runNow('evaluate')).toBe('success');
    expect(leases.rows.size).toBe(0);
    // The next call lands on another instance: it runs at once instead of waiting for a's lease to expire.
    expect(await b.runNow('evaluate')).toBe('success');
    // While another instance is inside a run, a second call stands by.
    leases.rows.set('evaluate', { holder: 'b', expires: Date.now() + 60_000 });
    expect(await a.runNow('evaluate')).toBe('standby');
    expect(ran).toEqual(['a', 'b']);
    expect(held).toEqual(['a', 'b']);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(ran).toEqual(['a', 'b']);
    expect(job(a, 'evaluate').nextRunAt).toBeNull();
  });
});
