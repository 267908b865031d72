import { cached, sharedCache } from '@/lib/cache';
import { getConfig, type MonitoringConfig } from '@/lib/config';
import { database, db } from '@/lib/db';
import { scheduler, type JobContext, type JobSpec } from '@/lib/jobs';
import { inFlight } from '@/lib/runtime/in-flight';
import { processSingleton } from '@/lib/runtime/process-singleton';
import {
  dbQueryStats,
  logger,
  observeGauge,
  onRequestCompleted,
  recordWorkflowDuration,
  trackEvent,
  type RequestSample,
  type RouteClass,
} from '@/lib/telemetry';
import { quantile } from './sketch';
import { AiStats, type HallucinationCheck, type ModelCall, type WorkflowOutcome } from './ai-stats';
import { AlertTracker, defaultRules, evaluateRules, holdEvaluations, RULE_TITLES, type AlertRules, type Condition, type Transition } from './alert-rules';
import { ChaosSwitch } from './chaos';
import { healthFindings, recoveryOf, ruleLookbackSec, verdictOf, type HealthFinding } from './health-rules';
import { Bucket, MINUTE_MS, RequestWindows, seriesPoint, statsOf } from './request-windows';
import { modelsHealth } from './model-health';
import { ResourceSampler, type ProtectionInputs } from './resources';
import {
  escalateAlert,
  fireAlert,
  listAlerts,
  loadRules,
  openAlerts,
  pruneAlerts,
  pruneRollups,
  pruneSnapshots,
  readClusterMinutes,
  refreshOpenAlert,
  resolveAlert,
  writeRollups,
  writeSnapshot,
  type ClusterMinutes,
} from './store';
import type { AlertView, HealthRecovery, HealthVerdict, MetricsReport, RecoveryRecord, SeriesPoint, WindowStats } from './types';
import { postAlertWebhook } from './webhook';
import { qualityConditions, recordQualityCheck, startQualityMetrics } from './quality';
import { pruneSpend, spendLedger } from './spend';

const RULES_REFRESH_MS = 10_000;
const CLUSTER_CACHE_MS = 4_000;
const RECOVERY_COOLDOWN_MS = 60_000;
const RECOVERIES_KEPT = 20;
const ALERTS_SHOWN = 30;
const ALERT_REFRESH_MS = 15_000;

/** Cache keys of `/api/metrics` answers; dropped when the chaos switch or an alert changes. */
export const METRICS_CACHE_PREFIX = 'metrics:';

export const WINDOW_NAMES = ['last_requests', '1m', '5m', '1h'] as const;
export type WindowName = (typeof WINDOW_NAMES)[number];

/**
 * The monitoring state of this process, shared by every route and
 * instrumentation (processSingleton): request windows, AI figures, resource
 * samples, the alert tracker and rules, the chaos switch, and the periodic
 * work (evaluate, write rollups and snapshots, prune).
 */
export class Monitor {
  readonly windows: RequestWindows;
  readonly ai = new AiStats();
  readonly chaos = new ChaosSwitch();
  readonly sampler: ResourceSampler;
  private tracker = new AlertTracker();
  private readonly recoveryLog: RecoveryRecord[] = [];
  private lastRecoveryAt = 0;
  private rules: AlertRules;
  private rulesLoadedAt = 0;
  private unsubscribe: (() => void) | undefined;
  private evaluating = false;
  private flushing = false;
  private lastSnapshotSlot = 0;
  private clusterCache: { at: number; value: Promise<ClusterMinutes> } | undefined;
  private adopted = false;
  private readonly refreshedAt = new Map<string, number>();
  private startedAt = Date.now();

  constructor(
    readonly config: MonitoringConfig,
    protection?: ProtectionInputs,
  ) {
    this.windows = new RequestWindows({
      capacity: config.windowSize,
      slowMs: config.slowRequestMs,
      timeoutMs: config.requestTimeoutMs,
      sessionWindowMs: config.activeSessionWindowSec * 1000,
    });
    this.rules = defaultRules(config);
    this.sampler = new ResourceSampler(() => this.rules.resources, protection);
  }

