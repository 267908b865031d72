import { expect } from '@playwright/test';
import { testWithOwnServer } from './support/own-server';
import { CLS_BUDGET, FOREIGN_TIME_ZONE, watchStability } from './support/page-stability';

// Workflows and model answers are slow requests (seconds): on the shared e2e
// server they would push its p95 over the health thresholds for the specs that
// follow and expect "online". These run on a server of their own.
const test = testWithOwnServer('cmp', { ADMIN_TOKEN: 'compare-spec-admin-token-0123456789' });
test.describe.configure({ mode: 'serial', timeout: 120_000 });

interface Report {
  models: Record<'A' | 'B', { workflows: { runs: number; successRatePct: number | null; latencyP95Ms: number | null; avgToolCalls: number | null }; calls: { calls: number } }>;
  series: Array<{ A_runs: number; B_runs: number }>;
  verdicts: Array<{ figure: string; status: string; samples: Record<'A' | 'B', number>; sentence: string }>;
}

test('a workflow with each model through the API shows up for both models in the tables and charts', async ({ page, request }) => {
  const before = (await (await request.get('/api/compare?range=15m')).json()) as Report;
  // A fresh server: nothing to compare yet, and the page says how to get data.
  expect(before.models.A.workflows.runs + before.models.B.workflows.runs).toBe(0);
  await page.goto('/compare');
  await expect(page.getByTestId('compare-empty')).toContainText('run a workflow with Model A and one with');
  await expect(page.getByTestId('compare-charts')).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Model call figures' }).getByRole('row', { name: /^Hallucination rate/ })).toContainText('no checks yet');

  for (const model of ['A', 'B'] as const) {
    const answer = await request.post('/api/workflows', { headers: { Accept: 'application/json' }, data: { model, scenario: 'health-check' } });
    expect(answer.status()).toBe(201);
    expect((await answer.json()).run).toMatchObject({ modelSlot: model, status: 'succeeded' });
  }
  const after = (await (await request.get('/api/compare?range=15m')).json()) as Report;
  for (const slot of ['A', 'B'] as const) {
    expect(after.models[slot].workflows.runs).toBe(before.models[slot].workflows.runs + 1);
    expect(after.models[slot].workflows.latencyP95Ms).toBeGreaterThan(0);
    expect(after.models[slot].workflows.avgToolCalls).toBeGreaterThan(0);
    expect(after.models[slot].calls.calls).toBeGreaterThan(before.models[slot].calls.calls);
  }
  expect(after.series.reduce((n, p) => n + p.A_runs + p.B_runs, 0)).toBe(after.models.A.workflows.runs + after.models.B.workflows.runs);
  // One run each is no basis for a verdict: every figure says so, with the counts.
  expect(after.verdicts.map((v) => v.figure)).toEqual(['success_rate', 'hallucination_rate', 'latency_p50', 'latency_p95', 'tokens_per_workflow', 'cost_per_workflow', 'cost_per_answer']);
  const success = after.verdicts.find((v) => v.figure === 'success_rate')!;
  expect(success).toMatchObject({ status: 'too_few', samples: { A: 1, B: 1 } });
  expect(success.sentence).toBe('Too few runs to compare success rates yet (1 vs 1 runs; at least 5 each are needed).');

  const lines: string[] = [];
  page.on('console', (m) => lines.push(m.text()));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare' })).toBeVisible();
  await page.getByText('15 min', { exact: true }).click();
  const table = page.getByRole('table', { name: 'Workflow figures' });
  const runsRow = table.getByRole('row', { name: /^Workflows/ });
  await expect(runsRow.locator('td[data-slot="A"]')).toHaveText(String(after.models.A.workflows.runs));
  await expect(runsRow.locator('td[data-slot="B"]')).toHaveText(String(after.models.B.workflows.runs));
  await expect(table.getByRole('row', { name: /^Latency p95/ }).locator('td[data-slot="B"]')).toHaveText(/\d+ (ms|s)/);
  await expect(page.getByTestId('compare-empty')).toHaveCount(0);
  const verdicts = page.getByRole('region', { name: 'Is Model B really different?' });
  await expect(verdicts.locator('li[data-figure="success_rate"]')).toContainText('too few samples');
  await expect(verdicts.locator('li[data-figure="success_rate"]')).toContainText(success.sentence);
  await expect(verdicts.locator('li[data-figure="cost_per_workflow"]')).toContainText('Too few runs to compare costs per workflow yet (1 vs 1 runs; at least 10 each are needed).');
  await expect(verdicts.getByRole('listitem')).toHaveCount(7);
  const charts = page.getByTestId('compare-charts');
  await expect(charts.getByRole('figure', { name: 'Workflow latency over time (ms)' })).toBeVisible();
  // A point per model in the latency and success charts (one bucket holds both runs), bars per model.
  await expect(charts.getByRole('figure', { name: 'Workflow latency over time (ms)' }).locator('.recharts-line-dot')).not.toHaveCount(0);
  await expect(charts.getByRole('figure', { name: 'Per workflow: tool calls, tokens, cost' }).locator('.recharts-bar-rectangle')).not.toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Model call figures' }).getByRole('row', { name: /^Hallucination rate/ })).toContainText('no checks yet');
  expect(lines.some((l) => l.startsWith('[Comparison] Metrics data:'))).toBe(true);
});

