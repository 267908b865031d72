import type { RouteClass } from '@/lib/telemetry/route-class';
import type { AlertRules } from './alert-rules';
import type { AlertSeverity, HealthVerdict, Level, ResourceFigures, WindowStats } from './types';

export interface HealthInput {
  /** Requests over the alert rules' window (60 s by default). */
  recent: WindowStats;
  /**
   * p95 and request count per route class over the latency window: each class is
   * judged by its own objective, as the latency alerts do. Without it, `recent`'s p95.
   */
  latencyByClass?: Record<RouteClass, { p95Ms: number | null; requests: number }>;
  openAlerts: { severity: AlertSeverity; title: string }[];
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
    findings.push({ part: 'alerts', level: alert.severity, summary: `${alert.severity} alert: ${alert.title}` });
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