  get instanceId(): string {
    return this.config.instanceId;
  }

  currentRules(): AlertRules {
    return this.rules;
  }

  /** Applies rules just saved by an admin without waiting for the refresh. */
  useRules(rules: AlertRules): void {
    this.rules = rules;
    this.rulesLoadedAt = Date.now();
  }

  start(): void {
    if (this.unsubscribe) return;
    this.startedAt = Date.now();
    this.unsubscribe = onRequestCompleted((sample: RequestSample) => this.windows.record(sample));
    // Gauges of what only this app knows. Percentiles are not exported as gauges (they cannot be
    // combined across replicas): request and query durations are histograms (lib/telemetry), and
    // event-loop delay, GC and heap come from the runtime instrumentation under their OTel names.
    observeGauge('aimon.sessions.active', 'Sessions seen within ACTIVE_SESSION_WINDOW_SEC', () => this.windows.activeSessions(), '{session}');
    observeGauge('aimon.process.cpu.percent', 'Process CPU % of available cores (last sample)', () => this.sampler.figures().cpu.percent, '%');
    observeGauge('aimon.process.memory.limit', 'Memory this process may use: the cgroup limit, else the machine memory', () => this.sampler.figures().memory.limit_bytes, 'By');
    observeGauge('aimon.alerts.open', 'Alerts firing or acknowledged on this instance', () => this.openCount(), '{alert}');
    observeGauge('aimon.http.server.in_flight', 'Requests inside a route handler now', () => inFlight().current, '{request}');
    observeGauge('aimon.disk.used.percent', 'Disk use of the data directory volume, % (last sample)', () => this.sampler.figures().disk?.used_percent ?? 0, '%');
    this.sampler.sample(this.poolInfo(), 0);
    // The periodic work runs through the one scheduler (lib/jobs): see jobs().
    logger.info({ instanceId: this.instanceId, evalIntervalMs: this.config.evalIntervalMs }, 'monitoring started');
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.sampler.stop();
  }

  /**
   * The monitoring's periodic work, for the scheduler. Per instance: resource
   * sampling and writing this instance's minute rollups. Once per cluster
   * (lease): alert evaluation (so an alert is resolved even when the instance
   * that fired it has gone), the snapshot that merges every instance's rollups.
   */
  jobs(): JobSpec[] {
    return [
      { name: 'resources.sample', title: 'Resource sampling', intervalMs: this.resourcesIntervalMs, run: () => this.sampleResources() },
      { name: 'rollups.write', title: 'Metric rollups', intervalMs: this.config.rollupIntervalMs, run: () => this.writeRollupsNow() },
      { name: 'alerts.evaluate', title: 'Alert evaluation', intervalMs: this.config.evalIntervalMs, singleton: true, run: (ctx) => this.evaluateJob(ctx) },
      { name: 'snapshots.write', title: 'Metric snapshots', intervalMs: this.config.snapshotIntervalSec * 1000, singleton: true, run: () => this.snapshotJob() },
    ];
  }

  resourcesIntervalMs = 5_000;

  /** One resource sample; on a memory warning, frees what it can and records the recovery. */
  async sampleResources(now = Date.now()): Promise<string> {
    const figures = this.sampler.sample(this.poolInfo(), this.windows.activeSessions());
    await sharedCache().refreshSize();
    if (figures.memory.level !== 'ok' && now - this.lastRecoveryAt >= RECOVERY_COOLDOWN_MS) {
      this.lastRecoveryAt = now;
      this.recoverMemory(figures.memory.level);
    }
    return `memory ${Math.max(figures.memory.rss_percent, figures.memory.heap_percent)} %, ${figures.in_flight.current} in flight`;
  }

