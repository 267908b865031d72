import { cached, sharedCache } from '@/lib/cache';
import { getConfig, type MonitoringConfig } from '@/lib/config';
import { database, db } from '@/lib/db';
import { scheduler, type JobSpec } from '@/lib/jobs';
import { inFlight } from '@/lib/runtime';
import { processSingleton } from '@/lib/runtime';
import { dbQueryStats, logger, observeGauge, onRequestCompleted, recordWorkflowDuration, trackEvent, type RequestSample } from '@/lib/telemetry';
import { AiStats, type HallucinationCheck, type ModelCall, type WorkflowOutcome } from './ai-stats';
import type { AlertRules, Transition } from './alert-rules';
import { Alerting } from './alerting';
import { ChaosSwitch } from './chaos';
import { MemoryRecovery } from './memory-recovery';
import { MetricsPersistence } from './persistence';
import { type AlertQuery, buildReport, healthOf, type HealthState, type WindowName } from './report';
import { RequestWindows } from './request-windows';
import { ResourceSampler, type ProtectionInputs } from './resources';
import { listAlerts, type ClusterMinutes } from './store';
import type { AlertView, MetricsReport, RecoveryRecord } from './types';
import { recordQualityCheck, startQualityMetrics } from './quality';
import { spendLedger } from './spend';

/** Cache keys of `/api/metrics` answers; dropped when the chaos switch or an alert changes. */
export const METRICS_CACHE_PREFIX = 'metrics:';

export { WINDOW_NAMES, type WindowName } from './report';

/**
 * The monitoring state of this process, shared by every route and
 * instrumentation (processSingleton): request windows, AI figures, resource
 * samples and memory recovery, the chaos switch, and the periodic work. What
 * each part does lives beside it: alerting.ts (rules, tracker, transitions),
 * persistence.ts (rollups, snapshots, cluster minutes, retention), report.ts
 * (the health verdict and `/api/metrics`); this class wires them together.
 */
export class Monitor {
  readonly windows: RequestWindows;
  readonly ai = new AiStats();
  readonly chaos = new ChaosSwitch();
  readonly sampler: ResourceSampler;
  readonly alerting: Alerting;
  readonly persistence: MetricsPersistence;
  private readonly memory: MemoryRecovery;
  private unsubscribe: (() => void) | undefined;
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
    this.alerting = new Alerting({
      config,
      windows: this.windows,
      resources: () => this.sampler.figures(),
      resourcesIntervalMs: () => this.resourcesIntervalMs,
      warmingUp: (now) => this.warmingUp(now),
      countsFrom: () => this.countsFrom(),
    });
    // The sampler's thresholds are the alert rules' (which an admin may change at any time).
    this.sampler = new ResourceSampler(() => this.alerting.currentRules().resources, protection);
    this.persistence = new MetricsPersistence({
      config,
      windows: this.windows,
      sampler: this.sampler,
      ai: this.ai,
      openAlerts: () => this.alerting.openCount(),
      currentRules: () => this.alerting.currentRules(),
    });
    this.memory = new MemoryRecovery(this.windows, () => this.sampler.sample(this.poolInfo(), this.windows.activeSessions()));
  }

  get instanceId(): string {
    return this.config.instanceId;
  }

  currentRules(): AlertRules {
    return this.alerting.currentRules();
  }

  /** Applies rules just saved by an admin without waiting for the refresh. */
  useRules(rules: AlertRules): void {
    this.alerting.useRules(rules);
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
    observeGauge('aimon.alerts.open', 'Alerts firing or acknowledged on this instance', () => this.alerting.openCount(), '{alert}');
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
      { name: 'rollups.write', title: 'Metric rollups', intervalMs: this.config.rollupIntervalMs, run: () => this.persistence.writeRollupsNow() },
      { name: 'alerts.evaluate', title: 'Alert evaluation', intervalMs: this.config.evalIntervalMs, singleton: true, run: (ctx) => this.alerting.evaluateJob(ctx) },
      { name: 'snapshots.write', title: 'Metric snapshots', intervalMs: this.config.snapshotIntervalSec * 1000, singleton: true, run: () => this.persistence.snapshotJob() },
    ];
  }

  resourcesIntervalMs = 5_000;

  /** One resource sample; on a memory warning, frees what it can and records the recovery. */
  async sampleResources(now = Date.now()): Promise<string> {
    const figures = this.sampler.sample(this.poolInfo(), this.windows.activeSessions());
    await sharedCache().refreshSize();
    this.memory.afterSample(figures, now);
    return `memory ${Math.max(figures.memory.rss_percent, figures.memory.heap_percent)} %, ${figures.in_flight.current} in flight`;
  }

  /** Frees the caches this process holds (cache LRU, the windows' oversized lists), then measures again. */
  recoverMemory(level: string): void {
    this.memory.recover(level);
  }

  recoveries(): RecoveryRecord[] {
    return this.memory.records();
  }

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
  countsFrom(): number | undefined {
    return this.config.warmupSec > 0 ? this.startedAt + this.config.warmupSec * 1000 : undefined;
  }

  private poolInfo() {
    const d = database();
    return { kind: d.kind, stats: d.poolStats() };
  }

  /** One evaluation: run the rules, store and announce what changed. */
  evaluate(now = new Date(), options: { rethrow?: boolean } = {}): Promise<Transition[]> {
    return this.alerting.evaluate(now, options);
  }

  /** Writes this instance's changed minute rollups (and its spend ledger) now. */
  writeRollupsNow(): Promise<string> {
    return this.persistence.writeRollupsNow();
  }

  /** Rollups, then the snapshot if one is due. */
  flush(now = Date.now()): Promise<void> {
    return this.persistence.flush(now);
  }

  /** Old rollups, snapshots and resolved alerts beyond what is kept (the retention job). */
  prune(now = Date.now()): Promise<void> {
    return this.persistence.prune(now);
  }

  noteOpenAlerts(count: number): void {
    this.alerting.noteOpen(count);
  }

  clusterMinutes(): Promise<ClusterMinutes> {
    return this.persistence.clusterMinutes();
  }

  async alerts(query: AlertQuery = {}): Promise<AlertView[]> {
    return listAlerts(await db(), query);
  }

  /** Healthy / warning / degraded with reasons, and whether it is a chaos run's tail. */
  health(open?: AlertView[]): Promise<HealthState> {
    return healthOf(this, open);
  }

  /** Everything `/api/metrics` answers. */
  report(windowName: WindowName): Promise<MetricsReport> {
    return buildReport(this, windowName);
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

/** Subscribes to the request feed and registers the periodic work with the scheduler (from lib/server at start, after telemetry). */
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
