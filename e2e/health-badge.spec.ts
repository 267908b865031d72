import { expect, test } from '@playwright/test';

test('the badge shows the live health and uptime', async ({ page }) => {
  await page.goto('/');
  const badge = page.getByTestId('health-badge');
  await expect(badge).toHaveAttribute('data-status', 'online');
  await expect(badge).toHaveText(/^Online, uptime \d+(s|m \d+s|h \d+m)$/);
});

test('the badge polls every 30 s and shows a degraded state with its reason', async ({ page }) => {
  await page.clock.install();
  let calls = 0;
  let degraded = false;
  await page.route('**/api/health', async (route) => {
    calls += 1;
    if (!degraded) return route.continue();
    return route.fulfill({
      json: {
        status: 'degraded',
        summary: 'database unreachable',
        reasons: ['database: PostgreSQL: database unreachable: connection refused at db:5432/aimon'],
        version: '0.1.0',
        startedAt: new Date().toISOString(),
        uptimeSec: 8100,
        components: {},
      },
    });
  });
  await page.goto('/');
  const badge = page.getByTestId('health-badge');
  await expect(badge).toHaveAttribute('data-status', 'online');
  const before = calls;

  degraded = true;
  await page.clock.fastForward(29_000);
  await expect(badge).toHaveAttribute('data-status', 'online');
  await page.clock.fastForward(2_000);
  await expect(badge).toHaveText('Degraded: database unreachable');
  expect(calls).toBe(before + 1);
});

test('the badge says so when the server cannot be reached', async ({ page }) => {
  await page.route('**/api/health', (route) => route.abort('connectionrefused'));
  await page.goto('/');
  await expect(page.getByTestId('health-badge')).toHaveText('Offline: cannot reach the server', { timeout: 15_000 });
});

test('after a chaos run the badge says it is recovering and counts down, then asks again when the time is up', async ({ page }) => {
  await page.clock.install();
  let calls = 0;
  await page.route('**/api/health', async (route) => {
    calls += 1;
    if (calls > 1) return route.continue();
    return route.fulfill({
      json: {
        status: 'degraded',
        summary: 'error rate 40 % (over 5 %)',
        reasons: ['requests: error rate 40 % (over 5 %)'],
        version: '0.1.0',
        startedAt: new Date().toISOString(),
        uptimeSec: 600,
        components: {},
        recovery: { cause: 'chaos test ended', remainingSec: 20 },
      },
    });
  });
  await page.goto('/');
  const badge = page.getByTestId('health-badge');
  await expect(badge).toHaveAttribute('data-recovering', 'true');
  // The page clock runs on in real time between the steps (a loaded machine adds seconds): compare, do not pin.
  const left = async () => Number(/^Recovering: chaos test ended; normal in (\d+)s$/.exec((await badge.textContent()) ?? '')?.[1]);
  const first = await left();
  expect(first).toBeGreaterThan(10);
  expect(first).toBeLessThanOrEqual(20);
  await page.clock.fastForward(10_000);
  await expect.poll(left).toBeLessThanOrEqual(first - 10);
  expect(calls).toBe(1);
  // Polled again once the recovery is due (21 s after the first answer), not at the usual 30 s.
  await page.clock.fastForward(12_000);
  await expect(badge).toHaveAttribute('data-status', 'online');
  expect(calls).toBe(2);
});
