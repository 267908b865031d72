import { describe, expect, it } from 'vitest';
import { ChaosSwitch } from './chaos';
import { healthFindings, recoveryOf, verdictOf, type HealthFinding, type RecoveryInput } from './health-rules';
import { RequestWindows } from './request-windows';
import type { WindowStats } from './types';

const T0 = Date.UTC(2026, 0, 1, 12, 0, 0);
const LOOKBACK = { error_rate_high: 60, latency_p95_high: 60, server_errors_burst: 60, slo_fast_burn: 300, slo_slow_burn: 1800 };
const requests = (summary = 'error rate 40 % (over 5 %)'): HealthFinding => ({ part: 'requests', level: 'critical', summary });
const alerts = (summary = 'critical alert: Error rate high'): HealthFinding => ({ part: 'alerts', level: 'critical', summary });

function input(over: Partial<RecoveryInput> = {}): RecoveryInput {
  return {
    now: T0 + 100_000,
    chaos: { startedAt: T0, endedAt: T0 + 60_000 },
    findings: [requests(), alerts()],
    findingsSinceChaos: [],
    openAlerts: [{ rule: 'slo_fast_burn', fired_at: new Date(T0 + 20_000).toISOString() }],
    requestWindowSec: 60,
    lookbackSec: LOOKBACK,
    evalIntervalMs: 5_000,
    ...over,
  };
}

describe('recovering after a chaos run', () => {
  it('counts down to when the longest window of what still fails has left the chaos behind', () => {
    // slo_fast_burn looks back 300 s: clear by chaos end + 300 s + one evaluation.
    expect(recoveryOf(input())).toEqual({ cause: 'chaos test ended', remainingSec: 265 });
    expect(recoveryOf(input({ openAlerts: [] }))).toEqual({ cause: 'chaos test ended', remainingSec: 25 });
  });

  it('is not recovery while the requests since the chaos fail on their own', () => {
    expect(recoveryOf(input({ findingsSinceChaos: [requests()] }))).toBeNull();
  });

  it('is not recovery for an alert older than the chaos, an unknown rule, or resources', () => {
    expect(recoveryOf(input({ openAlerts: [{ rule: 'error_rate_high', fired_at: new Date(T0 - 1).toISOString() }] }))).toBeNull();
    expect(recoveryOf(input({ openAlerts: [{ rule: 'memory_high', fired_at: new Date(T0 + 1).toISOString() }] }))).toBeNull();
    expect(recoveryOf(input({ findings: [requests(), { part: 'resources', level: 'warning', summary: 'CPU at 90 %' }] }))).toBeNull();
  });

  it('ends when the time is up (whatever still fails then is not the chaos) and needs a chaos run and a finding', () => {
    expect(recoveryOf(input({ now: T0 + 60_000 + 305_000 }))).toBeNull();
    expect(recoveryOf(input({ chaos: null }))).toBeNull();
    expect(recoveryOf(input({ findings: [] }))).toBeNull();
  });
});

describe('acknowledged alerts', () => {
  const quiet = { total_requests: 0, error_rate_percent: 0, performance: { p95_ms: null } } as unknown as WindowStats;
  const resources = {
    memory: { level: 'ok', rss_percent: 1, heap_percent: 1 },
    cpu: { level: 'ok', percent: 1 },
    event_loop: { level: 'ok', delay_p99_ms: 1 },
    database_pool: null,
    disk: null,
    db_query: { level: 'ok' },
    in_flight: { level: 'ok', current: 0, critical: 100 },
  } as never;
  const rules = { errorRate: { thresholdPct: 5, minRequests: 10 }, latency: { p95Ms: 500, minRequests: 10 } } as never;

  it('count as a warning, not degraded: someone is on it, and the request figures still say how bad it is', () => {
    const verdict = (acknowledged: boolean) =>
      verdictOf(healthFindings({ recent: quiet, openAlerts: [{ severity: 'critical', title: 'Error rate high', acknowledged }], resources, rules, warnErrorRatePct: 1, warnP95Ms: 200 }));
    expect(verdict(false)).toEqual({ status: 'degraded', reasons: ['critical alert: Error rate high'] });
    expect(verdict(true)).toEqual({ status: 'warning', reasons: ['critical alert acknowledged: Error rate high'] });
  });
});

describe('the pieces recovery reads', () => {
  it('the chaos switch remembers its last run once over, cleared early or run out', () => {
    let t = T0;
    const chaos = new ChaosSwitch(() => t);
    expect(chaos.lastRun()).toBeNull();
    chaos.set({ kind: 'errors', durationSec: 30 });
    t += 10_000;
    expect(chaos.lastRun()).toBeNull();
    t += 20_000;
    expect(chaos.lastRun()).toEqual({ startedAt: T0, endedAt: T0 + 30_000 });
    chaos.set({ kind: 'latency', durationSec: 30 });
    t += 5_000;
    chaos.clear();
    expect(chaos.lastRun()).toEqual({ startedAt: T0 + 30_000, endedAt: T0 + 35_000 });
  });

  it('windows leave out what came before a point in time (the warm-up, a chaos run)', () => {
    let t = T0;
    const w = new RequestWindows({ capacity: 1000, slowMs: 5_000, timeoutMs: 30_000, sessionWindowMs: 60_000, now: () => t });
    const record = (status: number) => w.record({ route: '/api/x', path: '/api/x', method: 'GET', status, durationMs: 900, endMs: t, traceId: `t${t}-${status}` });
    for (let i = 0; i < 5; i += 1) record(500);
    t += 20_000;
    const from = t;
    for (let i = 0; i < 5; i += 1) record(200);
    t += 1_000;
    expect(w.window('60s', 60)).toMatchObject({ total_requests: 10, error_rate_percent: 50 });
    expect(w.window('60s', 60, from)).toMatchObject({ total_requests: 5, error_rate_percent: 0 });
  });
});
