import { expect, test } from '@playwright/test';

test.describe.configure({ timeout: 180_000 });

const UNKNOWN = '00000000-0000-4000-8000-000000000404';

test('a run replays from /tools with the other model, and the diff shows where the two part', async ({ page }) => {
  await page.goto('/tools');
  // A finished run of this session to replay (the health check changes nothing on the shared fleet).
  const started = await page.request.post('/api/workflows', { data: { model: 'A', scenario: 'health-check' }, headers: { Accept: 'application/json' } });
  expect(started.status()).toBe(201);
  const { run } = (await started.json()) as { run: { id: string; status: string } };
  expect(run.status).toBe('succeeded');

  await page.reload();
  const history = page.getByRole('list', { name: 'Recent workflow runs' });
  await history.getByRole('button').first().click();
  await expect(page.getByRole('region', { name: 'Workflow result' })).toHaveAttribute('data-status', 'succeeded');

  const replay = page.getByRole('form', { name: 'Replay this run' });
  await replay.getByLabel('Replay with').selectOption('B');
  await replay.getByLabel('Mode').selectOption('recorded');
  await replay.getByRole('button', { name: 'Replay' }).click();
  await expect(page.getByText(/Replay of run [0-9a-f]{8} \(recorded\)/)).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Diff with the original' }).click();

  const diff = page.getByTestId('run-diff');
  await expect(diff.getByTestId('diff-summary')).toHaveText(/^[A-Z].+ (succeeded|failed|error|cancelled)\.$/);
  const table = diff.getByRole('table', { name: 'Runs side by side' });
  await expect(table.getByRole('columnheader', { name: /Model A/ })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: /Model B/ })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'list_services' }).first()).toBeVisible();
  // The replay is stored, linked to its original.
  const runs = (await (await page.request.get('/api/workflows?limit=5')).json()) as { runs: Array<{ replayOf?: string; replayMode?: string; modelSlot: string }> };
  expect(runs.runs.find((r) => r.replayOf === run.id)).toMatchObject({ replayMode: 'recorded', modelSlot: 'B' });
});

test('replay, diff and experiments refuse bad input with a JSON error', async ({ request }) => {
  const notFound = await request.post(`/api/workflows/${UNKNOWN}/replay`, { data: { model: 'A', mode: 'recorded' }, headers: { Accept: 'application/json' } });
  expect(notFound.status()).toBe(404);
  expect(await notFound.json()).toMatchObject({ error: { code: 'not_found' } });
  expect((await request.post(`/api/workflows/${UNKNOWN}/replay`, { data: { model: 'C' } })).status()).toBe(400);
  expect((await request.get(`/api/workflows/${UNKNOWN}/diff/${UNKNOWN}`)).status()).toBe(404);
  expect((await request.get(`/api/workflows/not-a-uuid/diff/${UNKNOWN}`)).status()).toBe(400);

  const tooMany = await request.post('/api/experiments/sets', { data: { name: 'big', questions: Array.from({ length: 51 }, (_, i) => ({ text: `Question number ${i}?` })) } });
  expect(tooMany.status()).toBe(400);
  expect(JSON.stringify(await tooMany.json())).toContain('at most 50 questions');
  const empty = await request.post('/api/experiments/sets', { data: { name: 'x', questions: [{ text: '  ' }] } });
  expect(empty.status()).toBe(400);
  const oversized = await request.post('/api/experiments/sets', { data: { name: 'x', questions: [{ text: 'x'.repeat(501) }] } });
  expect(oversized.status()).toBe(400);
  expect((await request.get(`/api/experiments/sets/${UNKNOWN}`)).status()).toBe(404);
  expect((await request.get(`/api/experiments/runs/${UNKNOWN}`)).status()).toBe(404);
  expect((await request.post('/api/experiments/runs', { data: { setId: UNKNOWN } })).status()).toBe(404);
});

test('an experiment of three questions runs against both models from /compare, survives a reload, and is compared with the previous run', async ({ page }) => {
  await page.goto('/compare');
  const panel = page.getByRole('region', { name: 'Experiments' }).or(page.locator('section[aria-labelledby="exp-h"]'));
  await expect(panel.getByRole('heading', { name: 'Experiments' })).toBeVisible();
  const questions = panel.getByRole('list', { name: 'Questions' });
  await expect(questions.getByRole('listitem')).toHaveCount(3);
  await panel.getByLabel('Set name').fill(`E2E set ${Date.now()}`);

  await panel.getByRole('button', { name: 'Save and run against A and B' }).click();
  const run = panel.getByTestId('experiment-run');
  await expect(run).toHaveAttribute('data-status', 'succeeded', { timeout: 90_000 });
  const results = panel.getByRole('table', { name: 'Experiment results' });
  await expect(results.getByRole('row')).toHaveCount(1 + 3 + 1);
  for (const verdict of await results.locator('td[data-verdict]').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-verdict')))) {
    expect(['grounded', 'unverified', 'hallucination']).toContain(verdict);
  }
  await expect(panel.getByTestId('experiment-totals')).toContainText('grounded');
  await expect(panel.getByTestId('experiment-first')).toBeVisible();

  // The second run of the set: the page reloads while it runs and picks it up again.
  const posted = page.waitForResponse((r) => r.url().endsWith('/api/experiments/runs') && r.request().method() === 'POST');
  await panel.getByRole('button', { name: 'Save and run against A and B' }).click();
  expect((await posted).status()).toBe(202);
  await page.reload();
  const again = page.getByTestId('experiment-run');
  await expect(again).toHaveAttribute('data-status', 'succeeded', { timeout: 90_000 });
  const comparison = page.getByTestId('experiment-comparison');
  await expect(comparison).toContainText(/\d+ better, \d+ worse, \d+ the same/);
});
