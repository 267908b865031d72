import { expect, test } from '@playwright/test';
import { E2E_ADMIN_TOKEN } from '../playwright.config';

test('the login page refuses a wrong token and accepts the right one', async ({ page }) => {
  await page.goto('/admin/login?next=/monitoring');
  const field = page.getByLabel('Admin token');
  await field.fill('definitely-wrong');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.locator('#login-error')).toHaveText('That admin token is not valid.');
  await expect(field).toHaveAttribute('aria-invalid', 'true');

  await field.fill(E2E_ADMIN_TOKEN);
  await field.press('Enter');
  await expect(page).toHaveURL('/monitoring');
  const session = await page.request.get('/api/session');
  expect((await session.json()).session.isAdmin).toBe(true);
});

test('the login page never redirects to another site', async ({ page }) => {
  await page.goto('/admin/login?next=//evil.example/');
  await page.getByLabel('Admin token').fill(E2E_ADMIN_TOKEN);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL('/');
});