  private recordRecovery(r: Omit<RecoveryRecord, 'at'>): void {
    this.recoveryLog.unshift({ at: new Date().toISOString(), ...r });
    this.recoveryLog.length = Math.min(this.recoveryLog.length, RECOVERIES_KEPT);
    const log = r.outcome === 'failed' ? logger.warn.bind(logger) : logger.info.bind(logger);
    log({ recovery: r }, `memory recovery ${r.outcome}: ${r.detail}`);
  }

  /** Frees the caches this process holds (cache LRU, the windows' oversized lists), then measures again. */
  recoverMemory(level: string): void {
    const before = process.memoryUsage();
    const trigger = `memory ${level}`;
    const action = 'free caches and trim windows';
    this.recordRecovery({ trigger, action, outcome: 'started', detail: `heap ${Math.round(before.heapUsed / 1048576)} MiB, RSS ${Math.round(before.rss / 1048576)} MiB` });
    try {
      const entries = sharedCache().clearMemory();
      const trimmed = this.windows.trim();
      const gc = (globalThis as { gc?: () => void }).gc;
      gc?.();
      const after = this.sampler.sample(this.poolInfo(), this.windows.activeSessions());
      const freed = before.heapUsed - process.memoryUsage().heapUsed;
      const ok = after.memory.level === 'ok' || freed > 0;
      this.recordRecovery({
        trigger,
        action,
        outcome: ok ? 'succeeded' : 'failed',
        detail: `dropped ${entries} cache entries and ${trimmed} window entries; heap ${freed >= 0 ? 'down' : 'up'} ${Math.abs(Math.round(freed / 1048576))} MiB; memory now ${after.memory.level}`,
      });
    } catch (error) {
      this.recordRecovery({ trigger, action, outcome: 'failed', detail: error instanceof Error ? error.message : String(error) });
    }
  }

  recoveries(): RecoveryRecord[] {
    return [...this.recoveryLog];
  }

  private async evaluateJob(ctx: JobContext): Promise<string> {
    if (ctx.tookOver) {
      // Alerts the previous holder left open are this instance's to resolve now.
      this.tracker = new AlertTracker();
      this.adopted = false;
    }
    const transitions = await this.evaluate(new Date(), { rethrow: true });
    return transitions.length ? transitions.map((t) => `${t.kind} ${t.condition.rule}`).join(', ') : 'no change';
  }

  private openAlertCount = 0;
  private readonly openCount = () => this.openAlertCount;

  /**
   * The first minute after start: routes load lazily and the JIT is cold, so
   * request and resource figures say more about the start than about health.
   * They are still measured and shown; rules ignore them until then.
   */
  warmingUp(now = Date.now()): boolean {
    return now - this.startedAt < this.config.warmupSec * 1000;
  }

  /**
   * Where the rules' windows begin once the warm-up is over: a 60 s window
   * read just after it would still hold the cold start's slow requests (a
   * fresh server greeted its first visitor with "p95 latency 352 ms").
   */
  private countsFrom(): number | undefined {
    return this.config.warmupSec > 0 ? this.startedAt + this.config.warmupSec * 1000 : undefined;
  }

  private poolInfo() {
    const d = database();
    return { kind: d.kind, stats: d.poolStats() };
  }

