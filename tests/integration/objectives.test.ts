import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerChat, runWorkflow } from '@/lib/agent';
import { ApiError } from '@/lib/api';
import { getConfig } from '@/lib/config';
import { database, db } from '@/lib/db';
import { attributeSpend, defaultRules, objectivesFor, refuseIfOverBudget, type AlertRules } from '@/lib/monitoring';
import { acknowledgeAlert, listAlerts, loadRules, saveRules } from '@/lib/monitoring/store';
import { Monitor } from '@/lib/monitoring/monitor';
import { SpendLedger, readSpend, spendLedger } from '@/lib/monitoring/spend';
import { clearProcessSingleton } from '@/lib/runtime/process-singleton';
import { BACKENDS, type TestBackend } from '../support/backends';
import { tinyFleetSource } from '../support/tiny-fleet';
import { useEnv } from '../support/use-env';

const SINGLETONS = ['database', 'model-A', 'model-B', 'shared-cache', 'quality-rules', 'monitoring'];
const MIN = 60_000;
const actor = { sessionId: 'objectives-chat', isAdmin: false };

/** Questions about services that do not exist, the past and actions: Model B invents on most of them. */
const BOUNDARY = Array.from({ length: 8 }, (_, i) => [`What is the status of payment-gateway-${i}?`, `Who deployed web-ui ${i + 2} days ago?`, `Please restart web-ui now (ticket ${i}).`]).flat();

