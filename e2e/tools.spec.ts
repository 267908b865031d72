import { expect, test } from '@playwright/test';
import { E2E_ADMIN_TOKEN } from '../playwright.config';
import { CLS_BUDGET, FOREIGN_TIME_ZONE, watchStability } from './support/page-stability';

test.describe.configure({ timeout: 120_000 });

test('an admin breaks a service, runs a workflow, watches the steps arrive and the fleet recover', async ({ page }) => {
  const consoleLines: string[] = [];
  page.on('console', (m) => consoleLines.push(m.text()));
  await page.request.post('/api/admin/login', { data: { token: E2E_ADMIN_TOKEN } });
  await page.request.delete('/api/faults');

  await page.goto('/tools');
  await expect(page.getByRole('heading', { level: 1, name: 'Tools' })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('built-in simulators');

  const inject = page.getByRole('form', { name: 'Inject a fault' });
  await inject.getByLabel('Service').selectOption('web-ui');
  await inject.getByLabel('Fault').selectOption('bad_deployment');
  await inject.getByRole('button', { name: 'Inject fault' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Injected bad deployment on web-ui' })).toBeVisible();
  const card = page.getByRole('list', { name: 'Services' }).locator('[data-service="web-ui"]');
  await expect(card).not.toHaveAttribute('data-status', 'running');

  await page.getByLabel('Model', { exact: true }).selectOption('A');
  await page.getByLabel('Scenario').selectOption('repair-degraded');
  await page.getByRole('button', { name: 'Run workflow' }).click();
  await expect(page.getByRole('button', { name: 'Running…' })).toBeDisabled();
  await expect(page.getByText(/Working: step \d+/)).toBeVisible();

  const steps = page.getByRole('list', { name: 'Workflow steps' });
  await expect(steps.locator('[data-tool="list_services"]')).toBeVisible();
  await expect(steps.locator('[data-tool="run_diagnostics"]')).toBeVisible();
  await expect(steps.locator('[data-tool="rollback_deployment"]')).toBeVisible({ timeout: 30_000 });

  const result = page.getByRole('region', { name: 'Workflow result' });
  await expect(result).toHaveAttribute('data-status', 'succeeded', { timeout: 60_000 });
  await expect(result).toContainText('web-ui');
  await expect(result).toContainText(/all \d+ running/);
  await expect(card).toHaveAttribute('data-status', 'running', { timeout: 20_000 });

  // The run is in the history and can be reopened.
  const history = page.getByRole('list', { name: 'Recent workflow runs' });
  await expect(history.getByRole('button').first()).toContainText('repair-degraded');
  expect(consoleLines.some((l) => l.startsWith('[Tools] workflow started'))).toBe(true);
  expect(consoleLines.some((l) => l.startsWith('[APIClient] '))).toBe(true);
});

test.describe('first paint', () => {
  test.use({ timezoneId: FOREIGN_TIME_ZONE });

  test('the fleet grid is in the server HTML, and nothing moves while the page loads', async ({ page, request }) => {
    // The page reads the grid on the server: the cards are in the HTML, not fetched after it.
    const html = await (await request.get('/tools')).text();
    expect(html).toContain('aria-label="Services"');
    for (const name of ['web-ui', 'postgres']) expect(html).toContain(`data-service="${name}"`);
    expect(html).not.toContain('Loading the fleet');

    const watch = await watchStability(page);
    await page.goto('/tools', { waitUntil: 'networkidle' });
    const grid = page.getByRole('list', { name: 'Services' });
    await expect(grid.locator('[data-service="web-ui"]')).toBeVisible();
    // Hydrated: the time in the browser's zone, and the meter fills (inline styles, set from script).
    await expect(page.getByTestId('refresh-note')).toContainText(/Updated \d\d:\d\d:\d\d · every 15 s/);
    await expect(grid.locator('.meter__fill').first()).toHaveAttribute('style', /width: \d/);
    const { score, moved } = await watch.layoutShift();
    expect(score, `layout shift of ${moved.join(', ')}`).toBeLessThan(CLS_BUDGET);
    expect(watch.errors, 'no hydration mismatch with the browser in another time zone').toEqual([]);
  });

  test('the fault panel is in the server HTML as the visitor will see it: the form for an admin, the login hint otherwise', async ({ page, playwright, baseURL }) => {
    const visitor = await playwright.request.newContext({ baseURL });
    const anonymous = await (await visitor.get('/tools')).text();
    expect(anonymous).toContain('Faults can be injected by an admin');
    expect(anonymous).not.toContain('aria-label="Inject a fault"');
    await visitor.dispose();

    await page.request.post('/api/admin/login', { data: { token: E2E_ADMIN_TOKEN } });
    const admin = await (await page.request.get('/tools')).text();
    expect(admin).toContain('aria-label="Inject a fault"');
    const watch = await watchStability(page);
    await page.goto('/tools', { waitUntil: 'networkidle' });
    await expect(page.getByRole('form', { name: 'Inject a fault' })).toBeVisible();
    const { score, moved } = await watch.layoutShift();
    expect(score, `layout shift of ${moved.join(', ')}`).toBeLessThan(CLS_BUDGET);
  });
});

test('the logs viewer filters a service by level and text', async ({ page }) => {
  await page.goto('/tools');
  await page.getByLabel('Service', { exact: true }).last().selectOption('postgres');
  const lines = page.getByRole('list', { name: 'Log lines of postgres' });
  await expect(lines.locator('li').first()).toBeVisible();
  await page.getByLabel('Level (and above)').selectOption('error');
  await expect(async () => {
    const levels = await lines.locator('.log-line__level').allTextContents();
    expect(levels.every((l) => l === 'error')).toBe(true);
  }).toPass();
});

test('the workflow API validates input and answers unknown runs with 404', async ({ request }) => {
  const bad = await request.post('/api/workflows', { data: { model: 'C', scenario: 'repair-degraded' } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toContain('model');
  const custom = await request.post('/api/workflows', { data: { model: 'A', scenario: 'custom' } });
  expect(custom.status()).toBe(400);
  expect((await request.get('/api/workflows/not-a-uuid')).status()).toBe(400);
  expect((await request.get('/api/workflows/00000000-0000-4000-8000-000000000000')).status()).toBe(404);

  const run = await request.post('/api/workflows', { data: { model: 'B', scenario: 'health-check' }, headers: { Accept: 'application/json' } });
  expect(run.status()).toBe(201);
  const body = await run.json();
  expect(body.run).toMatchObject({ modelSlot: 'B', scenario: 'health-check', status: 'succeeded' });
  const again = await (await request.get(`/api/workflows/${body.run.id}`)).json();
  expect(again.run.steps.length).toBeGreaterThan(1);
});
