import { ApiError } from '@/lib/errors';
import { cached } from '@/lib/cache';
import { getConfig } from '@/lib/config';
import { db, type PrismaClient } from '@/lib/db';
import { MODEL_SLOTS } from '@/lib/models/types';
import { processSingleton } from '@/lib/runtime';
import { logger, observeCounter, observeGauge, type Observation } from '@/lib/telemetry';
import type { HallucinationCheck } from './ai-stats';
import { defaultRules, type AlertRules, type Condition } from './alert-rules';
import { budgetResetsAt, evaluateBudgets, SESSION_PREFIX, topSpenders, usd } from './budgets';
import type { BurnFigure, BurnWindow, ObjectivesReport, RequestSloStatus } from './objective-types';
import { BURN_WINDOWS, errorBudgetPct, evaluateObjectives, objectiveStatuses, readObjectiveCounts } from './objectives';
import { readSpend, spendLedger } from './spend';
import { loadRules } from './store';
import type { Bucket } from './request-windows';
import type { AlertSeverity } from './types';

/**
 * The quality objectives and cost budgets as the rest of monitoring uses them:
 * their conditions for the alert evaluation, the report of /api/objectives,
 * the refusal of expensive calls over budget, and their exported metrics.
 */

const RULES_TTL_MS = 2_000;
/** Cache keys of GET /api/objectives answers; dropped when an admin changes the rules. */
export const OBJECTIVES_CACHE_PREFIX = 'objectives:';
const TOP_SESSIONS = 10;

/** The rules every replica shares (the database's, over the defaults), read at most every RULES_TTL_MS. */
async function sharedRules(prisma: PrismaClient): Promise<AlertRules> {
  const state = processSingleton('quality-rules', () => ({ at: 0, rules: undefined as AlertRules | undefined }));
  if (!state.rules || Date.now() - state.at > RULES_TTL_MS) {
    state.rules = (await loadRules(prisma, defaultRules(getConfig().monitoring))).rules;
    state.at = Date.now();
    lastRules = state.rules;
  }
  return state.rules;
}

/** The last rules read, for the exported gauges (which are read synchronously at each scrape). */
let lastRules: AlertRules | undefined;

async function openRules(prisma: PrismaClient, prefixes: string[]): Promise<{ rule: string; severity: AlertSeverity; state: string }[]> {
  const rows = await prisma.monitoringAlert.findMany({
    where: { openKey: { not: null }, OR: prefixes.map((p) => ({ rule: { startsWith: p } })) },
    select: { rule: true, severity: true, state: true },
  });
  return rows.map((r) => ({ rule: r.rule, severity: r.severity as AlertSeverity, state: r.state }));
}

async function spendNow(prisma: PrismaClient, rules: AlertRules, now: number) {
  const b = rules.budgets;
  const [sessions, models] = await Promise.all([
    readSpend(prisma, spendLedger(), 'session', now - b.sessionWindowMin * 60_000),
    readSpend(prisma, spendLedger(), 'model', now - b.modelWindowHours * 3_600_000),
  ]);
  return { sessions, models };
}

/**
 * The objective and budget conditions of one alert evaluation (monitor.ts
 * adds them to the request and resource rules'). The database down: none, so
 * the open alerts stay as they are until it answers again.
 */
export async function qualityConditions(rules: AlertRules, now: Date): Promise<Condition[]> {
  lastRules = rules;
  try {
    const prisma = await db();
    const t = now.getTime();
    const [counts, spend, open] = await Promise.all([readObjectiveCounts(prisma, t, rules.objectives.budgetWindowHours), spendNow(prisma, rules, t), openRules(prisma, ['budget_'])]);
    return [...evaluateObjectives(rules.objectives, counts, MODEL_SLOTS), ...evaluateBudgets(rules.budgets, spend, MODEL_SLOTS, open.map((o) => o.rule))];
  } catch (error) {
    logger.warn({ err: error }, 'objectives and budgets not evaluated (database unavailable)');
    return [];
  }
}

