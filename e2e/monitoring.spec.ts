import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { CLS_BUDGET, FOREIGN_TIME_ZONE, watchStability } from './support/page-stability';
import { spawnServer, waitReady, type ServerProcess } from './support/server-process';

// Its own server: the chaos switch and the alerts it causes must not leak into
// other specs (which expect a healthy app), and rules run every second here.
const ADMIN_TOKEN = 'monitoring-spec-admin-token-7';
let server: ServerProcess;
let dataDir: string;

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'aimon-mon-'));
  server = await spawnServer({
    AIMON_DATA_DIR: dataDir,
    ADMIN_TOKEN,
    LOG_LEVEL: 'warn',
    MONITORING_WARMUP_SEC: '0',
    MONITORING_EVAL_INTERVAL_MS: '1000',
  });
  // Ready, not just answering: a fresh PGlite on a busy machine can still be migrating at the first answer.
  expect((await waitReady(server, 110_000)).status).toBe(200);
});

test.afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const admin = { Authorization: `Bearer ${ADMIN_TOKEN}` };

test('the API validates, requires admin for changes and answers JSON errors', async ({ request }) => {
  const base = server.url;
  const metrics = await (await request.get(`${base}/api/metrics`)).json();
  expect(metrics).toMatchObject({ summary: { total_requests: expect.any(Number) }, errors: { recent_5xx: expect.any(Number) }, performance: {} });
  expect((await request.get(`${base}/api/metrics?window=2d`)).status()).toBe(400);

  const chaosAnon = await request.post(`${base}/api/chaos`, { data: { kind: 'errors', durationSec: 5 } });
  expect(chaosAnon.status()).toBe(401);
  const chaosBad = await request.post(`${base}/api/chaos`, { headers: admin, data: { kind: 'fire', durationSec: 5 } });
  expect(chaosBad.status()).toBe(400);
  expect((await chaosBad.json()).error.code).toBe('bad_request');
  const tooLong = await request.post(`${base}/api/chaos`, { headers: admin, data: { kind: 'errors', durationSec: 100_000 } });
  expect(tooLong.status()).toBe(400);

  expect((await request.get(`${base}/api/admin/alert-rules`)).status()).toBe(401);
  const rules = await (await request.get(`${base}/api/admin/alert-rules`, { headers: admin })).json();
  expect(rules.rules.errorRate).toMatchObject({ thresholdPct: 5, windowSec: 60 });
  const invalid = await request.put(`${base}/api/admin/alert-rules`, { headers: admin, data: { resources: { warnPct: 95, criticalPct: 90 } } });
  expect(invalid.status()).toBe(400);
  expect((await invalid.json()).error.message).toContain('criticalPct');
  const changed = await request.put(`${base}/api/admin/alert-rules`, { headers: admin, data: { latency: { p95Ms: 800 } } });
  expect((await changed.json()).rules.latency.p95Ms).toBe(800);

  expect((await request.post(`${base}/api/alerts/not-an-id/ack`, { headers: admin })).status()).toBe(400);
  expect((await request.post(`${base}/api/alerts/00000000-0000-4000-8000-000000000000/ack`, { headers: admin })).status()).toBe(404);
});

test.describe('first paint', () => {
  test.use({ timezoneId: FOREIGN_TIME_ZONE });

  test('the console is in the server HTML, and nothing below it moves while the page loads', async ({ page, request }) => {
    const base = server.url;
    // The page reads the 5-minute report on the server: status, tiles and the chart frames are in the HTML.
    const html = await (await request.get(`${base}/monitoring`)).text();
    expect(html).toContain('data-testid="monitoring-status"');
    expect(html).toContain('data-testid="tile-request-rate"');
    expect(html).toContain('aria-label="Request rate (req/s, 5 s buckets)"');
    expect(html).not.toContain('Loading the metrics');

    const watch = await watchStability(page);
    await page.goto(`${base}/monitoring`, { waitUntil: 'networkidle' });
    await expect(page.getByRole('figure', { name: 'Request rate (req/s, 5 s buckets)' }).locator('.recharts-surface')).toBeVisible();
    await expect(page.getByTestId('refresh-note')).toContainText(/Updated \d\d:\d\d:\d\d · instance /);
    await expect(page.getByRole('heading', { name: 'Load tester' })).toBeVisible();
    const { score, moved } = await watch.layoutShift();
    expect(score, `layout shift of ${moved.join(', ')}`).toBeLessThan(CLS_BUDGET);
    expect(watch.errors, 'no hydration mismatch with the browser in another time zone').toEqual([]);
  });
});

test('the chaos switch raises an error-rate alert on the page within 15 s; acknowledging it changes its state', async ({ page }) => {
  const base = server.url;
  // Log the browser in as admin (the cookie is shared with page.request).
  expect((await page.request.post(`${base}/api/admin/login`, { data: { token: ADMIN_TOKEN } })).status()).toBe(200);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${base}/monitoring`);
  await expect(page.getByTestId('monitoring-status')).toBeVisible();

  const on = await page.request.post(`${base}/api/chaos`, { data: { kind: 'errors', ratePct: 100, durationSec: 60 } });
  expect(on.status()).toBe(201);
  await expect(page.getByTestId('chaos-state')).toContainText('on (100 % of demo requests fail', { timeout: 10_000 });
  await page.getByTestId('demo-traffic').click();
  const started = Date.now();

  const alert = page.getByTestId('alert-error_rate_high').first();
  await expect(alert).toHaveAttribute('data-state', 'firing', { timeout: 15_000 });
  expect(Date.now() - started).toBeLessThan(15_000);
  await expect(alert).toContainText('Error rate');
  await expect(page.getByTestId('monitoring-status')).toHaveAttribute('data-status', 'degraded');

  await alert.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(alert).toHaveAttribute('data-state', 'acknowledged');
  await expect(alert).toContainText(/acknowledged \d\d:\d\d:\d\d by admin session/);
  await page.getByTestId('demo-traffic').click();

  const audit = await (await page.request.get(`${base}/api/admin/audit?action=alert.acknowledge`)).json();
  expect(audit.entries[0]).toMatchObject({ outcome: 'success', resourceType: 'alert' });
  const stored = await (await page.request.get(`${base}/api/alerts?rule=error_rate_high`)).json();
  expect(stored.alerts[0]).toMatchObject({ state: 'acknowledged', severity: 'critical' });
  expect(stored.alerts[0].events.map((e: { kind: string }) => e.kind)).toEqual(['fired', 'acknowledged']);
});
