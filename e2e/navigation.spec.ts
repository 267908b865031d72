import { expect, test } from '@playwright/test';
import { E2E_ADMIN_TOKEN } from '../playwright.config';

const PAGES = [
  { label: 'Tools', path: '/tools' },
  { label: 'Chat', path: '/chat' },
  { label: 'Compare', path: '/compare' },
  { label: 'Monitoring', path: '/monitoring' },
  { label: 'Traces', path: '/traces' },
  { label: 'Home', path: '/' },
];

test('the navigation reaches every page and marks the current one', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const { label, path } of PAGES) {
    await nav.getByRole('link', { name: label }).click();
    await expect(page).toHaveURL(path);
    await expect(nav.getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page');
    if (label !== 'Home') await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
  }
});

test('debug is not linked anywhere', async ({ page }) => {
  for (const path of ['/', '/tools', '/chat', '/compare', '/monitoring', '/traces']) {
    await page.goto(path);
    await expect(page.locator('a[href*="debug"]')).toHaveCount(0);
  }
});

test('an admin sees that they are signed in, and signs out from the sidebar', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('health-badge')).toHaveAttribute('data-status', /online|warning/);
  await expect(page.getByTestId('admin-status')).toHaveCount(0);
  expect((await page.request.post('/api/admin/login', { data: { token: E2E_ADMIN_TOKEN } })).status()).toBe(200);
  await page.goto('/tools');
  const status = page.getByTestId('admin-status');
  await expect(status).toContainText('Signed in as admin');
  await status.getByRole('button', { name: 'Sign out' }).click();
  await expect(status).toHaveCount(0);
  expect((await (await page.request.get('/api/session')).json()).session.isAdmin).toBe(false);
  // The server-rendered fault panel follows: the login hint replaces the form.
  await expect(page.locator('a[href="/admin/login?next=/tools"]')).toBeVisible();
});

test.describe('on a phone-sized screen', () => {
  test.use({ viewport: { width: 390, height: 800 } });

  test('the menu button opens the navigation', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav).toBeHidden();
    const toggle = page.getByRole('button', { name: 'Open menu' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(nav).toBeVisible();
    await nav.getByRole('link', { name: 'Chat' }).click();
    await expect(page).toHaveURL('/chat');
    await expect(nav).toBeHidden();
    // Nothing wider than the screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
