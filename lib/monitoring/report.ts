import { sharedCache } from '@/lib/cache';
import type { MonitoringConfig } from '@/lib/config';
import { scheduler } from '@/lib/jobs';
import type { RouteClass } from '@/lib/telemetry';
import type { AiStats } from './ai-stats';
import type { AlertRules } from './alert-rules';
import type { ChaosSwitch } from './chaos';
import { healthFindings, recoveryOf, ruleLookbackSec, verdictOf, type HealthFinding } from './health-rules';
import { modelsHealth } from './model-health';
import { Bucket, MINUTE_MS, type RequestWindows, seriesPoint, statsOf } from './request-windows';
import type { ResourceSampler } from './resources';
import { quantile } from './sketch';
import type { ClusterMinutes, listAlerts } from './store';
import type { AlertView, HealthRecovery, HealthVerdict, MetricsReport, RecoveryRecord, SeriesPoint, WindowStats } from './types';

const ALERTS_SHOWN = 30;

export const WINDOW_NAMES = ['last_requests', '1m', '5m', '1h'] as const;
export type WindowName = (typeof WINDOW_NAMES)[number];

export type AlertQuery = Parameters<typeof listAlerts>[1];

/** What the health verdict and the report read of the monitor. */
export interface ReportInputs {
  readonly config: MonitoringConfig;
  readonly instanceId: string;
  readonly windows: RequestWindows;
  readonly sampler: ResourceSampler;
  readonly ai: AiStats;
  readonly chaos: ChaosSwitch;
  currentRules(): AlertRules;
  warmingUp(now?: number): boolean;
  countsFrom(): number | undefined;
  alerts(query?: AlertQuery): Promise<AlertView[]>;
  /** Tells alerting how many alerts are open (for its gauge) whenever they are read. */
  noteOpenAlerts(count: number): void;
  clusterMinutes(): Promise<ClusterMinutes>;
  recoveries(): RecoveryRecord[];
}

export interface HealthState {
  verdict: HealthVerdict;
  findings: HealthFinding[];
  recent: WindowStats;
  open: AlertView[];
  warmingUp: boolean;
  recovery: HealthRecovery | null;
}

/** Healthy / warning / degraded with reasons (the source's rules plus resources), and whether it is a chaos run's tail. */
export async function healthOf(m: ReportInputs, open?: AlertView[]): Promise<HealthState> {
  const alerts = open ?? (await m.alerts({ state: 'open' }).catch(() => []));
  m.noteOpenAlerts(alerts.length);
  const rules = m.currentRules();
  const windowSec = rules.errorRate.windowSec;
  const recent = m.windows.window(`${windowSec}s`, windowSec, m.countsFrom());
  const warming = m.warmingUp();
  const findingsOf = (stats: WindowStats, openAlerts: AlertView[], from = m.countsFrom()) =>
    healthFindings({
      recent: stats,
      latencyByClass: latencyByClass(m.windows, rules, from),
      openAlerts: openAlerts.map((a) => ({ severity: a.severity, title: a.title, acknowledged: a.state === 'acknowledged' })),
      resources: m.sampler.figures(),
      rules,
      warnErrorRatePct: m.config.health.warnErrorRatePct,
      warnP95Ms: m.config.health.warnP95Ms,
    }).filter((f) => !warming || f.part === 'alerts');
  const findings = findingsOf(recent, alerts);
  const chaos = m.chaos.lastRun();
  const recovery =
    chaos && findings.length
      ? recoveryOf({
          now: Date.now(),
          chaos,
          findings,
          findingsSinceChaos: findingsOf(m.windows.window(`${windowSec}s`, windowSec, Math.max(chaos.endedAt, m.countsFrom() ?? 0)), [], Math.max(chaos.endedAt, m.countsFrom() ?? 0)),
          openAlerts: alerts,
          requestWindowSec: windowSec,
          lookbackSec: ruleLookbackSec(rules),
          evalIntervalMs: m.config.evalIntervalMs,
        })
      : null;
  return { verdict: verdictOf(findings), findings, recent, open: alerts, warmingUp: warming, recovery };
}

/** p95 and requests per route class over the latency window (what the health and the latency alerts judge). */
function latencyByClass(windows: RequestWindows, rules: AlertRules, notBefore?: number): Record<RouteClass, { p95Ms: number | null; requests: number }> {
  const of = (cls: RouteClass) => {
    const b = windows.aggregate(rules.latency.windowSec, cls, notBefore);
    return { p95Ms: b.total && b.sketch ? (quantile(b.sketch, 0.95) ?? null) : null, requests: b.total };
  };
  return { standard: of('standard'), agent: of('agent') };
}

/** Everything `/api/metrics` answers. */
export async function buildReport(m: ReportInputs, windowName: WindowName): Promise<MetricsReport> {
  const windows = {
    last_requests: m.windows.lastRequests(),
    '1m': m.windows.window('1m', 60),
    '5m': m.windows.window('5m', 300),
    '1h': m.windows.window('1h', 3600),
  };
  const chosen = windows[windowName];
  let alerts: AlertView[] = [];
  let cluster: MetricsReport['cluster'] = { instances: [m.instanceId], last_hour: null };
  let minute: SeriesPoint[] = m.windows.series('minute');
  let minuteSource: 'cluster' | 'instance' = 'instance';
  try {
    const [list, minutes] = await Promise.all([m.alerts({ limit: ALERTS_SHOWN }), m.clusterMinutes()]);
    alerts = list;
    const sum = new Bucket();
    for (const b of minutes.minutes.values()) sum.add(b);
    cluster = { instances: minutes.instances.length ? minutes.instances : [m.instanceId], last_hour: statsOf('1h', 3600, sum) };
    const current = Math.floor(Date.now() / MINUTE_MS);
    minute = [];
    for (let i = current - 59; i <= current; i += 1) minute.push(seriesPoint(i * MINUTE_MS, MINUTE_MS, minutes.minutes.get(i * MINUTE_MS)));
    minuteSource = 'cluster';
  } catch (error) {
    cluster = { ...cluster, error: error instanceof Error ? error.message : 'database unavailable' };
  }
  const { verdict, recovery } = await healthOf(m, alerts.filter((a) => a.state !== 'resolved'));
  const breakdown = m.windows.breakdown();
  const activeSessions = m.windows.activeSessions();
  return {
    timestamp: new Date().toISOString(),
    instance_id: m.instanceId,
    window: windowName,
    summary: {
      total_requests: chosen.total_requests,
      successful_requests: chosen.successful_requests,
      error_rate_percent: chosen.error_rate_percent,
      requests_per_sec: chosen.requests_per_sec,
      active_sessions: activeSessions,
    },
    errors: chosen.errors,
    performance: chosen.performance,
    health: recovery ? { ...verdict, recovery } : verdict,
    windows,
    series: { fine: m.windows.series('fine'), minute, minute_source: minuteSource },
    error_breakdown: breakdown.byClass,
    errors_by_route: breakdown.byRoute,
    features: breakdown.features,
    top_endpoints: m.windows.topEndpoints(10),
    slow_requests: m.windows.slowRequests(),
    slow_request_threshold_ms: m.config.slowRequestMs,
    resources: { ...m.sampler.figures(), active_sessions: activeSessions },
    ai: m.ai.figures(),
    alerts,
    cluster,
    chaos: m.chaos.state(),
    jobs: scheduler().report(),
    cache: sharedCache().status(),
    recoveries: m.recoveries(),
    models: modelsHealth(),
  };
}
