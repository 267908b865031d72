import { z } from 'zod';
import type { Condition } from './types';
import type { Spender } from './objective-types';
import type { SpendFigures } from './spend';

/**
 * Cost budgets over rolling windows: one per browser session (e.g. $0.50 an
 * hour) and one per model (e.g. $5 a day), each the same for every session or
 * model. Crossing one opens a warning alert naming the session or model; with
 * `refuseOverBudget`, a session over its budget gets 429 `budget_exceeded` for
 * new workflows, replays, experiments, chat and ask-both answers until enough of its spending has
 * left the window.
 */

const budgetFields = {
  enabled: z.boolean(),
  sessionUsd: z.number().min(0.0001).max(1_000_000),
  sessionWindowMin: z.number().int().min(1).max(7 * 24 * 60),
  modelUsd: z.number().min(0.0001).max(1_000_000),
  modelWindowHours: z.number().int().min(1).max(30 * 24),
  refuseOverBudget: z.boolean(),
};

export const budgetRulesSchema = z.strictObject(budgetFields);
export const budgetRulesPatchSchema = budgetRulesSchema.partial();
export type BudgetRules = z.infer<typeof budgetRulesSchema>;

export function defaultBudgetRules(a: { budgetSessionUsd: number; budgetSessionWindowMin: number; budgetModelUsd: number; budgetModelWindowHours: number; budgetRefuseOver: boolean }): BudgetRules {
  return {
    enabled: true,
    sessionUsd: a.budgetSessionUsd,
    sessionWindowMin: a.budgetSessionWindowMin,
    modelUsd: a.budgetModelUsd,
    modelWindowHours: a.budgetModelWindowHours,
    refuseOverBudget: a.budgetRefuseOver,
  };
}

const MINUTE_MS = 60_000;
/** Session ids in alert rules and messages: enough to tell sessions apart, not the whole id (alerts are public). */
export const SESSION_PREFIX = 12;

export const sessionRuleId = (sessionId: string) => `budget_session:${sessionId.slice(0, SESSION_PREFIX)}`;
export const modelRuleId = (model: string) => `budget_model:${model}`;

export function budgetRuleTitle(rule: string): string | undefined {
  if (rule.startsWith('budget_session:')) return `Session ${rule.slice('budget_session:'.length)} over its cost budget`;
  if (rule.startsWith('budget_model:')) return `Model ${rule.slice('budget_model:'.length)} over its cost budget`;
  return undefined;
}

export const usd = (v: number) => (v >= 100 ? `$${v.toFixed(0)}` : v >= 0.1 ? `$${v.toFixed(2)}` : `$${v.toFixed(4)}`);
const windowText = (min: number) => (min % 60 === 0 ? `${min / 60} h` : `${min} min`);

/**
 * The budget conditions of one evaluation (pure): one per session and model
 * over budget, one per model under it, and an inactive one for every budget
 * alert still open whose subject is back under (or has gone quiet), so it resolves.
 */
export function evaluateBudgets(
  rules: BudgetRules,
  spend: { sessions: Map<string, SpendFigures>; models: Map<string, SpendFigures> },
  models: readonly string[],
  openRules: readonly string[],
): Condition[] {
  const out = new Map<string, Condition>();
  const inactive = (rule: string, threshold: number): Condition => ({ rule, active: false, severity: 'warning', value: 0, threshold, message: '' });
  if (rules.enabled) {
    for (const [sessionId, f] of spend.sessions) {
      if (f.costUsd < rules.sessionUsd) continue;
      const rule = sessionRuleId(sessionId);
      out.set(rule, {
        rule,
        active: true,
        severity: 'warning',
        value: Math.round(f.costUsd * 1e4) / 1e4,
        threshold: rules.sessionUsd,
        message: `Session ${sessionId.slice(0, SESSION_PREFIX)} spent ${usd(f.costUsd)} on ${f.calls} model calls in the last ${windowText(rules.sessionWindowMin)}: ${Math.round((100 * f.costUsd) / rules.sessionUsd)} % of its ${usd(rules.sessionUsd)} budget`,
      });
    }
  }
  for (const model of new Set([...models, ...spend.models.keys()])) {
    const f = spend.models.get(model);
    const rule = modelRuleId(model);
    if (!rules.enabled || !f || f.costUsd < rules.modelUsd) {
      if (models.includes(model) || openRules.includes(rule)) out.set(rule, inactive(rule, rules.modelUsd));
      continue;
    }
    out.set(rule, {
      rule,
      active: true,
      severity: 'warning',
      value: Math.round(f.costUsd * 1e4) / 1e4,
      threshold: rules.modelUsd,
      message: `Model ${model} spent ${usd(f.costUsd)} on ${f.calls} calls in the last ${windowText(rules.modelWindowHours * 60)}: ${Math.round((100 * f.costUsd) / rules.modelUsd)} % of its ${usd(rules.modelUsd)} budget`,
    });
  }
  for (const rule of openRules) if (!out.has(rule) && rule.startsWith('budget_')) out.set(rule, inactive(rule, rule.startsWith('budget_session:') ? rules.sessionUsd : rules.modelUsd));
  return [...out.values()];
}

/**
 * When a session over budget is back under it: its minutes leave the rolling
 * window oldest first (a minute counts while it starts within the window), so
 * the first moment at which what is left is below the budget. Null when it is under already.
 */
export function budgetResetsAt(f: SpendFigures, budgetUsd: number, windowMin: number): number | null {
  if (f.costUsd < budgetUsd) return null;
  const byMinute = new Map<number, number>();
  for (const m of f.minutes) byMinute.set(m.minute, (byMinute.get(m.minute) ?? 0) + m.costUsd);
  let left = f.costUsd;
  for (const [minute, cost] of [...byMinute].sort((a, b) => a[0] - b[0])) {
    left -= cost;
    if (left < budgetUsd - 1e-12) return minute + MINUTE_MS + windowMin * MINUTE_MS;
  }
  return null;
}

/** The top spenders of a kind with their share of its budget (largest first). */
export function topSpenders(spend: Map<string, SpendFigures>, budgetUsd: number, limit: number, name: (subject: string) => Omit<Spender, 'costUsd' | 'calls' | 'tokens' | 'sharePct' | 'over'>): Spender[] {
  return [...spend]
    .filter(([, f]) => f.calls > 0)
    .sort((a, b) => b[1].costUsd - a[1].costUsd || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([subject, f]) => ({
      ...name(subject),
      costUsd: Math.round(f.costUsd * 1e6) / 1e6,
      calls: f.calls,
      tokens: f.tokens,
      sharePct: Math.round((1000 * f.costUsd) / budgetUsd) / 10,
      over: f.costUsd >= budgetUsd,
    }));
}
