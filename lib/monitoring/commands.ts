import { actorLabel, recordAudit, type AuditActor } from '@/lib/audit';
import { invalidateCache } from '@/lib/cache';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { logger } from '@/lib/telemetry';
import { applyRulesPatch, defaultRules, type AlertRules, type AlertRulesPatch } from './alert-rules';
import type { ChaosInput } from './chaos';
import { METRICS_CACHE_PREFIX, monitor } from './monitor';
import { OBJECTIVES_CACHE_PREFIX } from './quality';
import { acknowledgeAlert as markAcknowledged, loadRules, saveRules } from './store';
import type { AlertView, ChaosState } from './types';

// The admin actions on monitoring. Each owns what follows from it (the audit
// row, the cached /api/metrics answers it makes stale), so a route handler only
// parses, authorizes and calls.

/** Turns the chaos switch on: demo traffic fails or slows down for durationSec, then it turns itself off. */
export async function startChaos(input: ChaosInput, actor: AuditActor): Promise<ChaosState> {
  const m = monitor();
  if (input.durationSec > m.config.chaosMaxDurationSec) {
    throw new AppError('bad_request', `Invalid body: durationSec: must be at most ${m.config.chaosMaxDurationSec}`);
  }
  const chaos = m.chaos.set(input);
  logger.warn({ chaos, instanceId: m.instanceId }, 'chaos switch on: demo traffic will fail or slow down');
  await recordAudit({ actor, action: 'chaos.start', resourceType: 'chaos', resourceId: input.kind, outcome: 'success', details: { ...input } });
  await invalidateCache(METRICS_CACHE_PREFIX);
  return chaos;
}

/** Turns the chaos switch off early. */
export async function stopChaos(actor: AuditActor): Promise<ChaosState> {
  const m = monitor();
  m.chaos.clear();
  logger.info('chaos switch off');
  await recordAudit({ actor, action: 'chaos.stop', resourceType: 'chaos', outcome: 'success' });
  await invalidateCache(METRICS_CACHE_PREFIX);
  return m.chaos.state();
}

/** An admin acknowledges an alert: someone is on it. It still resolves by itself when its condition clears. */
export async function acknowledgeAlert(id: string, actor: AuditActor): Promise<AlertView> {
  const result = await markAcknowledged(await db(), id, actorLabel(actor), new Date());
  if (result.kind === 'not_found') throw new AppError('not_found', `No alert ${id}.`);
  if (result.kind === 'resolved') {
    await recordAudit({ actor, action: 'alert.acknowledge', resourceType: 'alert', resourceId: id, outcome: 'failure', error: 'already resolved' });
    throw new AppError('conflict', 'This alert has already resolved; there is nothing to acknowledge.');
  }
  if (result.kind === 'acknowledged') {
    await recordAudit({ actor, action: 'alert.acknowledge', resourceType: 'alert', resourceId: id, outcome: 'success', details: { rule: result.alert.rule } });
  }
  await invalidateCache(METRICS_CACHE_PREFIX);
  return result.alert;
}

/** The alert rules in force, their defaults (from config) and who changed them last. */
export async function alertRulesView(): Promise<{ rules: AlertRules; defaults: AlertRules; updatedAt: string | null; updatedBy: string | null }> {
  const defaults = defaultRules(monitor().config);
  const stored = await loadRules(await db(), defaults);
  return { rules: stored.rules, defaults, updatedAt: stored.updatedAt, updatedBy: stored.updatedBy };
}

/** Changes any rule's fields; the result is validated as a whole, stored for every replica, applied here at once and audited. */
export async function updateAlertRules(patch: AlertRulesPatch, actor: AuditActor): Promise<AlertRules> {
  const m = monitor();
  const prisma = await db();
  const before = (await loadRules(prisma, defaultRules(m.config))).rules;
  const result = applyRulesPatch(before, patch);
  if (!result.success) {
    const summary = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new AppError('bad_request', `Invalid body: ${summary}`);
  }
  await saveRules(prisma, result.data, actorLabel(actor));
  m.useRules(result.data);
  // The objectives page shows the budgets and objectives in force: not the ones from before this change.
  await invalidateCache(OBJECTIVES_CACHE_PREFIX);
  await recordAudit({ actor, action: 'alert_rules.update', resourceType: 'alert_rules', outcome: 'success', details: { before, after: result.data } });
  return result.data;
}