function requestSlo(rules: AlertRules, window: (seconds: number) => Bucket): RequestSloStatus {
  const budgetPct = 100 - rules.slo.availabilityPct;
  const burn: BurnFigure[] = (Object.keys(BURN_WINDOWS) as BurnWindow[]).map((w) => {
    const b = window(BURN_WINDOWS[w]);
    return { window: w, bad: b.failed, total: b.total, burnRate: b.total ? Math.round(((100 * b.failed) / b.total / budgetPct) * 10) / 10 : 0 };
  });
  return { availabilityPct: rules.slo.availabilityPct, fastBurnRate: rules.slo.fastBurnRate, slowBurnRate: rules.slo.slowBurnRate, burn };
}

type StoredReport = Omit<ObjectivesReport, 'requestSlo' | 'budgets'> & { budgets: ObjectivesReport['budgets'] };

/**
 * What /monitoring shows: each objective with its budget left and burn rates,
 * the budgets with the top spenders, and the request SLO's burn rates (this
 * instance's windows). The stored part is cached like the other aggregates
 * (CACHE_METRICS_TTL_MS); session ids are cut to 8 characters unless an admin asks.
 */
export async function objectivesReport(viewer: { sessionId?: string; isAdmin: boolean }, window: (seconds: number) => Bucket, now = Date.now()): Promise<ObjectivesReport> {
  const config = getConfig();
  let rules = lastRules ?? defaultRules(config.monitoring);
  let stored: StoredReport & { sessionIds: string[] };
  try {
    stored = await cached(`${OBJECTIVES_CACHE_PREFIX}${config.monitoring.instanceId}`, config.cache.metricsTtlMs, async () => {
      const prisma = await db();
      const r = await sharedRules(prisma);
      const [counts, spend, open] = await Promise.all([readObjectiveCounts(prisma, now, r.objectives.budgetWindowHours), spendNow(prisma, r, now), openRules(prisma, ['objective_'])]);
      const sessions = topSpenders(spend.sessions, r.budgets.sessionUsd, TOP_SESSIONS, (s) => ({ subject: s }));
      return {
        generatedAt: new Date(now).toISOString(),
        enabled: r.objectives.enabled,
        objectives: objectiveStatuses(r.objectives, counts, MODEL_SLOTS, open),
        sessionIds: sessions.map((s) => s.subject),
        budgets: {
          enabled: r.budgets.enabled,
          refuseOverBudget: r.budgets.refuseOverBudget,
          session: { usd: r.budgets.sessionUsd, windowMin: r.budgets.sessionWindowMin },
          model: { usd: r.budgets.modelUsd, windowHours: r.budgets.modelWindowHours },
          topSessions: sessions,
          sessionsOver: [...spend.sessions.values()].filter((f) => f.costUsd >= r.budgets.sessionUsd).length,
          models: topSpenders(spend.models, r.budgets.modelUsd, 100, (m) => ({ subject: m })),
        },
      };
    });
    rules = lastRules ?? rules;
  } catch (error) {
    const r = rules;
    stored = {
      generatedAt: new Date(now).toISOString(),
      enabled: r.objectives.enabled,
      objectives: [],
      sessionIds: [],
      budgets: { enabled: r.budgets.enabled, refuseOverBudget: r.budgets.refuseOverBudget, session: { usd: r.budgets.sessionUsd, windowMin: r.budgets.sessionWindowMin }, model: { usd: r.budgets.modelUsd, windowHours: r.budgets.modelWindowHours }, topSessions: [], sessionsOver: 0, models: [] },
      error: error instanceof Error ? `stored figures unavailable: ${error.message}` : 'stored figures unavailable',
    };
  }
  const { sessionIds: _ids, ...report } = stored;
  return {
    ...report,
    requestSlo: requestSlo(rules, window),
    budgets: {
      ...report.budgets,
      topSessions: report.budgets.topSessions.map((s) => ({ ...s, subject: viewer.isAdmin ? s.subject : s.subject.slice(0, 8), you: s.subject === viewer.sessionId })),
    },
  };
}

/**
 * First lines of an expensive call (workflow start, chat, ask-both): with
 * refusal on, a session at or over its budget gets 429 `budget_exceeded`
 * saying what it spent, its budget and when it is back under.
 */