test.describe('first paint', () => {
  test.use({ timezoneId: FOREIGN_TIME_ZONE });

  test('the comparison is in the server HTML, and nothing moves when the charts arrive', async ({ page, request }) => {
    // The runs of the test above are within the range the page opens with (1 h), read on the server.
    const html = await (await request.get('/compare')).text();
    expect(html).toContain('aria-label="Workflow figures"');
    expect(html).toContain('aria-label="Model call figures"');
    expect(html).toContain('data-testid="compare-charts"');
    expect(html).not.toContain('Loading the comparison');
    expect(html).not.toContain('data-testid="compare-empty"');

    const watch = await watchStability(page);
    await page.goto('/compare', { waitUntil: 'networkidle' });
    // recharts arrives after the page (next/dynamic) and fills boxes of fixed height.
    const charts = page.getByTestId('compare-charts');
    await expect(charts.getByRole('figure', { name: 'Per workflow: tool calls, tokens, cost' }).locator('.recharts-bar-rectangle')).not.toHaveCount(0);
    await expect(charts.getByRole('figure', { name: 'Workflow latency over time (ms)' }).locator('.recharts-line-dot')).not.toHaveCount(0);
    await expect(page.getByTestId('refresh-note')).toContainText(/Updated \d\d:\d\d:\d\d/);
    await expect(page.getByRole('region', { name: 'Every model call since the server started' })).toContainText(/since \d\d\/\d\d\/\d{4}, \d\d:\d\d:\d\d\. \S/);
    const { score, moved } = await watch.layoutShift();
    expect(score, `layout shift of ${moved.join(', ')}`).toBeLessThan(CLS_BUDGET);
    expect(watch.errors, 'no hydration mismatch with the browser in another time zone').toEqual([]);
  });
});

test('ask both: one question, two answers side by side with latency, tokens and cost', async ({ page }) => {
  await page.goto('/compare');
  const form = page.getByRole('form', { name: 'Ask both models' });
  await form.getByRole('textbox', { name: 'Question' }).fill('Which services need attention right now?');
  await form.getByRole('button', { name: 'Ask both' }).click();
  const answers = page.getByRole('region', { name: 'Answers' });
  for (const slot of ['A', 'B']) {
    const answer = answers.getByRole('article', { name: `Answer of Model ${slot}` });
    await expect(answer.getByTestId('answer-text')).toContainText(/services/i, { timeout: 30_000 });
    await expect(answer.getByTestId('answer-latency')).toHaveText(/\d+ (ms|s)/);
    await expect(answer).toContainText(/Tokens\s*\d[\d,]* in \/ \d+ out/);
    await expect(answer).toContainText('list_services');
    // Each answer is checked like a chat answer: its verdict badge opens to the explanation.
    await expect(answer).toHaveAttribute('data-verdict', /^(grounded|unverified|hallucination)$/);
    await answer.locator('summary').click();
    await expect(answer).toContainText(/Checked \d+ claims? by rule/);
  }
});

test('ask both: an invented action is caught for the model that claims it, and counted in its hallucination rate', async ({ request }) => {
  const before = (await (await request.get('/api/compare?range=15m')).json()).models;
  const res = await request.post('/api/compare/ask', { data: { prompt: 'Please restart web-ui.' } });
  expect(res.status()).toBe(200);
  const { answers } = (await res.json()) as { answers: { slot: string; text: string; grounding?: { verdict: string; findings: { kind: string }[] } }[] };
  const bySlot = Object.fromEntries(answers.map((a) => [a.slot, a]));
  // Model B (the careless persona) claims a restart it could not do: only read-only tools are offered.
  expect(bySlot.B!.text).toContain('I restarted web-ui');
  expect(bySlot.B!.grounding!.verdict).toBe('hallucination');
  expect(bySlot.B!.grounding!.findings.map((f) => f.kind)).toContain('unperformed_action');
  expect(bySlot.A!.grounding!.verdict).not.toBe('hallucination');
  const after = (await (await request.get('/api/compare?range=15m')).json()).models;
  expect(after.B.calls.hallucinationChecks).toBe(before.B.calls.hallucinationChecks + 1);
  expect(after.A.calls.hallucinationChecks).toBe(before.A.calls.hallucinationChecks + 1);
  expect(after.B.calls.hallucinationRatePct).toBeGreaterThan(0);
});

test('the compare API validates its input', async ({ request }) => {
  const badRange = await request.get('/api/compare?range=1y');
  expect(badRange.status()).toBe(400);
  expect((await badRange.json()).error.code).toBe('bad_request');
  for (const data of [{}, { prompt: '' }, { prompt: 'x'.repeat(2001) }, { prompt: 'ok?', model: 'A' }]) {
    const answer = await request.post('/api/compare/ask', { data });
    expect(answer.status(), JSON.stringify(data)).toBe(400);
  }
  expect((await request.get('/api/compare/ask')).status()).toBe(405);
});
