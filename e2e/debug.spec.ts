import { expect, test, type Page } from '@playwright/test';
import { E2E_ADMIN_TOKEN } from '../playwright.config';

async function logIn(page: Page) {
  await page.goto('/admin/login?next=/debug');
  await page.getByLabel('Admin token').fill(E2E_ADMIN_TOKEN);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL('/debug');
}

test.describe('the debug page', () => {
  test('refuses a non-admin: the page sends them to the login, the API answers 401', async ({ page, request }) => {
    await page.goto('/debug');
    await expect(page).toHaveURL('/admin/login?next=/debug');
    await expect(page.getByRole('heading', { level: 1, name: 'Admin login' })).toBeVisible();
    const call = await request.post('/api/debug/call', { data: { tool: 'list_services', args: {} } });
    expect(call.status()).toBe(401);
  });

  test('lists every tool with its schema, runs one and shows the raw result and time', async ({ page }) => {
    await logIn(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Debug: MCP tools' })).toBeVisible();
    const cards = page.locator('section.debug-tool');
    await expect(cards).toHaveCount(10);

    const status = page.locator('section[data-tool="get_service_status"]');
    await expect(status).toContainText('Status, health, CPU, memory, uptime and active faults of one service.');
    await status.getByText('Input schema').click();
    await expect(status.locator('pre.code-block')).toContainText('"service"');
    const args = status.getByLabel('Arguments (JSON)');
    await expect(args).toHaveValue(/"service": "model-a"/);
    await args.fill('{ "service": "postgres" }');
    await status.getByRole('button', { name: 'Call get_service_status' }).click();
    const result = status.locator('.debug-result');
    await expect(result).toHaveAttribute('data-verdict', 'OK');
    await expect(result).toContainText(/in \d+(\.\d+)? ms/);
    // The tool's JSON, parsed and indented; the MCP answer as it came (JSON in a string) one toggle away.
    await expect(result.getByLabel('Result of get_service_status')).toContainText('"name": "postgres"');
    await result.getByLabel('Show the raw MCP answer').check();
    await expect(result.getByLabel('Raw result of get_service_status')).toContainText('\\"name\\": \\"postgres\\"');
  });

  test('shows bad JSON before calling, and a tool error after', async ({ page }) => {
    await logIn(page);
    const scale = page.locator('section[data-tool="scale_service"]');
    await expect(scale.getByLabel('Arguments (JSON)')).toHaveValue(/"replicas": 1/);
    await scale.getByLabel('Arguments (JSON)').fill('{ service: redis }');
    await scale.getByRole('button', { name: 'Call scale_service' }).click();
    await expect(scale.getByRole('alert')).toContainText('not valid JSON');
    await expect(scale.getByLabel('Arguments (JSON)')).toHaveAttribute('aria-invalid', 'true');

    await scale.getByLabel('Arguments (JSON)').fill('{ "service": "redis", "replicas": 99 }');
    await scale.getByRole('button', { name: 'Call scale_service' }).click();
    await expect(scale.locator('.debug-result')).toHaveAttribute('data-verdict', 'Tool error');
    await expect(scale.locator('.debug-result')).toContainText('Input validation error');
  });

  test('a tool that changes the fleet shows its effect in the fleet status', async ({ page }) => {
    await logIn(page);
    const grid = page.getByRole('table', { name: 'Fleet status' });
    await expect(grid.locator('tbody tr')).toHaveCount(8);
    await expect(grid.locator('tr[data-service="model-b"]')).toContainText('running');
    const restart = page.locator('section[data-tool="restart_service"]');
    await expect(restart).toContainText('changes the fleet (destructive)');
    await restart.getByLabel('Arguments (JSON)').fill('{ "service": "model-b" }');
    await restart.getByRole('button', { name: 'Call restart_service' }).click();
    await expect(restart.locator('.debug-result')).toHaveAttribute('data-verdict', 'OK');
    await expect(grid.locator('tr[data-service="model-b"]')).toContainText('restarting');
    await expect(grid.locator('tr[data-service="model-b"]')).toContainText('restart in progress');
  });

  test('works from the keyboard', async ({ page }) => {
    await logIn(page);
    const list = page.locator('section[data-tool="list_services"]');
    await list.getByLabel('Arguments (JSON)').focus();
    await page.keyboard.press('Tab');
    await expect(list.getByRole('button', { name: 'Call list_services' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(list.locator('.debug-result')).toHaveAttribute('data-verdict', 'OK');
  });

  test.describe('on a phone-sized screen', () => {
    test.use({ viewport: { width: 390, height: 800 } });
    test('fits the width', async ({ page }) => {
      await logIn(page);
      await expect(page.locator('section.debug-tool')).toHaveCount(10);
      // Measure with the widest content loaded: the fleet table and a result.
      await expect(page.getByRole('table', { name: 'Fleet status' }).locator('tbody tr')).toHaveCount(8);
      const list = page.locator('section[data-tool="list_services"]');
      await list.getByRole('button', { name: 'Call list_services' }).click();
      await expect(list.locator('.debug-result')).toHaveAttribute('data-verdict', 'OK');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
});
