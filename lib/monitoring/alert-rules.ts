import { z } from 'zod';
import type { MonitoringConfig } from '@/lib/config';
import type { RouteClass } from '@/lib/telemetry/types';
import type { Bucket } from './request-windows';
import { budgetRuleTitle, budgetRulesPatchSchema, budgetRulesSchema, defaultBudgetRules } from './budgets';
import { defaultObjectiveRules, objectiveRulesPatchSchema, objectiveRulesSchema, objectiveRuleTitle } from './objectives';
import { quantile } from './sketch';
import type { AlertSeverity, Condition, ResourceFigures } from './types';

const pct = z.number().min(0.01).max(100);
const windowSec = z.number().int().min(5).max(3600);
// The resources rule's fields without its cross-field checks: a patch names any of them alone.
const resourceFields = z.strictObject({
  enabled: z.boolean(),
  warnPct: z.number().min(1).max(100),
  criticalPct: z.number().min(1).max(100),
  eventLoopDelayWarnMs: z.number().min(1).max(60_000),
  eventLoopDelayCriticalMs: z.number().min(1).max(60_000),
});

/** The alert rules admins may change (`PUT /api/admin/alert-rules`); defaults come from config. */
export const alertRulesSchema = z
  .object({
    errorRate: z.strictObject({ enabled: z.boolean(), thresholdPct: pct, windowSec, minRequests: z.number().int().min(1).max(1_000_000) }),
    // p95Ms judges the standard routes, agentP95Ms the agent routes (lib/telemetry/route-class.ts), each over its own requests.
    latency: z.strictObject({
      enabled: z.boolean(),
      p95Ms: z.number().min(1).max(600_000),
      agentP95Ms: z.number().min(1).max(600_000),
      windowSec,
      minRequests: z.number().int().min(1).max(1_000_000),
    }),
    serverErrors: z.strictObject({ enabled: z.boolean(), count: z.number().int().min(1).max(1_000_000), windowSec }),
    resources: resourceFields
      .refine((r) => r.criticalPct >= r.warnPct, { error: 'criticalPct must be at least warnPct', path: ['criticalPct'] })
      .refine((r) => r.eventLoopDelayCriticalMs >= r.eventLoopDelayWarnMs, {
        error: 'eventLoopDelayCriticalMs must be at least eventLoopDelayWarnMs',
        path: ['eventLoopDelayCriticalMs'],
      }),
    slo: z.strictObject({
      enabled: z.boolean(),
      availabilityPct: z.number().min(50).max(99.999),
      fastBurnRate: z.number().min(1).max(1000),
      slowBurnRate: z.number().min(1).max(1000),
    }),
    // Quality objectives per model and cost budgets (objectives.ts, budgets.ts).
    objectives: objectiveRulesSchema,
    budgets: budgetRulesSchema,
  })
  .strict();

export type AlertRules = z.infer<typeof alertRulesSchema>;

/** A partial update: any rule, any of its fields. */
export const alertRulesPatchSchema = z
  .object({
    errorRate: alertRulesSchema.shape.errorRate.partial().optional(),
    latency: alertRulesSchema.shape.latency.partial().optional(),
    serverErrors: alertRulesSchema.shape.serverErrors.partial().optional(),
    resources: resourceFields.partial().optional(),
    slo: alertRulesSchema.shape.slo.partial().optional(),
    objectives: objectiveRulesPatchSchema.optional(),
    budgets: budgetRulesPatchSchema.optional(),
  })
  .strict()
  .refine((p) => Object.keys(p).length > 0, { error: 'name at least one rule to change' });

export type AlertRulesPatch = z.infer<typeof alertRulesPatchSchema>;

/** Applies a patch and validates the result as a whole (cross-field rules included). */
export function applyRulesPatch(rules: AlertRules, patch: AlertRulesPatch): z.ZodSafeParseResult<AlertRules> {
  const merged = {
    errorRate: { ...rules.errorRate, ...patch.errorRate },
    latency: { ...rules.latency, ...patch.latency },
    serverErrors: { ...rules.serverErrors, ...patch.serverErrors },
    resources: { ...rules.resources, ...patch.resources },
    slo: { ...rules.slo, ...patch.slo },
    objectives: { ...rules.objectives, ...patch.objectives },
    budgets: { ...rules.budgets, ...patch.budgets },
  };
  return alertRulesSchema.safeParse(merged);
}

