import { expect, test } from '@playwright/test';

test('the trace view lists recent requests and shows one as a waterfall', async ({ page, request }) => {
  await request.get('/api/health');
  await page.goto('/traces');
  await expect(page.getByRole('heading', { level: 1, name: 'Traces' })).toBeVisible();
  await page.getByLabel('Filter by name or trace id').fill('GET /api/health');
  const link = page.getByRole('table', { name: 'Recent traces' }).getByRole('link', { name: 'GET /api/health' }).first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/traces\/[0-9a-f]{32}$/);
  const spans = page.getByRole('list', { name: 'Spans, in call order' }).getByRole('button');
  await expect(spans.first()).toContainText('GET /api/health');
  expect(await spans.count()).toBeGreaterThan(2);
  await spans.first().click();
  const details = page.getByRole('region', { name: 'Span details' });
  await expect(details).toContainText('http.route');
  await expect(details).toContainText('/api/health');
  // Client addresses are for admins only.
  await expect(details).not.toContainText('client.address');
});

test('the trace API rejects a malformed id and says when a trace is gone', async ({ request }) => {
  const bad = await request.get('/api/traces/not-a-trace');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.code).toBe('bad_request');
  const missing = await request.get(`/api/traces/${'0'.repeat(31)}1`);
  expect(missing.status()).toBe(404);
  const list = await request.get('/api/traces?limit=1000');
  expect(list.status()).toBe(400);
});
