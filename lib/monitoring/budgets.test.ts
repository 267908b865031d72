import { describe, expect, it } from 'vitest';
import { budgetResetsAt, defaultBudgetRules, evaluateBudgets, topSpenders } from './budgets';
import type { SpendFigures } from './spend';

const rules = defaultBudgetRules({ budgetSessionUsd: 0.5, budgetSessionWindowMin: 60, budgetModelUsd: 5, budgetModelWindowHours: 24, budgetRefuseOver: true });
const T = Date.UTC(2026, 11, 2, 12, 0, 0);
const MIN = 60_000;
const figures = (minutes: [number, number][]): SpendFigures => ({
  costUsd: minutes.reduce((s, [, c]) => s + c, 0),
  calls: minutes.length * 3,
  tokens: minutes.length * 1000,
  minutes: minutes.map(([m, costUsd]) => ({ minute: T + m * MIN, costUsd })),
});

describe('cost budgets', () => {
  it('an alert per session and per model over budget, naming it; every model has a condition; open ones resolve once under', () => {
    const sessions = new Map([
      ['3f2a9c1e4b7d-aaaa-bbbb', figures([[0, 0.3], [10, 0.32]])],
      ['0000aaaa1111-cccc', figures([[5, 0.1]])],
    ]);
    const models = new Map([['A', figures([[0, 5.5]])], ['B', figures([[0, 0.4]])]]);
    const cs = evaluateBudgets(rules, { sessions, models }, ['A', 'B'], ['budget_session:ffffffffffff', 'budget_model:B']);
    const byRule = Object.fromEntries(cs.map((c) => [c.rule, c]));
    expect(Object.keys(byRule).sort()).toEqual(['budget_model:A', 'budget_model:B', 'budget_session:3f2a9c1e4b7d', 'budget_session:ffffffffffff']);
    expect(byRule['budget_session:3f2a9c1e4b7d']).toMatchObject({ active: true, severity: 'warning', value: 0.62, threshold: 0.5 });
    expect(byRule['budget_session:3f2a9c1e4b7d']!.message).toBe('Session 3f2a9c1e4b7d spent $0.62 on 6 model calls in the last 1 h: 124 % of its $0.50 budget');
    expect(byRule['budget_model:A']!.message).toBe('Model A spent $5.50 on 3 calls in the last 24 h: 110 % of its $5.00 budget');
    expect(byRule['budget_model:B']!.active).toBe(false);
    // A session whose alert is open but has not spent in the window any more: resolved.
    expect(byRule['budget_session:ffffffffffff']!.active).toBe(false);
    expect(evaluateBudgets({ ...rules, enabled: false }, { sessions, models }, ['A', 'B'], []).every((c) => !c.active)).toBe(true);
  });

  it('a session over budget is back under once its oldest minutes leave the rolling window', () => {
    // $0.30 at 12:00, $0.32 at 12:10: under $0.50 once 12:00's minute has left the hour, at 13:01.
    expect(budgetResetsAt(figures([[0, 0.3], [10, 0.32]]), 0.5, 60)).toBe(T + 61 * MIN);
    // $0.60 in one minute: only that minute leaving helps.
    expect(budgetResetsAt(figures([[0, 0.05], [3, 0.6]]), 0.5, 60)).toBe(T + 64 * MIN);
    expect(budgetResetsAt(figures([[0, 0.1]]), 0.5, 60)).toBeNull();
  });

  it('top spenders, largest first, with their share of the budget', () => {
    const spend = new Map([['s1', figures([[0, 0.1]])], ['s2', figures([[0, 0.75]])], ['s3', figures([[0, 0.25]])]]);
    expect(topSpenders(spend, 0.5, 2, (s) => ({ subject: s })).map((s) => [s.subject, s.sharePct, s.over])).toEqual([['s2', 150, true], ['s3', 50, false]]);
  });
});