describe.each(BACKENDS)('quality objectives and cost budgets on %s', (_name, create) => {
  let backend: TestBackend;
  let hooks: { event: string; alert: { rule: string; message: string } }[] = [];
  let receiver: http.Server;
  let monitor: Monitor;

  beforeAll(async () => {
    receiver = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        hooks.push(JSON.parse(body));
        res.end('ok');
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    backend = await create();
    useEnv(
      { ...backend.env, AIMON_SIM_LATENCY_SCALE: '0', AIMON_SIM_SEED: '42', MONITORING_WARMUP_SEC: '0', ALERT_WEBHOOK_URL: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook` },
      SINGLETONS,
    );
    await database().start();
    monitor = new Monitor(getConfig().monitoring);
  }, 120_000);
  afterAll(async () => {
    await database().close();
    clearProcessSingleton('database');
    await backend?.dispose();
    await new Promise((r) => receiver.close(r));
  });

  const rulesOf = (events: { kind: string; condition: { rule: string } }[], kind: string) => events.filter((t) => t.kind === kind).map((t) => t.condition.rule).sort();

  it("Model B's guessed repairs and invented answers burn its objectives: fast and slow alerts fire, go to the webhook, are acknowledged and resolve as the windows move on; Model A's hold", async () => {
    const statuses: Record<'A' | 'B', string[]> = { A: [], B: [] };
    for (let i = 0; i < 12; i += 1) {
      for (const model of ['A', 'B'] as const) {
        const run = await runWorkflow({ model, scenario: 'custom', goal: `Repair the degraded services (ticket ${i})` }, { tools: tinyFleetSource() });
        statuses[model].push(run.status);
      }
    }
    const verdicts: Record<'A' | 'B', string[]> = { A: [], B: [] };
    for (const message of BOUNDARY.slice(0, 12)) {
      for (const model of ['A', 'B'] as const) {
        const { answer } = await answerChat({ sessionId: actor.sessionId, model, message }, { actor, tools: tinyFleetSource() });
        verdicts[model].push(answer.grounding?.verdict ?? 'none');
      }
    }
    const share = (xs: string[], v: string) => xs.filter((x) => x === v).length / xs.length;
    // Model B restarts web-ui without diagnosing it (a bad deployment survives a restart) and invents answers.
    expect(share(statuses.B, 'succeeded'), statuses.B.join()).toBeLessThanOrEqual(0.5);
    expect(share(verdicts.B, 'hallucination'), verdicts.B.join()).toBeGreaterThanOrEqual(0.5);
    expect(share(statuses.A, 'succeeded')).toBeGreaterThanOrEqual(0.9);
    expect(share(verdicts.A, 'hallucination')).toBeLessThanOrEqual(0.1);

    const t0 = Date.now() + 1_000;
    const fired = await monitor.evaluate(new Date(t0));
    expect(rulesOf(fired, 'fired')).toEqual([
      'objective_hallucination_fast_burn:B',
      'objective_hallucination_slow_burn:B',
      'objective_workflow_success_fast_burn:B',
      'objective_workflow_success_slow_burn:B',
    ]);
    const prisma = await db();
    const open = await listAlerts(prisma, { state: 'open' });
    const fast = open.find((a) => a.rule === 'objective_workflow_success_fast_burn:B')!;
    expect(fast).toMatchObject({ severity: 'critical', title: 'Model B: workflow success budget burning fast', threshold: 5 });
    expect(fast.message).toMatch(/^Model B succeeded \d+ % of 12 runs in the last 5m, against the 90 % success objective: its error budget is burning [\d.]+× over 1h and [\d.]+× over 5m \(threshold 5×\)$/);
    expect(open.find((a) => a.rule === 'objective_hallucination_slow_burn:B')).toMatchObject({ severity: 'warning', title: 'Model B: hallucination budget burning' });

    await expect.poll(() => hooks.filter((h) => h.event === 'alert.fired').map((h) => h.alert.rule).sort(), { timeout: 10_000 }).toEqual(rulesOf(fired, 'fired'));
    expect((await acknowledgeAlert(prisma, fast.id, 'admin token', new Date(t0 + 1_000))).kind).toBe('acknowledged');

    // The page's figures: budget left over 24 h (negative: more than spent), the burn rates, the open alert.
    const report = await objectivesFor({ isAdmin: false });
    const b = report.objectives.find((o) => o.model === 'B' && o.objective === 'workflow_success')!;
    expect(b).toMatchObject({ samples: 12, alert: { state: 'acknowledged', severity: 'critical' } });
    expect(b.budgetLeftPct!).toBeLessThan(0);
    expect(report.objectives.find((o) => o.model === 'A' && o.objective === 'workflow_success')).toMatchObject({ samples: 12, alert: null });

    // Six minutes on, nothing new: the 5-minute window is empty, the fast alerts resolve; the 30-minute one still burns.
    const later = await monitor.evaluate(new Date(t0 + 6 * MIN));
    expect(rulesOf(later, 'resolved')).toEqual(['objective_hallucination_fast_burn:B', 'objective_workflow_success_fast_burn:B']);
    const resolvedFast = (await listAlerts(prisma, { rule: 'objective_workflow_success_fast_burn:B' }))[0]!;
    expect(resolvedFast.events.map((e) => e.kind)).toEqual(['fired', 'acknowledged', 'resolved']);
    const end = await monitor.evaluate(new Date(t0 + 31 * MIN));
    expect(rulesOf(end, 'resolved')).toEqual(['objective_hallucination_slow_burn:B', 'objective_workflow_success_slow_burn:B']);
    await expect.poll(() => hooks.filter((h) => h.event === 'alert.resolved').length, { timeout: 10_000 }).toBe(4);
  });

  it("a session's spending crosses its budget: an alert names it, and with refusal on its next expensive call is refused until the window lets go; replicas add up", async () => {
    const prisma = await db();
    const defaults = (await loadRules(prisma, defaultRules(getConfig().monitoring))).rules;
    const rules: AlertRules = { ...defaults, budgets: { ...defaults.budgets, sessionUsd: 0.001, refuseOverBudget: true } };
    await saveRules(prisma, rules, 'test');
    monitor.useRules(rules);
    clearProcessSingleton('quality-rules');
    // The first test's objectives report may still be cached (CACHE_METRICS_TTL_MS) and was read under the old rules.
    clearProcessSingleton('shared-cache');

    const spender = randomUUID();
    const run = await attributeSpend(spender, () => runWorkflow({ model: 'B', scenario: 'repair-degraded' }, { tools: tinyFleetSource() }));
    expect(run.costUsd).toBeGreaterThan(0.001);
    // Counted before any rollup is written: this instance's own figures count at once.
    const refused = await refuseIfOverBudget(spender).then(() => undefined, (e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    const error = refused as ApiError;
    expect([error.code, error.status, error.headers?.['Retry-After']]).toEqual(['budget_exceeded', 429, expect.stringMatching(/^\d+$/)]);
    expect(error.message).toMatch(/^This session has spent \$0\.\d{4} on model calls in the last 1 h, at or over its budget of \$0\.0010: new workflows, replays, experiments, chat and ask-both answers are refused until \d\d:\d\d:\d\d UTC \(in \d+ min\)/);
    const details = error.details as { resetsAt: string; spentUsd: number };
    expect(details.spentUsd).toBeCloseTo(run.costUsd, 6);
    const resetsAt = Date.parse(details.resetsAt);
    expect(resetsAt).toBeGreaterThan(Date.now() + 59 * MIN);
    expect(resetsAt).toBeLessThanOrEqual(Date.now() + 61 * MIN);

    // Two replicas, each under the budget for another session: together over it.
    const shared = randomUUID();
    spendLedger().record({ model: 'B', costUsd: 0.0006 }, shared);
    const other = new SpendLedger();
    other.record({ model: 'B', costUsd: 0.0006 }, shared);
    await other.write(prisma, 'replica-b');
    await monitor.writeRollupsNow();
    expect((await readSpend(prisma, new SpendLedger(), 'session', Date.now() - MIN, shared)).get(shared)?.costUsd).toBeCloseTo(0.0012, 10);

    const t = Date.now() + 1_000;
    // Model B's runs of the first test are still in the objectives' windows: only the budget rules are of interest here.
    const fired = (await monitor.evaluate(new Date(t))).filter((x) => x.condition.rule.startsWith('budget_'));
    expect(rulesOf(fired, 'fired')).toEqual([`budget_session:${shared.slice(0, 12)}`, `budget_session:${spender.slice(0, 12)}`].sort());
    const alert = (await listAlerts(prisma, { rule: `budget_session:${spender.slice(0, 12)}` }))[0]!;
    expect(alert).toMatchObject({ severity: 'warning', state: 'firing', title: `Session ${spender.slice(0, 12)} over its cost budget`, threshold: 0.001 });
    expect(alert.message).toMatch(new RegExp(`^Session ${spender.slice(0, 12)} spent \\$0\\.\\d{4} on \\d+ model calls in the last 1 h: \\d+ % of its \\$0\\.0010 budget$`));
    await expect.poll(() => hooks.some((h) => h.event === 'alert.fired' && h.alert.rule === alert.rule), { timeout: 10_000 }).toBe(true);

    // The top spenders: both sessions, over budget, cut to 8 characters for everyone but an admin.
    const report = await objectivesFor({ isAdmin: false, sessionId: spender });
    expect(report.budgets).toMatchObject({ refuseOverBudget: true, session: { usd: 0.001, windowMin: 60 }, sessionsOver: 2 });
    expect(report.budgets.topSessions[0]).toMatchObject({ subject: spender.slice(0, 8), you: true, over: true });
    expect(report.budgets.models.find((m) => m.subject === 'B')!.costUsd).toBeGreaterThan(run.costUsd);

    // An hour and two minutes on, the spending has left the window: no refusal, the alerts resolve.
    await expect(refuseIfOverBudget(spender, Date.now() + 62 * MIN)).resolves.toBeUndefined();
    const after = (await monitor.evaluate(new Date(t + 62 * MIN))).filter((x) => x.condition.rule.startsWith('budget_'));
    expect(rulesOf(after, 'resolved')).toEqual(rulesOf(fired, 'fired'));

    // With refusal off, the same spending is only alerted on.
    await saveRules(prisma, { ...rules, budgets: { ...rules.budgets, refuseOverBudget: false } }, 'test');
    clearProcessSingleton('quality-rules');
    await expect(refuseIfOverBudget(spender)).resolves.toBeUndefined();
  });

  it("a model's spending over its daily budget opens an alert naming the model", async () => {
    const prisma = await db();
    const rules = (await loadRules(prisma, defaultRules(getConfig().monitoring))).rules;
    const tight: AlertRules = { ...rules, budgets: { ...rules.budgets, modelUsd: 0.002 } };
    monitor.useRules(tight);
    const fired = await monitor.evaluate(new Date(Date.now() + 1_000));
    expect(rulesOf(fired, 'fired')).toEqual(expect.arrayContaining(['budget_model:A', 'budget_model:B']));
    const alert = (await listAlerts(prisma, { rule: 'budget_model:B' }))[0]!;
    expect(alert.message).toMatch(/^Model B spent \$0\.\d{4} on \d+ calls in the last 24 h: \d+ % of its \$0\.0020 budget$/);
    monitor.useRules(rules);
    expect(rulesOf(await monitor.evaluate(new Date(Date.now() + 2_000)), 'resolved')).toEqual(expect.arrayContaining(['budget_model:A', 'budget_model:B']));
  });
});