export function defaultRules(config: MonitoringConfig): AlertRules {
  const a = config.alerts;
  return {
    errorRate: { enabled: true, thresholdPct: a.errorRatePct, windowSec: a.errorRateWindowSec, minRequests: a.minRequests },
    latency: { enabled: true, p95Ms: a.p95Ms, agentP95Ms: a.agentP95Ms, windowSec: a.latencyWindowSec, minRequests: a.minRequests },
    serverErrors: { enabled: true, count: a.serverErrorCount, windowSec: a.serverErrorWindowSec },
    resources: {
      enabled: true,
      warnPct: a.resourceWarnPct,
      criticalPct: a.resourceCriticalPct,
      eventLoopDelayWarnMs: a.eventLoopDelayWarnMs,
      eventLoopDelayCriticalMs: a.eventLoopDelayCriticalMs,
    },
    // Google SRE workbook: page at 14.4× burn over 1 h and 5 min (2 % of a 30-day budget
    // in an hour), ticket at 6× over 6 h and 30 min.
    slo: { enabled: true, availabilityPct: a.sloAvailabilityPct, fastBurnRate: 14.4, slowBurnRate: 6 },
    objectives: defaultObjectiveRules(a),
    budgets: defaultBudgetRules(a),
  };
}

export const RULE_TITLES: Record<string, string> = {
  error_rate_high: 'Error rate high',
  latency_p95_high: 'p95 latency high',
  agent_latency_p95_high: 'Agent p95 latency high',
  server_errors_burst: '5xx burst',
  memory_high: 'Memory high',
  cpu_high: 'CPU high',
  event_loop_delay_high: 'Event loop delayed',
  db_pool_high: 'Database pool nearly full',
  slo_fast_burn: 'SLO budget burning fast',
  slo_slow_burn: 'SLO budget burning',
  disk_high: 'Disk nearly full',
  db_query_slow: 'Database queries slow',
  requests_in_flight_high: 'Too many requests in flight',
  background_jobs_unhealthy: 'Background job failing or stale',
};

/** A rule's title; objective and budget rules carry their model or session in the rule id. */
export function ruleTitle(rule: string): string {
  return RULE_TITLES[rule] ?? objectiveRuleTitle(rule) ?? budgetRuleTitle(rule) ?? rule;
}

const RESOURCE_RULES = new Set(['memory_high', 'cpu_high', 'event_loop_delay_high', 'db_pool_high', 'disk_high', 'db_query_slow', 'requests_in_flight_high']);

/**
 * Evaluations a condition must hold before it fires (Prometheus' `for`). A
 * resource sample is one instant: a single GC pause or a burst of start-up work
 * is not an incident, so resources must hold for two samples in a row. The
 * request rules already look at 60 s or more of traffic.
 */
export function holdEvaluations(rule: string): number {
  return RESOURCE_RULES.has(rule) ? 2 : 1;
}

// In ./types.ts so that the rule families (budgets.ts, objectives.ts) can return it without importing this file back.
export type { Condition } from './types';

