import { describe, expect, it } from 'vitest';
import { parseConfig } from '@/lib/config';
import { AlertTracker, applyRulesPatch, defaultRules, evaluateRules, type AlertRules } from './alert-rules';
import { healthFindings, verdictOf } from './health-rules';
import { RequestWindows, statsOf } from './request-windows';
import { emptyFigures } from './resources';
import type { ResourceFigures } from './types';

const NO_SLO = { slo: { enabled: false, availabilityPct: 99.5, fastBurnRate: 14.4, slowBurnRate: 6 } };

function setup(overrides: Partial<AlertRules> = NO_SLO) {
  let t = Date.UTC(2026, 0, 1, 12, 0, 3);
  const clock = { now: () => t, advance: (ms: number) => (t += ms) };
  const windows = new RequestWindows({ capacity: 10_000, slowMs: 5_000, timeoutMs: 30_000, sessionWindowMs: 60_000, now: clock.now });
  const rules = { ...defaultRules(parseConfig({}).monitoring), ...overrides };
  const tracker = new AlertTracker();
  let resources: ResourceFigures = { ...emptyFigures(), sampled_at: new Date(t).toISOString() };
  const traffic = (n: number, opts: { status?: number; durationMs?: number; method?: string; route?: string } = {}) => {
    const route = opts.route ?? '/api/demo/work';
    for (let i = 0; i < n; i += 1) {
      windows.record({ route, path: route, method: opts.method ?? 'GET', status: opts.status ?? 200, durationMs: opts.durationMs ?? 20, endMs: clock.now(), traceId: `t${i}` });
    }
  };
  const evaluate = () => evaluateRules(rules, { window: (s, cls) => windows.aggregate(s, cls), resources });
  const step = () => tracker.step(evaluate()).map((x) => `${x.kind}:${x.condition.rule}`);
  return { clock, windows, rules, tracker, traffic, evaluate, step, setResources: (r: ResourceFigures) => (resources = r) };
}