  /** One evaluation: sample resources, run the rules, store and announce what changed. */
  async evaluate(now = new Date(), options: { rethrow?: boolean } = {}): Promise<Transition[]> {
    if (this.evaluating) return [];
    this.evaluating = true;
    try {
      const resources = this.sampler.figures();
      await this.refreshRules();
      if (!this.adopted && options.rethrow) throw new Error('alert state not loaded: database unavailable');
      if (this.warmingUp(now.getTime())) return [];
      const unhealthyJobs = scheduler().unhealthy(now.getTime()).filter((j) => j.name !== 'alerts.evaluate');
      const from = this.countsFrom();
      const conditions = [...evaluateRules(this.rules, { window: (s, cls) => this.windows.aggregate(s, cls, from), resources, unhealthyJobs }), ...(await qualityConditions(this.rules, now))];
      // Resource rules must hold for two samples; samples come from their own job, which may run less often than this one.
      const perSample = Math.max(1, Math.ceil(this.resourcesIntervalMs / this.config.evalIntervalMs));
      const transitions = this.tracker.step(conditions, (rule) => (holdEvaluations(rule) > 1 ? holdEvaluations(rule) * perSample : 1));
      for (const t of transitions) await this.apply(t, now);
      await this.refreshOpen(conditions.filter((c) => c.active && this.tracker.isOpen(c.rule) && !transitions.some((t) => t.condition.rule === c.rule)), now.getTime());
      return transitions;
    } catch (error) {
      if (options.rethrow) throw error;
      logger.error({ err: error }, 'alert evaluation failed');
      return [];
    } finally {
      this.evaluating = false;
    }
  }

  private async refreshRules(): Promise<void> {
    if (Date.now() - this.rulesLoadedAt < RULES_REFRESH_MS && this.adopted) return;
    try {
      const prisma = await db();
      this.rules = (await loadRules(prisma, defaultRules(this.config))).rules;
      this.rulesLoadedAt = Date.now();
      if (!this.adopted) {
        // Alerts left open by an earlier run (or another replica) are this tracker's to resolve.
        for (const alert of await openAlerts(prisma)) this.tracker.adopt(alert.rule, alert.severity);
        this.adopted = true;
      }
    } catch (error) {
      logger.debug({ err: error }, 'alert rules not refreshed (database unavailable); using the last ones');
    }
  }

  private async apply(t: Transition, now: Date): Promise<void> {
    const c = t.condition;
    try {
      const prisma = await db();
      if (t.kind === 'fired') {
        const { alert, created } = await fireAlert(prisma, c, this.instanceId, now);
        if (!created) return;
        logger.warn({ alert: { id: alert.id, rule: c.rule, severity: c.severity, value: c.value, threshold: c.threshold } }, `alert fired: ${c.message}`);
        trackEvent('alert.fired', { 'aimon.alert.id': String(alert.id), 'aimon.alert.rule': c.rule, 'aimon.alert.severity': c.severity, 'aimon.alert.value': c.value, 'aimon.alert.threshold': c.threshold });
        this.notify('alert.fired', alert);
      } else if (t.kind === 'escalated') {
        const alert = await escalateAlert(prisma, c, now);
        if (alert) {
          logger.warn({ alert: { id: alert.id, rule: c.rule } }, `alert escalated to critical: ${c.message}`);
          this.notify('alert.escalated', alert);
        }
      } else {
        const alert = await resolveAlert(prisma, c.rule, now);
        if (!alert) return;
        logger.info({ alert: { id: alert.id, rule: c.rule } }, `alert resolved: ${RULE_TITLES[c.rule] ?? c.rule}`);
        trackEvent('alert.resolved', { 'aimon.alert.id': String(alert.id), 'aimon.alert.rule': c.rule, 'aimon.alert.severity': alert.severity });
        this.notify('alert.resolved', alert);
      }
    } catch (error) {
      // Not stored: forget the transition so the next evaluation tries again.
      if (t.kind === 'fired') this.tracker.forget(c.rule);
      else if (t.kind === 'resolved') this.tracker.adopt(c.rule, c.severity);
      logger.error({ err: error, rule: c.rule, transition: t.kind }, 'alert transition not stored; will retry');
    }
  }

  /** Updates the figures of alerts that stay open, at most every ALERT_REFRESH_MS each. */
  private async refreshOpen(active: Condition[], now: number): Promise<void> {
    const due = active.filter((c) => now - (this.refreshedAt.get(c.rule) ?? 0) >= ALERT_REFRESH_MS);
    if (!due.length) return;
    try {
      const prisma = await db();
      for (const c of due) {
        await refreshOpenAlert(prisma, c);
        this.refreshedAt.set(c.rule, now);
      }
    } catch (error) {
      logger.debug({ err: error }, 'open alerts not refreshed');
    }
  }

