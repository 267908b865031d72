import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { spawnServer, waitReady, type ServerProcess } from './support/server-process';

// Its own server: Model B's burnt objectives and the budget alerts must not reach the shared
// server's health, and the rules run every second here, the spend rollups are written every second.
const ADMIN_TOKEN = 'objectives-spec-admin-token-3';
const admin = { Authorization: `Bearer ${ADMIN_TOKEN}` };
let server: ServerProcess;
let dataDir: string;
let receiver: http.Server;
const hooks: { event: string; alert: { rule: string; message: string } }[] = [];

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      hooks.push(JSON.parse(body));
      res.end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'aimon-objectives-'));
  server = await spawnServer({
    AIMON_DATA_DIR: dataDir,
    ADMIN_TOKEN,
    LOG_LEVEL: 'warn',
    AIMON_SIM_LATENCY_SCALE: '0',
    AIMON_SIM_SEED: '42',
    MONITORING_WARMUP_SEC: '0',
    MONITORING_EVAL_INTERVAL_MS: '1000',
    MONITORING_ROLLUP_INTERVAL_MS: '1000',
    ALERT_WEBHOOK_URL: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`,
    RATE_LIMIT_READ_PER_MIN: '100000',
    RATE_LIMIT_CHAT_PER_MIN: '10000',
    RATE_LIMIT_EXPENSIVE_PER_MIN: '10000',
  });
  expect((await waitReady(server, 150_000)).status).toBe(200);
});

test.afterAll(async () => {
  await server?.stop();
  await new Promise((r) => receiver?.close(r));
  rmSync(dataDir, { recursive: true, force: true });
});

test('objectives and budgets are configured in the alert-rules API: validated, audited', async ({ request }) => {
  const base = server.url;
  const rules = await (await request.get(`${base}/api/admin/alert-rules`, { headers: admin })).json();
  expect(rules.defaults.objectives).toMatchObject({ workflowSuccessPct: 90, hallucinationMaxPct: 10, fastBurnRate: 5, slowBurnRate: 2 });
  expect(rules.defaults.budgets).toMatchObject({ sessionUsd: 0.5, sessionWindowMin: 60, modelUsd: 5, modelWindowHours: 24, refuseOverBudget: false });
  // The request SLO's 14.4× can never be reached by a 90 % objective (every run failing burns at 10×).
  const unreachable = await request.put(`${base}/api/admin/alert-rules`, { headers: admin, data: { objectives: { fastBurnRate: 14.4 } } });
  expect(unreachable.status()).toBe(400);
  expect((await unreachable.json()).error).toMatchObject({ code: 'bad_request', message: expect.stringContaining('objectives.fastBurnRate') });
  expect((await request.put(`${base}/api/admin/alert-rules`, { headers: admin, data: { budgets: { sessionUsd: -1 } } })).status()).toBe(400);
  // A budget a few answers of Model B cross; alerting only for now.
  const changed = await request.put(`${base}/api/admin/alert-rules`, { headers: admin, data: { budgets: { sessionUsd: 0.002 } } });
  expect((await changed.json()).rules.budgets).toMatchObject({ sessionUsd: 0.002, refuseOverBudget: false });
  const audit = await (await request.get(`${base}/api/admin/audit?action=alert_rules.update`, { headers: admin })).json();
  expect(audit.entries[0].details.after.budgets.sessionUsd).toBe(0.002);
});

test('a scripted run of Model B fires its objective alert (webhook too) and names its session over budget; /monitoring shows objectives, budgets and top spenders', async ({ page, request }) => {
  const base = server.url;
  const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/traffic/model-b.ts', '--base', base, '--token', ADMIN_TOKEN, '--answers', '12', '--workflows', '1'], { timeout: 120_000 });
  expect(stdout).toMatch(/answer hallucination×\d+/);

  const open = async () => ((await (await request.get(`${base}/api/alerts?state=open`)).json()) as { alerts: { rule: string; title: string; message: string }[] }).alerts;
  await expect.poll(async () => (await open()).map((a) => a.rule), { timeout: 20_000 }).toEqual(expect.arrayContaining(['objective_hallucination_fast_burn:B', 'objective_hallucination_slow_burn:B']));
  const alerts = await open();
  expect(alerts.find((a) => a.rule === 'objective_hallucination_fast_burn:B')!.message).toMatch(/^Model B hallucinated in \d+ % of 1[0-2] checked answers in the last 5m, against the ≤ 10 % hallucination objective/);
  await expect.poll(async () => (await open()).filter((a) => a.rule.startsWith('budget_session:')).length, { timeout: 20_000 }).toBe(1);
  const budgetAlert = (await open()).find((a) => a.rule.startsWith('budget_session:'))!;
  expect(budgetAlert.message).toMatch(/^Session [0-9a-f-]{12} spent \$0\.\d{4} on \d+ model calls in the last 1 h: \d+ % of its \$0\.0020 budget$/);
  await expect.poll(() => hooks.filter((h) => h.event === 'alert.fired').map((h) => h.alert.rule), { timeout: 10_000 }).toEqual(expect.arrayContaining(['objective_hallucination_fast_burn:B', budgetAlert.rule]));

  await page.goto(`${base}/monitoring`);
  const panel = page.getByTestId('objectives-panel');
  await expect(panel.getByRole('heading', { name: 'Objectives and budgets' })).toBeVisible();
  await expect(panel.locator('tr[data-objective="request_slo"]')).toContainText('99.5 % available');
  const hallucinations = panel.locator('tr[data-model="B"][data-objective="hallucination"]');
  await expect(hallucinations).toHaveAttribute('data-alert', 'firing');
  await expect(hallucinations).toContainText('≤ 10 % of checked answers hallucinate');
  await expect(hallucinations.getByTestId('budget-left')).toContainText('overspent');
  await expect(panel.locator('tr[data-model="A"][data-objective="workflow_success"]')).toContainText('no data');
  await expect(panel.getByTestId('budgets-summary')).toContainText('$0.0020 per session per 1 h, $5.00 per model per 24 h');
  await expect(panel.getByTestId('budgets-summary')).toContainText('1 session(s) over budget now');
  await expect(panel.locator('tr[data-spender="session"][data-over="true"]')).toHaveCount(1);
  await expect(panel.locator('tr[data-spender="model"][data-subject="B"]')).toContainText(/\$0\.\d{4}/);
  await expect(page.getByTestId('alert-objective_hallucination_fast_burn:B')).toContainText('Model B: hallucination budget burning fast');
});

test('with refusal on, a session over its budget is refused new chat answers with a 429 that says why and when it resets', async ({ request }) => {
  const base = server.url;
  // This request context is a browser session of its own: its answers cross the $0.002 budget.
  for (let i = 0; i < 6; i += 1) expect((await request.post(`${base}/api/chat`, { data: { model: 'A', message: 'How many services are running?' } })).status()).toBe(201);
  expect((await request.put(`${base}/api/admin/alert-rules`, { headers: admin, data: { budgets: { refuseOverBudget: true } } })).status()).toBe(200);
  await expect
    .poll(async () => (await request.post(`${base}/api/chat`, { data: { model: 'A', message: 'Is redis healthy?' } })).status(), { timeout: 10_000 })
    .toBe(429);
  const refused = await request.post(`${base}/api/workflows`, { headers: { accept: 'application/json' }, data: { model: 'B', scenario: 'health-check' } });
  expect(refused.status()).toBe(429);
  const retryAfter = Number(refused.headers()['retry-after']);
  const body = await refused.json();
  expect(body.error).toMatchObject({ code: 'budget_exceeded', details: { budgetUsd: 0.002, windowMin: 60, retryAfterSec: retryAfter } });
  expect(body.error.message).toMatch(/^This session has spent \$\d+\.\d{2,4} on model calls in the last 1 h, at or over its budget of \$0\.0020: new workflows, replays, experiments, chat and ask-both answers are refused until \d\d:\d\d:\d\d UTC \(in \d+ min\)/);
  expect(Date.parse(body.error.details.resetsAt) - Date.now()).toBeGreaterThan(55 * 60_000);
  expect((await request.post(`${base}/api/compare/ask`, { data: { prompt: 'How many services are running?' } })).status()).toBe(429);
  // Refusal off again: the same session is served.
  expect((await request.put(`${base}/api/admin/alert-rules`, { headers: admin, data: { budgets: { refuseOverBudget: false } } })).status()).toBe(200);
  await expect.poll(async () => (await request.post(`${base}/api/chat`, { data: { model: 'A', message: 'Is redis healthy?' } })).status(), { timeout: 10_000 }).toBe(201);
});

test('/compare says in a sentence that Model B hallucinates more often, from the stored answers', async ({ page, request }) => {
  const base = server.url;
  for (const message of ['What is the status of payment-gateway-0?', 'Who deployed web-ui 2 days ago?', 'Please restart web-ui now (ticket 0).', 'What is the status of payment-gateway-1?', 'Who deployed web-ui 3 days ago?', 'Please restart web-ui now (ticket 1).']) {
    expect((await request.post(`${base}/api/chat`, { data: { model: 'A', message } })).status()).toBe(201);
  }
  const report = await (await request.get(`${base}/api/compare?range=15m`)).json();
  const verdict = (report.verdicts as { figure: string; status: string; sentence: string; winner: string | null }[]).find((v) => v.figure === 'hallucination_rate')!;
  expect(verdict).toMatchObject({ status: 'different', winner: 'A' });
  expect(verdict.sentence).toMatch(/^Model B hallucinates more often \(\d+ % vs \d+ %, \+\d+ points, 95 % CI \+\d+ to \+\d+ points, \d+ vs 12 checked answers\)\.$/);
  await page.goto(`${base}/compare`);
  await page.getByText('15 min', { exact: true }).click();
  await expect(page.getByRole('region', { name: 'Is Model B really different?' }).locator('li[data-figure="hallucination_rate"]')).toContainText(verdict.sentence.slice(0, 40));
});
