import { expect, test } from '@playwright/test';

test.describe('home page', () => {
  test('explains the demo with a diagram, cards, details and the tool list', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle(/AIMon/);
    await expect(page.getByRole('heading', { level: 1, name: 'See AI agents at work' })).toBeVisible();

    const diagram = page.getByRole('img', { name: 'AIMon architecture' });
    await expect(diagram).toBeVisible();
    await expect(diagram.locator('rect')).toHaveCount(9);

    for (const name of ['Tools', 'Chat', 'Compare', 'Monitoring']) {
      await expect(page.locator('main').getByRole('link', { name: new RegExp(name) })).toBeVisible();
    }

    const tools = page.getByRole('table', { name: 'MCP tools the agent can use' });
    await expect(tools.locator('tbody tr')).toHaveCount(10);
    await expect(tools).toContainText('restart_service');
    await expect(tools).toContainText('changes the fleet');

    const details = page.locator('details.disclosure');
    await expect(details.getByText('Prisma 7 over PostgreSQL')).toBeHidden();
    await details.getByText('Technical details').click();
    await expect(details.getByText(/Prisma 7 over PostgreSQL/)).toBeVisible();
  });

  test('uses the dark theme', async ({ page }) => {
    await page.goto('/');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(100);
  });

  test('is keyboard accessible: skip link first, then the navigation', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#content')).toBeFocused();
  });
});