  private notify(event: string, alert: AlertView): void {
    const url = this.config.alerts.webhookUrl;
    if (url) void postAlertWebhook(url, { event, instance_id: this.instanceId, alert });
  }

  /** Writes this instance's changed minute rollups (they are marked dirty again if the write fails). */
  async writeRollupsNow(): Promise<string> {
    if (this.flushing) return 'previous write still running';
    this.flushing = true;
    const dirty = this.windows.dirtyMinutes();
    try {
      for (const b of dirty) b.dirty = false;
      const prisma = await db();
      await writeRollups(prisma, this.instanceId, dirty);
      await spendLedger().write(prisma, this.instanceId);
      return `${dirty.length} minute(s) written`;
    } catch (error) {
      for (const b of dirty) b.dirty = true;
      throw error;
    } finally {
      this.flushing = false;
    }
  }

  /** Rollups, then the snapshot if one is due (kept for callers that want both at once). */
  async flush(now = Date.now()): Promise<void> {
    await this.writeRollupsNow();
    await this.snapshotIfDue(now);
  }

  private async snapshotJob(now = Date.now()): Promise<string> {
    return (await this.snapshotIfDue(now)) ? 'snapshot written' : 'no snapshot due';
  }

  /** Old rollups, snapshots beyond MONITORING_SNAPSHOT_KEEP and resolved alerts beyond ALERT_HISTORY_KEEP (the retention job). */
  async prune(now = Date.now()): Promise<void> {
    const prisma = await db();
    await pruneRollups(prisma, now - this.config.rollupRetentionHours * 3_600_000);
    await pruneSpend(prisma, now - Math.max(this.config.rollupRetentionHours, this.rules.budgets.modelWindowHours) * 3_600_000);
    await pruneAlerts(prisma, this.config.alerts.historyKeep);
    await pruneSnapshots(prisma, this.config.snapshotKeep);
  }

  private async snapshotIfDue(now: number): Promise<boolean> {
    const interval = this.config.snapshotIntervalSec * 1000;
    const slot = Math.floor(now / interval) * interval;
    if (slot <= this.lastSnapshotSlot) return false;
    this.lastSnapshotSlot = slot;
    const prisma = await db();
    const cluster = await readClusterMinutes(prisma, slot - interval);
    const sum = new Bucket();
    for (const [t, b] of cluster.minutes) if (t < slot) sum.add(b);
    await writeSnapshot(prisma, slot, this.instanceId, {
      instances: cluster.instances,
      requests: statsOf(`${this.config.snapshotIntervalSec}s`, interval / 1000, sum),
      resources: this.sampler.figures(),
      ai: this.ai.figures().totals,
      open_alerts: this.openCount(),
    });
    await pruneSnapshots(prisma, this.config.snapshotKeep);
    return true;
  }

  private clusterMinutes(): Promise<ClusterMinutes> {
    const now = Date.now();
    if (!this.clusterCache || now - this.clusterCache.at > CLUSTER_CACHE_MS) {
      const value = db().then((prisma) => readClusterMinutes(prisma, Math.floor(now / MINUTE_MS) * MINUTE_MS - 59 * MINUTE_MS));
      value.catch(() => undefined);
      this.clusterCache = { at: now, value };
    }
    return this.clusterCache.value;
  }

  windowStats(name: WindowName): WindowStats {
    switch (name) {
      case 'last_requests':
        return this.windows.lastRequests();
      case '1m':
        return this.windows.window('1m', 60);
      case '5m':
        return this.windows.window('5m', 300);
      case '1h':
        return this.windows.window('1h', 3600);
    }
  }

  async alerts(query: Parameters<typeof listAlerts>[1] = {}): Promise<AlertView[]> {
    const list = await listAlerts(await db(), query);
    return list;
  }

