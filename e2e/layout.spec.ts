import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { testWithOwnServer } from './support/own-server';

/**
 * Every page as a first-time visitor meets it, on a phone and on a laptop:
 * nothing wider than the screen, every Tab stop visibly focused, charts one
 * stop at most, and a console without errors. Set AIMON_SHOTS_DIR to keep a
 * screenshot of each page at each size (to look at, not to compare).
 *
 * A server of its own, given something to show first (a load test, workflows
 * of both models, an ask-both answer): the wide tables and the charts only
 * appear with data, and seeding the shared server would change what the
 * specs after this one see.
 */
const TOKEN = 'layout-spec-admin-token-0123456789';
const test = testWithOwnServer('layout', { ADMIN_TOKEN: TOKEN, RATE_LIMIT_LOGIN_PER_MIN: '10000', MONITORING_WARMUP_SEC: '3600', HEALTH_WARN_P95_MS: '60000', ALERT_P95_MS: '60000' });
test.describe.configure({ timeout: 90_000 });

test.beforeAll(async ({ playwright, server }) => {
  test.setTimeout(120_000);
  const api = await playwright.request.newContext({ baseURL: server.url, extraHTTPHeaders: { Authorization: `Bearer ${TOKEN}` } });
  const started = await api.post('/api/load-test/start', { data: { users: 1, durationSec: 2, scenario: 'health', rps: 5 } });
  expect(started.status()).toBe(202);
  for (const model of ['A', 'B']) {
    const run = await api.post('/api/workflows', { headers: { Accept: 'application/json' }, data: { model, scenario: 'health-check' } });
    expect(run.status()).toBe(201);
  }
  expect((await api.post('/api/compare/ask', { data: { prompt: 'What is the status of postgres?' } })).status()).toBe(200);
  await expect.poll(async () => (await (await api.get('/api/load-test/status')).json()).running, { timeout: 30_000 }).toBe(false);
  await api.dispose();
});

const PAGES = ['/', '/tools', '/chat', '/compare', '/monitoring', '/traces', '/debug', '/admin/login'] as const;
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1366, height: 900 },
] as const;
const MAX_STOPS = 250;

interface Stop {
  what: string;
  indicator: boolean;
  hidden: boolean;
  chart: string | null;
}

/** What document.activeElement is, and whether the visitor can see that it has the focus. */
function describeFocus(): Stop | null {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return null;
  const shows = (node: Element | null) => {
    if (!node) return false;
    const s = getComputedStyle(node);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    return outline || (s.boxShadow !== 'none' && s.boxShadow !== '');
  };
  // A visually hidden control (a radio styled as a segment) shows its focus on what stands for it.
  const proxy = getComputedStyle(el).opacity === '0' ? (el.nextElementSibling ?? el.closest('label')) : null;
  const rect = el.getBoundingClientRect();
  const chart = el.closest('[data-chart]');
  return {
    what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
    indicator: shows(el) || shows(proxy),
    hidden: Boolean(el.closest('[aria-hidden="true"]')) || (rect.width === 0 && rect.height === 0),
    chart: chart ? (chart.getAttribute('data-chart') || 'chart') : null,
  };
}

