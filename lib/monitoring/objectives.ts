import { z } from 'zod';
import type { PrismaClient } from '@/lib/db';
import type { Condition } from './types';
import type { BurnFigure, BurnWindow, ObjectiveKind, ObjectiveStatus } from './objective-types';
import type { AlertSeverity } from './types';

/**
 * Quality objectives per model, next to the request SLO: a share of workflows
 * that succeed, and a highest share of checked answers that hallucinate. Each
 * has an error budget (the share that may be bad) and two multi-window
 * burn-rate alerts like the SLO's: fast (1 h and 5 min, critical) and slow
 * (6 h and 30 min, warning). Both windows must burn: the long one proves it
 * matters, the short one that it is still happening (and ends the alert soon
 * after it stops). Counted from the stored runs and answers, so every replica
 * and the one evaluating agree.
 */

export const BURN_WINDOWS: Record<BurnWindow, number> = { '5m': 300, '30m': 1800, '1h': 3600, '6h': 21_600 };
const FAST = { long: '1h', short: '5m' } as const;
const SLOW = { long: '6h', short: '30m' } as const;

const objectiveFields = {
  enabled: z.boolean(),
  /** Share of finished workflows (cancelled and abandoned left out) that must succeed, %. */
  workflowSuccessPct: z.number().min(50).max(99.9),
  /** Highest share of checked answers (chat and ask-both) judged hallucinations, %. */
  hallucinationMaxPct: z.number().min(0.1).max(50),
  fastBurnRate: z.number().min(1).max(1000),
  slowBurnRate: z.number().min(1).max(1000),
  /** Events the short window needs before its rate counts (a burn rate of 3 runs says little). */
  minSamples: z.number().int().min(1).max(1_000_000),
  /** The period "budget left" is measured over. */
  budgetWindowHours: z.number().int().min(1).max(720),
};

/** The largest burn rate an objective can reach: every event bad. */
export function maxBurnRate(budgetPct: number): number {
  return 100 / budgetPct;
}

export const objectiveRulesPatchSchema = z.strictObject(objectiveFields).partial();

export const objectiveRulesSchema = z
  .strictObject(objectiveFields)
  .refine((o) => o.slowBurnRate <= o.fastBurnRate, { error: 'slowBurnRate must be at most fastBurnRate', path: ['slowBurnRate'] })
  .refine((o) => o.fastBurnRate <= Math.min(maxBurnRate(100 - o.workflowSuccessPct), maxBurnRate(o.hallucinationMaxPct)) + 1e-9, {
    // With a 90 % objective every run failing burns at 10×: a 14.4× threshold (the SLO's) could never fire.
    error: 'fastBurnRate can never be reached: an objective whose error budget is B % burns at most 100 / B times (10× for 90 % success or 10 % hallucinations)',
    path: ['fastBurnRate'],
  });

export type ObjectiveRules = z.infer<typeof objectiveRulesSchema>;

export function defaultObjectiveRules(a: { objectiveWorkflowSuccessPct: number; objectiveHallucinationMaxPct: number }): ObjectiveRules {
  const budgetPct = Math.max(100 - a.objectiveWorkflowSuccessPct, a.objectiveHallucinationMaxPct);
  // Half and a fifth of the largest rate the larger budget can reach: 5× and 2× for 10 % (half
  // of the runs failing over an hour pages; a fifth over six hours opens a ticket).
  const ceiling = Math.min(maxBurnRate(100 - a.objectiveWorkflowSuccessPct), maxBurnRate(a.objectiveHallucinationMaxPct));
  const fast = Math.min(ceiling, Math.max(1, Math.round((maxBurnRate(budgetPct) / 2) * 10) / 10));
  const slow = Math.min(fast, Math.max(1, Math.round((maxBurnRate(budgetPct) / 5) * 10) / 10));
  return {
    enabled: true,
    workflowSuccessPct: a.objectiveWorkflowSuccessPct,
    hallucinationMaxPct: a.objectiveHallucinationMaxPct,
    fastBurnRate: fast,
    slowBurnRate: slow,
    minSamples: 10,
    budgetWindowHours: 24,
  };
}