  /** Healthy / warning / degraded with reasons (the source's rules plus resources), and whether it is a chaos run's tail. */
  async health(open?: AlertView[]): Promise<{ verdict: HealthVerdict; findings: HealthFinding[]; recent: WindowStats; open: AlertView[]; warmingUp: boolean; recovery: HealthRecovery | null }> {
    const alerts = open ?? (await this.alerts({ state: 'open' }).catch(() => []));
    this.openAlertCount = alerts.length;
    const windowSec = this.rules.errorRate.windowSec;
    const recent = this.windows.window(`${windowSec}s`, windowSec, this.countsFrom());
    const warming = this.warmingUp();
    const findingsOf = (stats: WindowStats, openAlerts: AlertView[], from = this.countsFrom()) =>
      healthFindings({
        recent: stats,
        latencyByClass: this.latencyByClass(from),
        openAlerts: openAlerts.map((a) => ({ severity: a.severity, title: a.title, acknowledged: a.state === 'acknowledged' })),
        resources: this.sampler.figures(),
        rules: this.rules,
        warnErrorRatePct: this.config.health.warnErrorRatePct,
        warnP95Ms: this.config.health.warnP95Ms,
      }).filter((f) => !warming || f.part === 'alerts');
    const findings = findingsOf(recent, alerts);
    const chaos = this.chaos.lastRun();
    const recovery =
      chaos && findings.length
        ? recoveryOf({
            now: Date.now(),
            chaos,
            findings,
            findingsSinceChaos: findingsOf(this.windows.window(`${windowSec}s`, windowSec, Math.max(chaos.endedAt, this.countsFrom() ?? 0)), [], Math.max(chaos.endedAt, this.countsFrom() ?? 0)),
            openAlerts: alerts,
            requestWindowSec: windowSec,
            lookbackSec: ruleLookbackSec(this.rules),
            evalIntervalMs: this.config.evalIntervalMs,
          })
        : null;
    return { verdict: verdictOf(findings), findings, recent, open: alerts, warmingUp: warming, recovery };
  }

  /** p95 and requests per route class over the latency window (what the health and the latency alerts judge). */
  private latencyByClass(notBefore?: number): Record<RouteClass, { p95Ms: number | null; requests: number }> {
    const of = (cls: RouteClass) => {
      const b = this.windows.aggregate(this.rules.latency.windowSec, cls, notBefore);
      return { p95Ms: b.total && b.sketch ? (quantile(b.sketch, 0.95) ?? null) : null, requests: b.total };
    };
    return { standard: of('standard'), agent: of('agent') };
  }

  /** Everything `/api/metrics` answers. */
  async report(windowName: WindowName): Promise<MetricsReport> {
    const windows = {
      last_requests: this.windows.lastRequests(),
      '1m': this.windows.window('1m', 60),
      '5m': this.windows.window('5m', 300),
      '1h': this.windows.window('1h', 3600),
    };
    const chosen = windows[windowName];
    let alerts: AlertView[] = [];
    let cluster: MetricsReport['cluster'] = { instances: [this.instanceId], last_hour: null };
    let minute: SeriesPoint[] = this.windows.series('minute');
    let minuteSource: 'cluster' | 'instance' = 'instance';
    try {
      const [list, minutes] = await Promise.all([this.alerts({ limit: ALERTS_SHOWN }), this.clusterMinutes()]);
      alerts = list;
      const sum = new Bucket();
      for (const b of minutes.minutes.values()) sum.add(b);
      cluster = { instances: minutes.instances.length ? minutes.instances : [this.instanceId], last_hour: statsOf('1h', 3600, sum) };
      const current = Math.floor(Date.now() / MINUTE_MS);
      minute = [];
      for (let i = current - 59; i <= current; i += 1) minute.push(seriesPoint(i * MINUTE_MS, MINUTE_MS, minutes.minutes.get(i * MINUTE_MS)));
      minuteSource = 'cluster';
    } catch (error) {
      cluster = { ...cluster, error: error instanceof Error ? error.message : 'database unavailable' };
    }
    const { verdict, recovery } = await this.health(alerts.filter((a) => a.state !== 'resolved'));
    const breakdown = this.windows.breakdown();
    const activeSessions = this.windows.activeSessions();
    return {
      timestamp: new Date().toISOString(),
      instance_id: this.instanceId,
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
      series: { fine: this.windows.series('fine'), minute, minute_source: minuteSource },
      error_breakdown: breakdown.byClass,
      errors_by_route: breakdown.byRoute,
      features: breakdown.features,
      top_endpoints: this.windows.topEndpoints(10),
      slow_requests: this.windows.slowRequests(),
      slow_request_threshold_ms: this.config.slowRequestMs,
      resources: { ...this.sampler.figures(), active_sessions: activeSessions },
      ai: this.ai.figures(),
      alerts,
      cluster,
      chaos: this.chaos.state(),
      jobs: scheduler().report(),
      cache: sharedCache().status(),
      recoveries: this.recoveries(),
      models: modelsHealth(),
    };
  }
}

