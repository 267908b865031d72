import { describe, expect, it } from 'vitest';
import { defaultObjectiveRules, emptyCounts, evaluateObjectives, objectiveRulesSchema, objectiveStatuses, type ObjectiveCounts, type WindowCounts } from './objectives';

const rules = defaultObjectiveRules({ objectiveWorkflowSuccessPct: 90, objectiveHallucinationMaxPct: 10 });

/** The same bad share in every window, with `n` events in each short window and more in the long ones. */
function counts(badShare: number, n: number): WindowCounts {
  const c = emptyCounts();
  for (const [w, scale] of [['5m', 1], ['30m', 3], ['1h', 5], ['6h', 20], ['budget', 40]] as const) c[w] = { total: n * scale, bad: Math.round(n * scale * badShare) };
  return c;
}

const byRule = (cs: ReturnType<typeof evaluateObjectives>) => Object.fromEntries(cs.map((c) => [c.rule, c]));

describe('quality objectives', () => {
  it('defaults: 90 % success and ≤ 10 % hallucinations, fast burn 5× and slow 2× (every run failing burns at 10×)', () => {
    expect(rules).toMatchObject({ enabled: true, workflowSuccessPct: 90, hallucinationMaxPct: 10, fastBurnRate: 5, slowBurnRate: 2, minSamples: 10, budgetWindowHours: 24 });
  });

  it('half of Model B runs failing burns at 5×: both alerts fire for B, none for A', () => {
    const c: ObjectiveCounts = { A: { workflow_success: counts(0, 20), hallucination: counts(0.05, 20) }, B: { workflow_success: counts(0.5, 12), hallucination: counts(0.1, 20) } };
    const r = byRule(evaluateObjectives(rules, c, ['A', 'B']));
    expect(Object.keys(r)).toHaveLength(8);
    expect(r['objective_workflow_success_fast_burn:B']).toMatchObject({ active: true, severity: 'critical', value: 5, threshold: 5 });
    expect(r['objective_workflow_success_fast_burn:B']!.message).toBe(
      'Model B succeeded 50 % of 12 runs in the last 5m, against the 90 % success objective: its error budget is burning 5× over 1h and 5× over 5m (threshold 5×)',
    );
    expect(r['objective_workflow_success_slow_burn:B']).toMatchObject({ active: true, severity: 'warning', threshold: 2 });
    // 10 % hallucinations is exactly the objective: a burn rate of 1, neither alert.
    expect(r['objective_hallucination_fast_burn:B']).toMatchObject({ active: false, value: 1 });
    expect(r['objective_hallucination_slow_burn:B']!.active).toBe(false);
    for (const rule of Object.keys(r).filter((k) => k.endsWith(':A'))) expect(r[rule]!.active, rule).toBe(false);
  });

  it('needs both windows burning and enough events in the short one', () => {
    const recovered = counts(0.6, 12);
    recovered['5m'] = { total: 12, bad: 0 };
    expect(byRule(evaluateObjectives(rules, { B: { workflow_success: recovered, hallucination: emptyCounts() } }, ['B']))['objective_workflow_success_fast_burn:B']!.active).toBe(false);
    const sparse = counts(1, 9);
    const r = byRule(evaluateObjectives(rules, { B: { workflow_success: sparse, hallucination: emptyCounts() } }, ['B']));
    expect(r['objective_workflow_success_fast_burn:B']!.active).toBe(false);
    // The slow rule's short window (30 min) holds 27 of them.
    expect(r['objective_workflow_success_slow_burn:B']!.active).toBe(true);
    const off = byRule(evaluateObjectives({ ...rules, enabled: false }, { B: { workflow_success: counts(1, 50), hallucination: counts(1, 50) } }, ['B']));
    expect(Object.values(off).every((c) => !c.active)).toBe(true);
  });

  it('budget left over the budget window: 100 % untouched, 0 % exactly spent, negative beyond', () => {
    const c: ObjectiveCounts = { A: { workflow_success: counts(0.05, 10), hallucination: emptyCounts() }, B: { workflow_success: counts(0.2, 10), hallucination: counts(0.1, 10) } };
    const s = objectiveStatuses(rules, c, ['A', 'B'], [{ rule: 'objective_workflow_success_fast_burn:B', severity: 'critical', state: 'acknowledged' }]);
    const of = (model: string, objective: string) => s.find((x) => x.model === model && x.objective === objective)!;
    expect(of('A', 'workflow_success')).toMatchObject({ samples: 400, bad: 20, ratePct: 95, budgetLeftPct: 50, alert: null });
    expect(of('A', 'hallucination')).toMatchObject({ samples: 0, ratePct: null, budgetLeftPct: null });
    expect(of('B', 'workflow_success')).toMatchObject({ ratePct: 80, budgetLeftPct: -100, alert: { state: 'acknowledged', severity: 'critical' } });
    expect(of('B', 'hallucination')).toMatchObject({ ratePct: 10, budgetLeftPct: 0 });
    expect(of('B', 'workflow_success').burn.map((b) => [b.window, b.burnRate])).toEqual([['5m', 2], ['30m', 2], ['1h', 2], ['6h', 2]]);
  });

  it('refuses thresholds an objective can never reach and a slow rate above the fast one', () => {
    const sloLike = objectiveRulesSchema.safeParse({ ...rules, fastBurnRate: 14.4, slowBurnRate: 6 });
    expect(sloLike.success).toBe(false);
    expect(sloLike.error!.issues[0]).toMatchObject({ path: ['fastBurnRate'] });
    expect(objectiveRulesSchema.safeParse({ ...rules, workflowSuccessPct: 99, hallucinationMaxPct: 1, fastBurnRate: 14.4, slowBurnRate: 6 }).success).toBe(true);
    expect(objectiveRulesSchema.safeParse({ ...rules, slowBurnRate: 6 }).error!.issues[0]!.path).toEqual(['slowBurnRate']);
  });
});
