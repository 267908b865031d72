import type { RouteClass } from '@/lib/telemetry/types';
import type { AlertRules } from './alert-rules';
import type { AlertSeverity, HealthRecovery, HealthVerdict, Level, ResourceFigures, WindowStats } from './types';

export interface HealthInput {
  /** Requests over the alert rules' window (60 s by default). */
  recent: WindowStats;
  /**
   * p95 and request count per route class over the latency window: each class is
   * judged by its own objective, as the latency alerts do. Without it, `recent`'s p95.
   */
  latencyByClass?: Record<RouteClass, { p95Ms: number | null; requests: number }>;
  /** Acknowledged ones count as warnings: someone is on it, and the request figures still show how bad it is. */
  openAlerts: { severity: AlertSeverity; title: string; acknowledged?: boolean }[];
  resources: ResourceFigures;
  rules: AlertRules;
  warnErrorRatePct: number;
  warnP95Ms: number;
}

export interface HealthFinding {
  part: 'requests' | 'alerts' | 'resources';
  level: Exclude<Level, 'ok'>;
  summary: string;
}

/**
 * The source's traffic light: healthy below 1 % errors and 200 ms p95 with no
 * critical alert; warning from 1 % / 200 ms or with warning alerts; degraded
 * above the alert thresholds (5 % / 500 ms) or with a critical alert. Resources
 * add their own warning/critical. Too few requests say nothing about rates.
 */
export function healthFindings(input: HealthInput): HealthFinding[] {
  const { recent, rules } = input;
  const findings: HealthFinding[] = [];
  const enough = recent.total_requests >= rules.errorRate.minRequests;
  const rate = recent.error_rate_percent;
  if (enough && rate > rules.errorRate.thresholdPct) {
    findings.push({ part: 'requests', level: 'critical', summary: `error rate ${rate} % (over ${rules.errorRate.thresholdPct} %)` });
  } else if (enough && rate >= input.warnErrorRatePct && rate > 0) {
    findings.push({ part: 'requests', level: 'warning', summary: `error rate ${rate} % (${input.warnErrorRatePct} % or more)` });
  }
  const standard = input.latencyByClass?.standard ?? { p95Ms: recent.performance.p95_ms, requests: recent.total_requests };
  const p95 = standard.p95Ms;
  if (standard.requests >= rules.latency.minRequests && p95 !== null) {
    if (p95 > rules.latency.p95Ms) findings.push({ part: 'requests', level: 'critical', summary: `p95 latency ${Math.round(p95)} ms (over ${rules.latency.p95Ms} ms)` });
    else if (p95 >= input.warnP95Ms) findings.push({ part: 'requests', level: 'warning', summary: `p95 latency ${Math.round(p95)} ms (${input.warnP95Ms} ms or more)` });
  }
  const agent = input.latencyByClass?.agent;
  if (agent && agent.requests >= rules.latency.minRequests && agent.p95Ms !== null && agent.p95Ms > rules.latency.agentP95Ms) {
    findings.push({ part: 'requests', level: 'critical', summary: `agent p95 latency ${Math.round(agent.p95Ms)} ms (over ${rules.latency.agentP95Ms} ms)` });
  }
  for (const alert of input.openAlerts) {
    findings.push(
      alert.acknowledged
        ? { part: 'alerts', level: 'warning', summary: `${alert.severity} alert acknowledged: ${alert.title}` }
        : { part: 'alerts', level: alert.severity, summary: `${alert.severity} alert: ${alert.title}` },
    );
  }
  const r = input.resources;
  const resource = (level: Level, summary: string) => {
    if (level !== 'ok') findings.push({ part: 'resources', level, summary });
  };
  resource(r.memory.level, `memory at ${Math.max(r.memory.rss_percent, r.memory.heap_percent)} %`);
  resource(r.cpu.level, `CPU at ${r.cpu.percent} %`);
  resource(r.event_loop.level, `event loop delay p99 ${r.event_loop.delay_p99_ms} ms`);
  if (r.database_pool) resource(r.database_pool.level, `database pool ${r.database_pool.used_percent} % used`);
  if (r.disk) resource(r.disk.level, `disk of the data directory ${r.disk.used_percent} % used`);
  resource(r.db_query.level, `database queries avg ${r.db_query.avg_ms ?? 0} ms, p95 ${r.db_query.p95_ms ?? 0} ms`);
  resource(r.in_flight.level, `${r.in_flight.current} requests in flight (critical ${r.in_flight.critical})`);
  return findings;
}

export function verdictOf(findings: HealthFinding[]): HealthVerdict {
  const critical = findings.filter((f) => f.level === 'critical');
  return {
    status: critical.length ? 'degraded' : findings.length ? 'warning' : 'healthy',
    // Critical reasons first: the badge shows the first one.
    reasons: [...critical, ...findings.filter((f) => f.level === 'warning')].map((f) => f.summary),
  };
}

/** How long each request-based rule looks back: the longest time its verdict can outlast the traffic that caused it. */
export function ruleLookbackSec(rules: AlertRules): Record<string, number> {
  return {
    error_rate_high: rules.errorRate.windowSec,
    latency_p95_high: rules.latency.windowSec,
    server_errors_burst: rules.serverErrors.windowSec,
    // The short windows of the burn-rate rules (alert-rules.ts): both windows must burn, so the short one ends it.
    slo_fast_burn: 300,
    slo_slow_burn: 1800,
  };
}

export interface RecoveryInput {
  now: number;
  /** The last chaos run, once over. */
  chaos: { startedAt: number; endedAt: number } | null;
  /** Findings over the full windows (what the badge would show). */
  findings: HealthFinding[];
  /** Request findings over only the requests since the chaos ended. */
  findingsSinceChaos: HealthFinding[];
  openAlerts: { rule: string; fired_at: string }[];
  /** The window of the request findings (the error-rate rule's). */
  requestWindowSec: number;
  lookbackSec: Record<string, number>;
  /** Alerts resolve at the next evaluation after their condition clears. */
  evalIntervalMs: number;
}

/**
 * After a chaos run the windows still hold its failures, and the SLO rules
 * look back five minutes: the badge would say "degraded" for minutes after
 * the chaos ended. When everything still failing is the chaos's own tail (the
 * requests since it ended are fine, every open alert fired during it), this
 * says "recovering" and when the last window clears; null otherwise.
 */
export function recoveryOf(input: RecoveryInput): HealthRecovery | null {
  const { chaos, findings } = input;
  if (!chaos || !findings.length) return null;
  if (!findings.every((f) => f.part === 'requests' || f.part === 'alerts')) return null;
  if (input.findingsSinceChaos.some((f) => f.part === 'requests')) return null;
  let lookback = findings.some((f) => f.part === 'requests') ? input.requestWindowSec : 0;
  for (const alert of input.openAlerts) {
    const sec = input.lookbackSec[alert.rule];
    if (sec === undefined || Date.parse(alert.fired_at) < chaos.startedAt) return null;
    lookback = Math.max(lookback, sec);
  }
  const remainingMs = chaos.endedAt + lookback * 1000 + input.evalIntervalMs - input.now;
  if (remainingMs <= 0) return null; // should have cleared by now: not the chaos's tail
  return { cause: 'chaos test ended', remainingSec: Math.ceil(remainingMs / 1000) };
}