export function monitor(): Monitor {
  return processSingleton('monitoring', () => {
    const config = getConfig();
    const p = config.protection;
    const m = new Monitor(config.monitoring, {
      dataDir: config.dataDir,
      diskWarnPct: p.diskWarnPct,
      diskCriticalPct: p.diskCriticalPct,
      dbQueryWarnMs: p.dbQueryWarnMs,
      dbQueryCriticalMs: p.dbQueryCriticalMs,
      inflightWarn: p.inflightWarn,
      inflightCritical: p.inflightCritical,
      dbQuery: () => dbQueryStats(),
      inFlight: () => inFlight(),
    });
    m.resourcesIntervalMs = config.jobs.resourcesIntervalMs;
    return m;
  });
}

/**
 * The console's figures for `windowName` as GET /api/metrics sends them (and
 * the Monitoring page renders first): cached per instance for
 * CACHE_METRICS_TTL_MS, since the windows are this process's (the cluster
 * figures come from the rollups).
 */
export function metricsReport(windowName: WindowName): Promise<MetricsReport> {
  const m = monitor();
  return cached(`${METRICS_CACHE_PREFIX}${m.instanceId}:${windowName}`, getConfig().cache.metricsTtlMs, () => m.report(windowName));
}

/** Subscribes to the request feed and registers the periodic work with the scheduler (from bootstrap, after telemetry). */
export function startMonitoring(): void {
  const m = monitor();
  m.start();
  startQualityMetrics();
  const s = scheduler();
  for (const job of m.jobs()) if (!s.has(job.name)) s.register(job);
}

// ---------------------------------------------------------------- the recording API for AI features

/** Records one model call: per-model figures on the console, GenAI metrics in the exports. */
export function recordModelCall(call: ModelCall): void {
  // The gen_ai.client.* metrics are recorded by the GenAI span of the call itself
  // (lib/models wraps every model): recording them here too would count twice.
  monitor().ai.modelCall(call);
  spendLedger().record(call);
}

/** Records how an agent workflow ended (success rate per model). */
export function recordWorkflowOutcome(outcome: WorkflowOutcome): void {
  monitor().ai.workflow(outcome);
  recordWorkflowDuration(outcome.durationMs, { model: outcome.model, outcome: outcome.outcome, scenario: outcome.scenario });
}

/** Records one grounding check (hallucination rate per model). */
export function recordHallucinationCheck(check: HallucinationCheck): void {
  monitor().ai.hallucinationCheck(check);
  recordQualityCheck(check);
  if (check.hallucinated) trackEvent('hallucination.detected', { 'aimon.model': check.model, 'aimon.claims': check.claims, 'aimon.unsupported_claims': check.unsupportedClaims });
}