describe('alert rules with a fake clock', () => {
  it('error rate above 5 % over 60 s fires, and resolves once the window has only good requests', () => {
    const s = setup();
    s.traffic(90);
    s.traffic(4, { status: 500 });
    expect(s.step()).toEqual([]);
    s.traffic(3, { status: 503 });
    // 7 of 97 failed (7.2 %), and 7 5xx are also a 5xx burst.
    expect(s.step()).toEqual(['fired:error_rate_high', 'fired:server_errors_burst']);
    expect(s.step()).toEqual([]);
    const rate = s.evaluate().find((c) => c.rule === 'error_rate_high')!;
    expect(rate).toMatchObject({ active: true, severity: 'critical', value: 7.2, threshold: 5 });
    expect(rate.message).toContain('7 of 97 requests failed');

    s.clock.advance(70_000);
    s.traffic(50);
    expect(s.step()).toEqual(['resolved:error_rate_high']);
    s.clock.advance(5 * 60_000);
    expect(s.step()).toEqual(['resolved:server_errors_burst']);
  });

  it('needs a minimum of requests before a rate means anything', () => {
    const s = setup();
    s.traffic(3, { status: 500 });
    expect(s.step()).toEqual([]);
  });

  it('p95 above 500 ms over 60 s fires as a warning and resolves', () => {
    const s = setup();
    s.traffic(80, { durationMs: 40 });
    s.traffic(20, { durationMs: 900 });
    expect(s.step()).toEqual(['fired:latency_p95_high']);
    expect(s.evaluate().find((c) => c.rule === 'latency_p95_high')).toMatchObject({ severity: 'warning', threshold: 500 });
    s.clock.advance(65_000);
    s.traffic(20, { durationMs: 40 });
    expect(s.step()).toEqual(['resolved:latency_p95_high']);
  });

  it('judges agent routes by their own objective: normal workflow and chat latency fires nothing', () => {
    const s = setup();
    // Half the traffic is agent requests of 0.5-2 s (workflows, chat, ask-both), the rest fast.
    s.traffic(40, { durationMs: 30 });
    for (const [method, route] of [['POST', '/api/workflows'], ['POST', '/api/chat'], ['POST', '/api/compare/ask']]) {
      s.traffic(10, { method, route, durationMs: 600 });
      s.traffic(10, { method, route, durationMs: 1_900 });
    }
    // Over all requests p95 is far above 500 ms; the standard routes alone are at 30 ms.
    expect(s.windows.window('60s', 60).performance.p95_ms).toBeGreaterThan(1_500);
    expect(s.step()).toEqual([]);
    const conditions = s.evaluate();
    expect(conditions.find((c) => c.rule === 'latency_p95_high')).toMatchObject({ active: false, threshold: 500 });
    expect(conditions.find((c) => c.rule === 'latency_p95_high')!.value).toBeLessThan(35);
    expect(conditions.find((c) => c.rule === 'agent_latency_p95_high')).toMatchObject({ active: false, threshold: 10_000 });
    expect(conditions.find((c) => c.rule === 'agent_latency_p95_high')!.value).toBeGreaterThan(1_800);

    // A GET of the same path is a standard request (the run list), judged by 500 ms.
    s.traffic(20, { method: 'GET', route: '/api/workflows', durationMs: 900 });
    expect(s.step()).toEqual(['fired:latency_p95_high']);
  });

  it('fires the agent latency rule when agent requests exceed their objective, and not the standard one', () => {
    const s = setup();
    s.traffic(50, { durationMs: 30 });
    s.traffic(15, { method: 'POST', route: '/api/chat', durationMs: 12_000 });
    expect(s.step()).toEqual(['fired:agent_latency_p95_high']);
    const agent = s.evaluate().find((c) => c.rule === 'agent_latency_p95_high')!;
    expect(agent.message).toMatch(/^p95 latency of agent requests \(workflows, chat, ask-both\) 1\d{4} ms over the last 60 s \(threshold 10000 ms, 15 requests\)$/);
    // Too few agent requests say nothing.
    const few = setup();
    few.traffic(50, { durationMs: 30 });
    few.traffic(5, { method: 'POST', route: '/api/workflows', durationMs: 25_000 });
    expect(few.step()).toEqual([]);
    // An admin can move the objective.
    const patched = applyRulesPatch(s.rules, { latency: { agentP95Ms: 20_000 } });
    expect(patched.success).toBe(true);
    Object.assign(s.rules, patched.data);
    expect(s.step()).toEqual(['resolved:agent_latency_p95_high']);
  });

  it('follows changed thresholds and disabled rules', () => {
    const s = setup();
    s.traffic(95);
    s.traffic(5, { status: 500 });
    expect(s.step()).toEqual(['fired:server_errors_burst']);
    const patched = applyRulesPatch(s.rules, { errorRate: { thresholdPct: 4 }, serverErrors: { enabled: false } });
    expect(patched.success).toBe(true);
    Object.assign(s.rules, patched.data);
    expect(s.step()).toEqual(['fired:error_rate_high', 'resolved:server_errors_burst']);
    expect(applyRulesPatch(s.rules, { resources: { warnPct: 95, criticalPct: 90 } }).success).toBe(false);
  });

  it('resource levels fire with their severity and escalate from warning to critical', () => {
    const s = setup();
    const base = emptyFigures();
    // One high sample is a blip; two in a row fire.
    s.setResources({ ...base, sampled_at: 'now', cpu: { percent: 85, cores: 2, level: 'warning' } });
    expect(s.step()).toEqual([]);
    s.setResources({ ...base, sampled_at: 'now' });
    expect(s.step()).toEqual([]);
    s.setResources({ ...base, sampled_at: 'now', cpu: { percent: 85, cores: 2, level: 'warning' } });
    expect(s.step()).toEqual([]);
    expect(s.step()).toEqual(['fired:cpu_high']);
    s.setResources({ ...base, sampled_at: 'now', cpu: { percent: 95, cores: 2, level: 'critical' } });
    expect(s.step()).toEqual(['escalated:cpu_high']);
    s.setResources({ ...base, sampled_at: 'now' });
    expect(s.step()).toEqual(['resolved:cpu_high']);
  });

  it('the SLO burn-rate alert needs both the long and the short window to burn', () => {
    const s = setup({ slo: defaultRules(parseConfig({}).monitoring).slo, errorRate: { enabled: false, thresholdPct: 5, windowSec: 60, minRequests: 10 }, serverErrors: { enabled: false, count: 5, windowSec: 300 } });
    // 99.5 % SLO: budget 0.5 %; 14.4× burn is 7.2 % failures. An hour at 8 % burns both windows.
    for (let minute = 0; minute < 60; minute += 1) {
      s.traffic(92);
      s.traffic(8, { status: 500 });
      s.clock.advance(60_000);
    }
    s.traffic(92);
    s.traffic(8, { status: 500 });
    expect(s.step()).toContain('fired:slo_fast_burn');
    // The short window recovers (5 min of clean traffic): the page stops although the hour still burns.
    for (let minute = 0; minute < 6; minute += 1) {
      s.clock.advance(60_000);
      s.traffic(100);
    }
    expect(s.step()).toEqual(['resolved:slo_fast_burn']);
  });
});

