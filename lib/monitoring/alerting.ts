import type { MonitoringConfig } from '@/lib/config';
import { db } from '@/lib/db';
import { scheduler, type JobContext } from '@/lib/jobs';
import { logger, trackEvent } from '@/lib/telemetry';
import { AlertTracker, defaultRules, evaluateRules, holdEvaluations, RULE_TITLES, type AlertRules, type Condition, type Transition } from './alert-rules';
import type { RequestWindows } from './request-windows';
import { escalateAlert, fireAlert, loadRules, openAlerts, refreshOpenAlert, resolveAlert } from './store';
import type { AlertView, ResourceFigures } from './types';
import { postAlertWebhook } from './webhook';
import { qualityConditions } from './quality';

const RULES_REFRESH_MS = 10_000;
const ALERT_REFRESH_MS = 15_000;

/** What alerting reads of the monitor it belongs to: the figures the rules judge and the warm-up. */
export interface AlertingInputs {
  readonly config: MonitoringConfig;
  readonly windows: RequestWindows;
  /** The last resource sample. */
  resources(): ResourceFigures;
  /** How often resources are sampled: resource rules must hold for two samples. */
  resourcesIntervalMs(): number;
  warmingUp(now: number): boolean;
  /** Where the rules' windows begin (the end of the warm-up), if anywhere. */
  countsFrom(): number | undefined;
}

/**
 * The alert side of monitoring: the rules (loaded from the database and
 * refreshed, or just saved by an admin), the tracker of which rule is open,
 * and one evaluation that stores, logs, announces and posts what changed.
 */
export class Alerting {
  private tracker = new AlertTracker();
  private rules: AlertRules;
  private rulesLoadedAt = 0;
  private adopted = false;
  private evaluating = false;
  private readonly refreshedAt = new Map<string, number>();
  private openAlertCount = 0;

  constructor(private readonly inputs: AlertingInputs) {
    this.rules = defaultRules(inputs.config);
  }

  private get config(): MonitoringConfig {
    return this.inputs.config;
  }

  currentRules(): AlertRules {
    return this.rules;
  }

  /** Applies rules just saved by an admin without waiting for the refresh. */
  useRules(rules: AlertRules): void {
    this.rules = rules;
    this.rulesLoadedAt = Date.now();
  }

  /** Alerts firing or acknowledged, as last read (the `aimon.alerts.open` gauge). */
  openCount(): number {
    return this.openAlertCount;
  }

  noteOpen(count: number): void {
    this.openAlertCount = count;
  }

  /** The `alerts.evaluate` job: once per cluster, behind the scheduler's lease. */
  async evaluateJob(ctx: JobContext): Promise<string> {
    if (ctx.tookOver) {
      // Alerts the previous holder left open are this instance's to resolve now.
      this.tracker = new AlertTracker();
      this.adopted = false;
    }
    const transitions = await this.evaluate(new Date(), { rethrow: true });
    return transitions.length ? transitions.map((t) => `${t.kind} ${t.condition.rule}`).join(', ') : 'no change';
  }

  /** One evaluation: run the rules on the last resource sample, store and announce what changed. */
  async evaluate(now = new Date(), options: { rethrow?: boolean } = {}): Promise<Transition[]> {
    if (this.evaluating) return [];
    this.evaluating = true;
    try {
      const resources = this.inputs.resources();
      await this.refreshRules();
      if (!this.adopted && options.rethrow) throw new Error('alert state not loaded: database unavailable');
      if (this.inputs.warmingUp(now.getTime())) return [];
      const unhealthyJobs = scheduler().unhealthy(now.getTime()).filter((j) => j.name !== 'alerts.evaluate');
      const from = this.inputs.countsFrom();
      const conditions = [...evaluateRules(this.rules, { window: (s, cls) => this.inputs.windows.aggregate(s, cls, from), resources, unhealthyJobs }), ...(await qualityConditions(this.rules, now))];
      // Resource rules must hold for two samples; samples come from their own job, which may run less often than this one.
      const perSample = Math.max(1, Math.ceil(this.inputs.resourcesIntervalMs() / this.config.evalIntervalMs));
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
        const { alert, created } = await fireAlert(prisma, c, this.config.instanceId, now);
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
    if (url) void postAlertWebhook(url, { event, instance_id: this.config.instanceId, alert });
  }
}