/** Bad and all events per window, and over the budget window. */
export type WindowCounts = Record<BurnWindow | 'budget', { bad: number; total: number }>;

/** Per model, per objective. */
export type ObjectiveCounts = Record<string, Record<ObjectiveKind, WindowCounts>>;

export const emptyCounts = (): WindowCounts => ({ '5m': { bad: 0, total: 0 }, '30m': { bad: 0, total: 0 }, '1h': { bad: 0, total: 0 }, '6h': { bad: 0, total: 0 }, budget: { bad: 0, total: 0 } });

const OBJECTIVES: ObjectiveKind[] = ['workflow_success', 'hallucination'];

/** The share of events that may be bad, in %. */
export function errorBudgetPct(rules: ObjectiveRules, objective: ObjectiveKind): number {
  return objective === 'workflow_success' ? 100 - rules.workflowSuccessPct : rules.hallucinationMaxPct;
}

export function objectiveRuleId(objective: ObjectiveKind, speed: 'fast' | 'slow', model: string): string {
  return `objective_${objective}_${speed}_burn:${model}`;
}

/** Titles of objective rules (`objective_<kind>_<speed>_burn:<model>`), for the alert list. */
export function objectiveRuleTitle(rule: string): string | undefined {
  const m = /^objective_(workflow_success|hallucination)_(fast|slow)_burn:(.+)$/.exec(rule);
  if (!m) return undefined;
  const what = m[1] === 'workflow_success' ? 'workflow success' : 'hallucination';
  return `Model ${m[3]}: ${what} budget burning${m[2] === 'fast' ? ' fast' : ''}`;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

function burnOf(counts: WindowCounts, window: BurnWindow, budgetPct: number): BurnFigure {
  const { bad, total } = counts[window];
  return { window, bad, total, burnRate: total ? r1(((100 * bad) / total) / budgetPct) : 0 };
}

const unit = (objective: ObjectiveKind) => (objective === 'workflow_success' ? 'runs' : 'checked answers');

/** Every objective rule of every model, evaluated once (pure: tests drive it with counts). */
export function evaluateObjectives(rules: ObjectiveRules, counts: ObjectiveCounts, models: readonly string[]): Condition[] {
  const out: Condition[] = [];
  for (const model of models) {
    for (const objective of OBJECTIVES) {
      const c = counts[model]?.[objective] ?? emptyCounts();
      const budgetPct = errorBudgetPct(rules, objective);
      for (const [speed, windows, threshold, severity] of [
        ['fast', FAST, rules.fastBurnRate, 'critical'],
        ['slow', SLOW, rules.slowBurnRate, 'warning'],
      ] as const) {
        const rule = objectiveRuleId(objective, speed, model);
        const long = burnOf(c, windows.long, budgetPct);
        const short = burnOf(c, windows.short, budgetPct);
        const active = rules.enabled && short.total >= rules.minSamples && long.burnRate >= threshold && short.burnRate >= threshold;
        const target = objective === 'workflow_success' ? `the ${rules.workflowSuccessPct} % success objective` : `the ≤ ${rules.hallucinationMaxPct} % hallucination objective`;
        const rate = objective === 'workflow_success' ? `succeeded ${rateText(short.total - short.bad, short.total)}` : `hallucinated in ${rateText(short.bad, short.total)}`;
        out.push({
          rule,
          active,
          severity: severity as AlertSeverity,
          value: Math.min(long.burnRate, short.burnRate),
          threshold,
          message: active
            ? `Model ${model} ${rate} of ${short.total} ${unit(objective)} in the last ${windows.short}, against ${target}: its error budget is burning ${long.burnRate}× over ${windows.long} and ${short.burnRate}× over ${windows.short} (threshold ${threshold}×)`
            : '',
        });
      }
    }
  }
  return out;
}

const rateText = (part: number, whole: number) => `${whole ? Math.round((100 * part) / whole) : 0} %`;

/** What /monitoring shows per model and objective: the rate and the budget left over the budget window, the burn rates, the open alert. */
export function objectiveStatuses(
  rules: ObjectiveRules,
  counts: ObjectiveCounts,
  models: readonly string[],
  open: { rule: string; severity: AlertSeverity; state: string }[],
): ObjectiveStatus[] {
  const out: ObjectiveStatus[] = [];
  for (const model of models) {
    for (const objective of OBJECTIVES) {
      const c = counts[model]?.[objective] ?? emptyCounts();
      const budgetPct = errorBudgetPct(rules, objective);
      const { bad, total } = c.budget;
      const rate = total ? (objective === 'workflow_success' ? (100 * (total - bad)) / total : (100 * bad) / total) : null;
      const alert =
        open.find((a) => a.rule === objectiveRuleId(objective, 'fast', model)) ?? open.find((a) => a.rule === objectiveRuleId(objective, 'slow', model));
      out.push({
        model,
        objective,
        label: objective === 'workflow_success' ? `≥ ${rules.workflowSuccessPct} % of workflows succeed` : `≤ ${rules.hallucinationMaxPct} % of checked answers hallucinate`,
        targetPct: objective === 'workflow_success' ? rules.workflowSuccessPct : rules.hallucinationMaxPct,
        errorBudgetPct: r1(budgetPct),
        windowHours: rules.budgetWindowHours,
        samples: total,
        bad,
        ratePct: rate === null ? null : r1(rate),
        // Bad events over the bad events the budget allows for this many events.
        budgetLeftPct: total ? r1(100 * (1 - bad / ((budgetPct / 100) * total))) : null,
        burn: (Object.keys(BURN_WINDOWS) as BurnWindow[]).map((w) => burnOf(c, w, budgetPct)),
        fastBurnRate: rules.fastBurnRate,
        slowBurnRate: rules.slowBurnRate,
        alert: alert ? { rule: alert.rule, severity: alert.severity, state: alert.state === 'acknowledged' ? 'acknowledged' : 'firing' } : null,
      });
    }
  }
  return out;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Bad and all events per model over every window ending at `now`, from the
 * stored runs (finished: succeeded, failed or error; by start time) and the
 * checked answers of chat and ask-both (by time written): two aggregate
 * queries, whatever the traffic.
 */
export async function readObjectiveCounts(prisma: PrismaClient, now: number, budgetWindowHours: number): Promise<ObjectiveCounts> {
  const since = (sec: number) => iso(now - sec * 1000);
  const t = { m5: since(300), m30: since(1800), h1: since(3600), h6: since(21_600), budget: since(budgetWindowHours * 3600) };
  const from = since(Math.max(21_600, budgetWindowHours * 3600));
  const to = iso(now);
  type Row = { model: string } & Record<`${'bad' | 'total'}_${'m5' | 'm30' | 'h1' | 'h6' | 'budget'}`, number>;
  // Timestamps are stored as UTC without a zone (Prisma's DateTime): compare with UTC times.
  const runs = await prisma.$queryRaw<Row[]>`
    SELECT model_slot AS model,
      count(*) FILTER (WHERE created_at > (${t.m5}::timestamptz AT TIME ZONE 'UTC'))::int AS total_m5,
      count(*) FILTER (WHERE created_at > (${t.m5}::timestamptz AT TIME ZONE 'UTC') AND status <> 'succeeded')::int AS bad_m5,
      count(*) FILTER (WHERE created_at > (${t.m30}::timestamptz AT TIME ZONE 'UTC'))::int AS total_m30,
      count(*) FILTER (WHERE created_at > (${t.m30}::timestamptz AT TIME ZONE 'UTC') AND status <> 'succeeded')::int AS bad_m30,
      count(*) FILTER (WHERE created_at > (${t.h1}::timestamptz AT TIME ZONE 'UTC'))::int AS total_h1,
      count(*) FILTER (WHERE created_at > (${t.h1}::timestamptz AT TIME ZONE 'UTC') AND status <> 'succeeded')::int AS bad_h1,
      count(*) FILTER (WHERE created_at > (${t.h6}::timestamptz AT TIME ZONE 'UTC'))::int AS total_h6,
      count(*) FILTER (WHERE created_at > (${t.h6}::timestamptz AT TIME ZONE 'UTC') AND status <> 'succeeded')::int AS bad_h6,
      count(*) FILTER (WHERE created_at > (${t.budget}::timestamptz AT TIME ZONE 'UTC'))::int AS total_budget,
      count(*) FILTER (WHERE created_at > (${t.budget}::timestamptz AT TIME ZONE 'UTC') AND status <> 'succeeded')::int AS bad_budget
    FROM workflow_runs
    WHERE created_at > (${from}::timestamptz AT TIME ZONE 'UTC') AND created_at <= (${to}::timestamptz AT TIME ZONE 'UTC')
      AND status IN ('succeeded', 'failed', 'error')
    GROUP BY model_slot`;
  const answers = await prisma.$queryRaw<Row[]>`
    WITH checked AS (
      SELECT model_slot, created_at, verdict FROM chat_messages
        WHERE role = 'assistant' AND verdict IS NOT NULL AND model_slot IS NOT NULL
          AND created_at > (${from}::timestamptz AT TIME ZONE 'UTC') AND created_at <= (${to}::timestamptz AT TIME ZONE 'UTC')
      UNION ALL
      SELECT model_slot, created_at, verdict FROM ask_answers
        WHERE verdict IS NOT NULL
          AND created_at > (${from}::timestamptz AT TIME ZONE 'UTC') AND created_at <= (${to}::timestamptz AT TIME ZONE 'UTC')
    )
    SELECT model_slot AS model,
      count(*) FILTER (WHERE created_at > (${t.m5}::timestamptz AT TIME ZONE 'UTC'))::int AS total_m5,
      count(*) FILTER (WHERE created_at > (${t.m5}::timestamptz AT TIME ZONE 'UTC') AND verdict = 'hallucination')::int AS bad_m5,
      count(*) FILTER (WHERE created_at > (${t.m30}::timestamptz AT TIME ZONE 'UTC'))::int AS total_m30,
      count(*) FILTER (WHERE created_at > (${t.m30}::timestamptz AT TIME ZONE 'UTC') AND verdict = 'hallucination')::int AS bad_m30,
      count(*) FILTER (WHERE created_at > (${t.h1}::timestamptz AT TIME ZONE 'UTC'))::int AS total_h1,
      count(*) FILTER (WHERE created_at > (${t.h1}::timestamptz AT TIME ZONE 'UTC') AND verdict = 'hallucination')::int AS bad_h1,
      count(*) FILTER (WHERE created_at > (${t.h6}::timestamptz AT TIME ZONE 'UTC'))::int AS total_h6,
      count(*) FILTER (WHERE created_at > (${t.h6}::timestamptz AT TIME ZONE 'UTC') AND verdict = 'hallucination')::int AS bad_h6,
      count(*) FILTER (WHERE created_at > (${t.budget}::timestamptz AT TIME ZONE 'UTC'))::int AS total_budget,
      count(*) FILTER (WHERE created_at > (${t.budget}::timestamptz AT TIME ZONE 'UTC') AND verdict = 'hallucination')::int AS bad_budget
    FROM checked GROUP BY model_slot`;
  const out: ObjectiveCounts = {};
  const fill = (rows: Row[], objective: ObjectiveKind) => {
    for (const row of rows) {
      const entry = (out[row.model] ??= { workflow_success: emptyCounts(), hallucination: emptyCounts() });
      const w = entry[objective];
      for (const [name, col] of [['5m', 'm5'], ['30m', 'm30'], ['1h', 'h1'], ['6h', 'h6'], ['budget', 'budget']] as const) {
        w[name] = { bad: Number(row[`bad_${col}`]), total: Number(row[`total_${col}`]) };
      }
    }
  };
  fill(runs, 'workflow_success');
  fill(answers, 'hallucination');
  return out;
}