describe('health status', () => {
  it('is healthy, warning or degraded by error rate, p95, alerts and resources', () => {
    const s = setup();
    const health = (openAlerts: { severity: 'warning' | 'critical'; title: string }[] = [], resources = emptyFigures()) =>
      verdictOf(healthFindings({ recent: s.windows.window('60s', 60), openAlerts, resources, rules: s.rules, warnErrorRatePct: 1, warnP95Ms: 200 }));
    s.traffic(100, { durationMs: 30 });
    expect(health()).toEqual({ status: 'healthy', reasons: [] });
    s.traffic(3, { status: 500 });
    expect(health()).toMatchObject({ status: 'warning', reasons: ['error rate 2.91 % (1 % or more)'] });
    s.traffic(10, { status: 500 });
    expect(health().status).toBe('degraded');
    s.clock.advance(70_000);
    s.traffic(100, { durationMs: 300 });
    expect(health()).toMatchObject({ status: 'warning', reasons: [expect.stringMatching(/^p95 latency 30\d ms/)] });
    expect(health([{ severity: 'critical', title: 'Error rate high' }])).toMatchObject({ status: 'degraded', reasons: ['critical alert: Error rate high', expect.any(String)] });
    expect(health([], { ...emptyFigures(), memory: { ...emptyFigures().memory, rss_percent: 93, level: 'critical' } }).status).toBe('degraded');
  });

  it('judges each route class by its objective, as the latency alerts do', () => {
    const s = setup();
    const byClass = () => {
      const of = (cls: 'standard' | 'agent') => {
        const b = s.windows.aggregate(60, cls);
        return { p95Ms: b.total ? quantileOf(b) : null, requests: b.total };
      };
      return { standard: of('standard'), agent: of('agent') };
    };
    const quantileOf = (b: ReturnType<typeof s.windows.aggregate>) => statsOf('x', 60, b).performance.p95_ms;
    const health = () =>
      verdictOf(healthFindings({ recent: s.windows.window('60s', 60), latencyByClass: byClass(), openAlerts: [], resources: emptyFigures(), rules: s.rules, warnErrorRatePct: 1, warnP95Ms: 200 }));
    s.traffic(60, { durationMs: 30 });
    s.traffic(40, { method: 'POST', route: '/api/workflows', durationMs: 1_500 });
    expect(health()).toEqual({ status: 'healthy', reasons: [] });
    s.traffic(40, { method: 'POST', route: '/api/workflows', durationMs: 15_000 });
    expect(health()).toMatchObject({ status: 'degraded', reasons: [expect.stringMatching(/^agent p95 latency 1\d{4} ms \(over 10000 ms\)$/)] });
  });
});