export interface EvaluationInput {
  /** The aggregate of the last `seconds`, of every request or of one route class (RequestWindows.aggregate). */
  window: (seconds: number, cls?: RouteClass) => Bucket;
  resources: ResourceFigures;
  /** Background jobs failing repeatedly or stale on this instance (lib/jobs). */
  unhealthyJobs?: { name: string; reason?: string }[];
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** Every rule evaluated once; pure, so tests drive it with a fake clock. */
export function evaluateRules(rules: AlertRules, input: EvaluationInput): Condition[] {
  const out: Condition[] = [];
  const inactive = (rule: string, severity: AlertSeverity, threshold: number): Condition => ({
    rule,
    active: false,
    severity,
    value: 0,
    threshold,
    message: '',
  });

  const er = rules.errorRate;
  if (er.enabled) {
    const b = input.window(er.windowSec);
    const rate = b.total ? (100 * b.failed) / b.total : 0;
    out.push({
      rule: 'error_rate_high',
      active: b.total >= er.minRequests && rate > er.thresholdPct,
      severity: 'critical',
      value: r1(rate),
      threshold: er.thresholdPct,
      message: `Error rate ${r1(rate)} % over the last ${er.windowSec} s (threshold ${er.thresholdPct} %): ${b.failed} of ${b.total} requests failed`,
    });
  } else out.push(inactive('error_rate_high', 'critical', er.thresholdPct));

  // Each route class against its own objective: agent requests (0.5 s to minutes, waiting for
  // models) never count towards the 500 ms objective of the others, nor the others towards theirs.
  const lat = rules.latency;
  const latencyRule = (rule: string, cls: RouteClass, threshold: number, what: string) => {
    if (!lat.enabled) return out.push(inactive(rule, 'warning', threshold));
    const b = input.window(lat.windowSec, cls);
    const p95 = b.sketch ? quantile(b.sketch, 0.95) ?? 0 : 0;
    out.push({
      rule,
      active: b.total >= lat.minRequests && p95 > threshold,
      severity: 'warning',
      value: r1(p95),
      threshold,
      message: `p95 latency of ${what} ${Math.round(p95)} ms over the last ${lat.windowSec} s (threshold ${threshold} ms, ${b.total} requests)`,
    });
  };
  latencyRule('latency_p95_high', 'standard', lat.p95Ms, 'requests');
  latencyRule('agent_latency_p95_high', 'agent', lat.agentP95Ms, 'agent requests (workflows, chat, ask-both)');

  const se = rules.serverErrors;
  if (se.enabled) {
    const b = input.window(se.windowSec);
    out.push({
      rule: 'server_errors_burst',
      active: b.e5xx >= se.count,
      severity: 'critical',
      value: b.e5xx,
      threshold: se.count,
      message: `${b.e5xx} server errors (5xx) in the last ${se.windowSec} s (threshold ${se.count})`,
    });
  } else out.push(inactive('server_errors_burst', 'critical', se.count));

  const res = rules.resources;
  const r = input.resources;
  const resource = (rule: string, level: 'ok' | 'warning' | 'critical', value: number, warn: number, critical: number, text: string) => {
    const active = res.enabled && r.sampled_at !== null && level !== 'ok';
    const severity: AlertSeverity = level === 'critical' ? 'critical' : 'warning';
    out.push({ rule, active, severity, value: r1(value), threshold: level === 'critical' ? critical : warn, message: active ? text : '' });
  };
  resource('memory_high', r.memory.level, Math.max(r.memory.rss_percent, r.memory.heap_percent), res.warnPct, res.criticalPct,
    `Memory at ${Math.max(r.memory.rss_percent, r.memory.heap_percent)} % (RSS ${r.memory.rss_percent} % of the limit, heap ${r.memory.heap_percent} %)`);
  resource('cpu_high', r.cpu.level, r.cpu.percent, res.warnPct, res.criticalPct, `CPU at ${r.cpu.percent} % of ${r.cpu.cores} core(s)`);
  resource('event_loop_delay_high', r.event_loop.level, r.event_loop.delay_p99_ms, res.eventLoopDelayWarnMs, res.eventLoopDelayCriticalMs,
    `Event loop delay p99 ${r.event_loop.delay_p99_ms} ms (utilization ${r.event_loop.utilization_percent} %)`);
  const pool = r.database_pool;
  resource('db_pool_high', pool?.level ?? 'ok', pool?.used_percent ?? 0, res.warnPct, res.criticalPct,
    pool ? `Database pool ${pool.total - pool.idle}/${pool.max} in use, ${pool.waiting} waiting` : '');
  const disk = r.disk;
  resource('disk_high', disk?.level ?? 'ok', disk?.used_percent ?? 0, disk?.warn_pct ?? 0, disk?.critical_pct ?? 0,
    disk ? `Disk of the data directory ${disk.used_percent} % used` : '');
  const q = r.db_query;
  resource('db_query_slow', q.level, q.p95_ms ?? 0, q.warn_ms, q.critical_ms,
    `Database queries: average ${q.avg_ms ?? 0} ms, p95 ${q.p95_ms ?? 0} ms over ${q.count} queries in the last ${q.window_sec} s`);
  const f = r.in_flight;
  resource('requests_in_flight_high', f.level, f.current, f.warn, f.critical,
    `${f.current} requests in flight (warning ${f.warn}, critical ${f.critical}: expensive routes refused above it)`);

  const jobs = input.unhealthyJobs ?? [];
  out.push({
    rule: 'background_jobs_unhealthy',
    active: jobs.length > 0,
    severity: 'warning',
    value: jobs.length,
    threshold: 1,
    message: jobs.length ? `Background jobs unhealthy: ${jobs.map((j) => j.reason ?? j.name).join('; ')}` : '',
  });

  const slo = rules.slo;
  const budget = 1 - slo.availabilityPct / 100;
  const burn = (seconds: number) => {
    const b = input.window(seconds);
    return { rate: b.total ? b.failed / b.total / budget : 0, total: b.total };
  };
  const burnRule = (rule: string, severity: AlertSeverity, rate: number, longSec: number, shortSec: number) => {
    if (!slo.enabled) return out.push(inactive(rule, severity, rate));
    const long = burn(longSec);
    const short = burn(shortSec);
    // Both windows must burn: the long one proves it matters, the short one that it is still happening.
    const active = short.total >= rules.errorRate.minRequests && long.rate >= rate && short.rate >= rate;
    out.push({
      rule,
      active,
      severity,
      value: r1(Math.min(long.rate, short.rate)),
      threshold: rate,
      message: `Error budget of the ${slo.availabilityPct} % availability SLO burning ${r1(long.rate)}× over ${longSec / 60} min and ${r1(short.rate)}× over ${shortSec / 60} min (threshold ${rate}×)`,
    });
  };
  burnRule('slo_fast_burn', 'critical', slo.fastBurnRate, 3600, 300);
  burnRule('slo_slow_burn', 'warning', slo.slowBurnRate, 6 * 3600, 1800);
  return out;
}

export type Transition =
  | { kind: 'fired'; condition: Condition }
  | { kind: 'escalated'; condition: Condition }
  | { kind: 'resolved'; condition: Condition };

/**
 * Which rules have an open alert, and what changed at this evaluation: an
 * active condition without an alert fires, an open alert whose condition
 * cleared resolves, a warning that became critical escalates.
 */
export class AlertTracker {
  private readonly open = new Map<string, AlertSeverity>();
  /** Consecutive evaluations each rule's condition has been active. */
  private readonly streak = new Map<string, number>();

  /** Takes over an alert that is already open (stored by an earlier run or another replica). */
  adopt(rule: string, severity: AlertSeverity): void {
    this.open.set(rule, severity);
  }

  forget(rule: string): void {
    this.open.delete(rule);
  }

  isOpen(rule: string): boolean {
    return this.open.has(rule);
  }

  step(conditions: Condition[], hold: (rule: string) => number = holdEvaluations): Transition[] {
    const transitions: Transition[] = [];
    for (const condition of conditions) {
      const severity = this.open.get(condition.rule);
      const streak = condition.active ? (this.streak.get(condition.rule) ?? 0) + 1 : 0;
      this.streak.set(condition.rule, streak);
      if (condition.active && severity === undefined) {
        if (streak < hold(condition.rule)) continue;
        this.open.set(condition.rule, condition.severity);
        transitions.push({ kind: 'fired', condition });
      } else if (condition.active && severity === 'warning' && condition.severity === 'critical') {
        this.open.set(condition.rule, 'critical');
        transitions.push({ kind: 'escalated', condition });
      } else if (!condition.active && severity !== undefined) {
        this.open.delete(condition.rule);
        transitions.push({ kind: 'resolved', condition });
      }
    }
    return transitions;
  }
}