export async function refuseIfOverBudget(sessionId: string | undefined, now = Date.now()): Promise<void> {
  if (!sessionId) return;
  let prisma: PrismaClient;
  let rules: AlertRules;
  try {
    prisma = await db();
    rules = await sharedRules(prisma);
  } catch {
    return; // The database down: the call itself will say so; a budget is no reason to refuse more.
  }
  const b = rules.budgets;
  if (!b.enabled || !b.refuseOverBudget) return;
  const figures = (await readSpend(prisma, spendLedger(), 'session', now - b.sessionWindowMin * 60_000, sessionId)).get(sessionId);
  if (!figures || figures.costUsd < b.sessionUsd) return;
  const resetsAt = budgetResetsAt(figures, b.sessionUsd, b.sessionWindowMin) ?? now + b.sessionWindowMin * 60_000;
  const retryAfterSec = Math.max(1, Math.ceil((resetsAt - now) / 1000));
  const at = new Date(resetsAt).toISOString();
  const window = b.sessionWindowMin % 60 === 0 ? `${b.sessionWindowMin / 60} h` : `${b.sessionWindowMin} min`;
  throw new ApiError(
    'budget_exceeded',
    `This session has spent ${usd(figures.costUsd)} on model calls in the last ${window}, at or over its budget of ${usd(b.sessionUsd)}: new workflows, replays, experiments, chat and ask-both answers are refused until ${at.slice(11, 19)} UTC (in ${retryAfterSec < 120 ? `${retryAfterSec} s` : `${Math.ceil(retryAfterSec / 60)} min`}), when enough of that spending has left the window.`,
    { spentUsd: Math.round(figures.costUsd * 1e6) / 1e6, budgetUsd: b.sessionUsd, windowMin: b.sessionWindowMin, resetsAt: at, retryAfterSec, session: sessionId.slice(0, SESSION_PREFIX) },
    { headers: { 'Retry-After': String(retryAfterSec) } },
  );
}

/** Hallucination checks per model since start, for aimon_grounding_checks_total. */
export function recordQualityCheck(check: HallucinationCheck): void {
  const counts = qualityCounters();
  const k = `${check.model}\u0000${check.hallucinated}`;
  counts.set(k, (counts.get(k) ?? 0) + 1);
}

const qualityCounters = () => processSingleton('quality-check-counters', () => new Map<string, number>());

/** The exported side (from startMonitoring): checks, costs, and each objective's error budget and the model budget as gauges, so the Prometheus rules follow what admins configure. */
export function startQualityMetrics(): void {
  spendLedger();
  observeCounter('aimon.grounding.checks', 'Answers checked for hallucinations, by model and verdict (aimon.hallucinated = true | false)', () =>
    [...qualityCounters()].map(([k, value]): Observation => {
      const [model, hallucinated] = k.split('\u0000') as [string, string];
      return { value, attributes: { 'aimon.model': model, 'aimon.hallucinated': hallucinated } };
    }),
  );
  const rules = () => lastRules ?? defaultRules(getConfig().monitoring);
  observeGauge('aimon.objective.error_budget', 'Share of events each quality objective allows to be bad (0.1 = 10 %), by objective and model', () =>
    MODEL_SLOTS.flatMap((model) =>
      (['workflow_success', 'hallucination'] as const).map((objective) => ({
        value: errorBudgetPct(rules().objectives, objective) / 100,
        attributes: { 'aimon.objective': objective, 'aimon.model': model },
      })),
    ),
  );
  observeGauge('aimon.objective.burn_threshold', 'Burn rate at which the objective alerts fire, by speed (fast: 1 h and 5 min; slow: 6 h and 30 min)', () => [
    { value: rules().objectives.fastBurnRate, attributes: { 'aimon.speed': 'fast' } },
    { value: rules().objectives.slowBurnRate, attributes: { 'aimon.speed': 'slow' } },
  ]);
  observeGauge('aimon.objective.min_samples', 'Events the short window of an objective alert needs before it may fire', () => rules().objectives.minSamples);
  observeGauge('aimon.budget.model.usd', 'Cost budget of each model over its window (USD; window in aimon_budget_model_window_seconds)', () => rules().budgets.modelUsd);
  observeGauge('aimon.budget.model.window', 'Rolling window of the model cost budget', () => rules().budgets.modelWindowHours * 3600, 's');
}