async function tabThrough(page: Page): Promise<Stop[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const stops: Stop[] = [];
  let first: string | null = null;
  for (let i = 0; i < MAX_STOPS; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(describeFocus);
    if (!stop) {
      if (stops.length) break; // past the last stop, back on the document
      continue;
    }
    if (stop.what === first) break;
    first ??= stop.what;
    stops.push(stop);
  }
  return stops;
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  // Charts arrive after the page is interactive (next/dynamic): wait for each box to hold its chart.
  const boxes = page.locator('[data-chart]');
  const n = await boxes.count();
  for (let i = 0; i < n; i += 1) await expect(boxes.nth(i).locator('svg.recharts-surface').first()).toBeAttached({ timeout: 15_000 });
}

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    for (const pagePath of PAGES) {
      test(`${pagePath}: fits the screen, every Tab stop shows its focus, charts take one stop at most, no console errors`, async ({ page }) => {
        const errors: string[] = [];
        page.on('console', (msg) => {
          if (msg.type() === 'error') errors.push(msg.text());
        });
        page.on('pageerror', (error) => errors.push(error.message));
        if (pagePath === '/debug') {
          const login = await page.request.post('/api/admin/login', { data: { token: TOKEN } });
          expect(login.status()).toBe(200);
        }
        await page.goto(pagePath);
        await settle(page);
        const shots = process.env.AIMON_SHOTS_DIR;
        if (shots) {
          mkdirSync(shots, { recursive: true });
          const name = `${pagePath === '/' ? 'home' : pagePath.slice(1).replace(/\//g, '-')}-${size.name}.png`;
          await page.screenshot({ path: path.join(shots, name), fullPage: true });
        }

        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${pagePath} is ${overflow} px wider than the screen`).toBeLessThanOrEqual(0);

        if (size.name === 'phone') {
          // The sticky header is one line: brand, badge, menu button (it was 95 px with a two-line badge).
          const header = await page.locator('header.sidebar').boundingBox();
          expect(header!.height, 'phone header height').toBeLessThanOrEqual(64);
          // One scroll on a phone: the page's, not a box of messages inside it.
          if (pagePath === '/chat') await expect(page.getByRole('list', { name: 'Messages' })).toHaveCSS('overflow-y', 'visible');
        }

        const stops = await tabThrough(page);
        expect(stops.length).toBeGreaterThan(0);
        expect(stops.filter((s) => !s.indicator).map((s) => s.what), 'Tab stops without a visible focus ring').toEqual([]);
        expect(stops.filter((s) => s.hidden).map((s) => s.what), 'Tab stops the visitor cannot see').toEqual([]);
        const perChart = new Map<string, number>();
        for (const s of stops) if (s.chart) perChart.set(s.chart, (perChart.get(s.chart) ?? 0) + 1);
        for (const [chart, count] of perChart) expect(count, `Tab stops inside the chart "${chart}"`).toBeLessThanOrEqual(1);

        expect(errors, 'console errors').toEqual([]);
      });
    }
  });
}

test('the console shows the source demo\'s [Main] and [APIClient] lines, in its order', async ({ page }) => {
  const lines: string[] = [];
  page.on('console', (msg) => lines.push(msg.text()));
  await page.goto('/');
  await expect(page.getByTestId('health-badge')).toHaveAttribute('data-status', 'online');
  await expect.poll(() => lines.find((l) => l.startsWith('[Main] Agent status:'))).toMatch(/^\[Main\] Agent status: Online \(uptime: (\d+s|\d+m \d+s|\d+h \d+m)\)$/);
  expect(lines[0]).toBe('[Main] Initializing global utilities');
  expect(lines).toContain('[Main] Sidebar polling started (30s interval)');
  expect(lines).toContain('[APIClient] GET request: /api/health');
  expect(lines.some((l) => /^\[APIClient\] GET \/api\/health completed in \d+\.\d{2}ms with status 200$/.test(l)), lines.join('\n')).toBe(true);
});

test.describe('as a visitor whose browser speaks American English', () => {
  test.use({ locale: 'en-US' });

  test('every time on the page is in that locale\'s one format', async ({ page }) => {
    await page.goto('/monitoring');
    await expect(page.getByTestId('refresh-note')).toContainText(/Updated \d\d:\d\d:\d\d [AP]M/);
    const stored = page.getByRole('table', { name: 'Stored load test runs' });
    await expect(stored.locator('time').first()).toHaveText(/^\d\d\/\d\d\/\d{4}, \d\d:\d\d:\d\d [AP]M$/);
    const times = await page.locator('time.local-time').allTextContents();
    expect(times.length).toBeGreaterThan(1);
    for (const t of times) expect(t).toMatch(/^(\d\d\/\d\d\/\d{4}, )?\d\d:\d\d:\d\d [AP]M$/);
    await page.goto('/tools');
    await expect(page.getByRole('list', { name: /runs/i }).locator('time').first()).toHaveText(/^\d\d:\d\d:\d\d [AP]M$/);
  });
});
