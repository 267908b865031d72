import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type APIRequestContext } from '@playwright/test';
import { testWithOwnServer } from './support/own-server';
import { spawnServer, waitFor } from './support/server-process';

// Load tests saturate the server they run on (that is their point), and the
// shared e2e server's health must stay "online" for the specs after this one:
// these run on a server of their own, configured like the shared one.
const TOKEN = 'load-test-spec-admin-token-0123456789';
const ADMIN = { Authorization: `Bearer ${TOKEN}` };

const test = testWithOwnServer('lt', { ADMIN_TOKEN: TOKEN, RATE_LIMIT_LOGIN_PER_MIN: '10000' });
test.describe.configure({ mode: 'serial', timeout: 120_000 });

interface RunView {
  id: string;
  status: string;
  scenario: string;
  users: number;
  durationSec: number;
  elapsedSec: number;
  requests: number;
  errors: number;
  rps: number;
  avgLatencyMs: number | null;
  p95LatencyMs: number | null;
  statusCounts: Record<string, number>;
  timeline: Array<{ t: number; requests: number }>;
}
interface StatusView {
  running: boolean;
  run: RunView | null;
  limits: { maxUsers: number; maxDurationSec: number; maxRps: number; sessionRunsPerHour: number };
}

async function status(request: APIRequestContext): Promise<StatusView> {
  const answer = await request.get('/api/load-test/status');
  expect(answer.status()).toBe(200);
  return answer.json();
}

/** Nothing left running from another test (runs are one at a time per server). */
async function idle(request: APIRequestContext) {
  if ((await status(request)).running) await request.post('/api/load-test/stop', { headers: ADMIN });
  await expect.poll(async () => (await status(request)).running, { timeout: 15_000 }).toBe(false);
}

test('a 5-second run through the API: running, then finished with requests and latency recorded', async ({ request }) => {
  await idle(request);
  const started = await request.post('/api/load-test/start', { headers: ADMIN, data: { users: 4, durationSec: 5, scenario: 'browse', rps: 40 } });
  expect(started.status()).toBe(202);
  const { run } = (await started.json()) as { run: RunView };
  expect(run).toMatchObject({ status: 'running', users: 4, durationSec: 5, scenario: 'browse' });

  // A second start while it runs: 409, naming the run in progress.
  const second = await request.post('/api/load-test/start', { headers: ADMIN, data: { users: 1, durationSec: 5, scenario: 'health' } });
  expect(second.status()).toBe(409);
  expect((await second.json()).error).toMatchObject({ code: 'conflict', details: { run: { id: run.id } } });

  const live = await status(request);
  expect(live).toMatchObject({ running: true, run: { id: run.id, status: 'running', users: 4, durationSec: 5 } });

  await expect.poll(async () => (await status(request)).running, { timeout: 20_000, intervals: [500] }).toBe(false);
  const done = (await status(request)).run!;
  expect(done.id).toBe(run.id);
  expect(done.status).toBe('finished');
  expect(done.requests).toBeGreaterThan(20);
  expect(done.statusCounts['2xx']).toBe(done.requests);
  // Its own traffic is not rate limited (see lib/security/load-test-pass.ts).
  expect(done.statusCounts['429']).toBe(0);
  expect(done.errors).toBe(0);
  expect(done.elapsedSec).toBeGreaterThanOrEqual(4.5);
  expect(done.elapsedSec).toBeLessThan(12);
  expect(done.avgLatencyMs).toBeGreaterThan(0);
  expect(done.p95LatencyMs).toBeGreaterThanOrEqual(done.avgLatencyMs! * 0.5);
  expect(done.rps).toBeGreaterThan(3);
  expect(done.timeline.reduce((sum, p) => sum + p.requests, 0)).toBe(done.requests);

  // Stored, with the same figures.
  const { runs } = (await (await request.get('/api/load-test/runs?limit=5')).json()) as { runs: RunView[] };
  expect(runs[0]).toMatchObject({ id: run.id, status: 'finished', requests: done.requests, p95LatencyMs: done.p95LatencyMs });
});

test('stop ends a run early; stopping when nothing runs is a 409', async ({ request }) => {
  await idle(request);
  const started = await request.post('/api/load-test/start', { headers: ADMIN, data: { users: 2, durationSec: 60, scenario: 'health', rps: 20 } });
  expect(started.status()).toBe(202);
  await expect.poll(async () => (await status(request)).run?.requests ?? 0, { timeout: 10_000 }).toBeGreaterThan(0);
  const stopped = await request.post('/api/load-test/stop', { headers: ADMIN });
  expect(stopped.status()).toBe(200);
  const { run } = (await stopped.json()) as { run: RunView };
  expect(run.status).toBe('stopped');
  expect(run.elapsedSec).toBeLessThan(30);
  expect(run.requests).toBeGreaterThan(0);
  expect((await status(request)).running).toBe(false);
  const again = await request.post('/api/load-test/stop', { headers: ADMIN });
  expect(again.status()).toBe(409);
  expect((await again.json()).error.code).toBe('conflict');
});

test('bad input gets a 400 with the limits', async ({ request }) => {
  const { limits } = await status(request);
  for (const data of [
    { users: -1, durationSec: 5, scenario: 'health' },
    { users: 1, durationSec: 10_000_000, scenario: 'health' },
    { users: 1, durationSec: 5, scenario: 'everything' },
    { users: limits.maxUsers + 1, durationSec: 5, scenario: 'health' },
    { users: 1, durationSec: 5, scenario: 'health', rps: limits.maxRps + 1 },
    { users: '5', durationSec: 5, scenario: 'health' },
    {},
  ]) {
    const answer = await request.post('/api/load-test/start', { headers: ADMIN, data });
    expect(answer.status(), JSON.stringify(data)).toBe(400);
    const { error } = await answer.json();
    expect(error.code).toBe('bad_request');
    expect(error.message).toContain(`users 1-${limits.maxUsers}, durationSec 1-${limits.maxDurationSec}`);
    expect(error.details.limits).toMatchObject({ maxUsers: limits.maxUsers, maxDurationSec: limits.maxDurationSec, maxRps: limits.maxRps });
  }
  expect((await status(request)).running).toBe(false);
});

test('without admin access a session may start a few runs an hour, and stop only its own', async ({ playwright, server }) => {
  const admin = await playwright.request.newContext({ baseURL: server.url, extraHTTPHeaders: ADMIN });
  await idle(admin);
  const visitor = await playwright.request.newContext({ baseURL: server.url });
  const other = await playwright.request.newContext({ baseURL: server.url });
  const { limits } = await status(visitor);
  for (let i = 0; i < limits.sessionRunsPerHour; i++) {
    const started = await visitor.post('/api/load-test/start', { data: { users: 1, durationSec: 30, scenario: 'health', rps: 5 } });
    expect(started.status()).toBe(202);
    if (i === 0) {
      const refused = await other.post('/api/load-test/stop');
      expect(refused.status()).toBe(403);
    }
    expect((await visitor.post('/api/load-test/stop')).status()).toBe(200);
  }
  const over = await visitor.post('/api/load-test/start', { data: { users: 1, durationSec: 30, scenario: 'health', rps: 5 } });
  expect(over.status()).toBe(429);
  expect(Number(over.headers()['retry-after'])).toBeGreaterThan(0);
  expect((await over.json()).error.code).toBe('rate_limited');
  // An admin has no such budget.
  const byAdmin = await admin.post('/api/load-test/start', { data: { users: 1, durationSec: 30, scenario: 'health', rps: 5 } });
  expect(byAdmin.status()).toBe(202);
  expect((await admin.post('/api/load-test/stop')).status()).toBe(200);
  await Promise.all([admin.dispose(), visitor.dispose(), other.dispose()]);
});

test('the Monitoring page starts a run, shows live figures every 5 s and stops it', async ({ page }) => {
  await idle(page.request);
  const lines: string[] = [];
  page.on('console', (m) => lines.push(m.text()));
  await page.request.post('/api/admin/login', { data: { token: TOKEN } });
  await page.goto('/monitoring');
  const panel = page.getByRole('region', { name: 'Load tester' });
  await expect(panel).toBeVisible();
  const form = panel.getByRole('form', { name: 'Start a load test' });
  await form.getByLabel('Scenario').selectOption('health');
  await form.getByLabel('Users (connections)').fill('3');
  await form.getByLabel('Duration (s)').fill('60');
  await form.getByLabel('Rate (req/s, all users)').fill('15');
  // The Stop button appears while a test runs, and only then.
  await expect(form.getByRole('button', { name: 'Stop load test' })).toHaveCount(0);
  await form.getByRole('button', { name: 'Start load test' }).click();

  await expect(panel.getByTestId('lt-status')).toHaveText('running');
  await expect(panel.getByTestId('lt-users')).toHaveText('3');
  // Live figures arrive with the next poll.
  await expect.poll(async () => Number(await panel.getByTestId('lt-requests').textContent()), { timeout: 15_000 }).toBeGreaterThan(0);
  await expect(panel.getByTestId('lt-p95')).toHaveText(/\d+ ms/);
  await expect(panel.getByTestId('lt-elapsed')).toHaveText(/\/ 60 s/);
  expect(lines.some((l) => /^\[LoadTest\] Current status: running, Users: 3, RPS: [\d.]+$/.test(l))).toBe(true);

  await form.getByRole('button', { name: 'Stop load test' }).click();
  await expect(panel.getByTestId('lt-status')).toHaveText('stopped');
  await expect(form.getByRole('button', { name: 'Start load test' })).toBeEnabled();
  await expect(form.getByRole('button', { name: 'Stop load test' })).toHaveCount(0);
  await expect(panel.getByRole('table', { name: 'Stored load test runs' }).locator('tbody tr').first()).toContainText('stopped');
  expect(lines.some((l) => l.startsWith('[LoadTest] Stopped after'))).toBe(true);
});

test('load-test traffic is exempt from rate limits that stop an ordinary client', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aimon-lt-rl-'));
  const token = 'lt-spec-admin-token-0123456789';
  const server = await spawnServer({ AIMON_DATA_DIR: dir, ADMIN_TOKEN: token, RATE_LIMIT_READ_PER_MIN: '5', RATE_LIMIT_IP_MULTIPLIER: '1', LOG_LEVEL: 'warn' });
  try {
    const deadline = Date.now() + 90_000;
    while ((await waitFor(server, '/api/health/ready')).status !== 200 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const started = await fetch(`${server.url}/api/load-test/start`, { method: 'POST', headers, body: JSON.stringify({ users: 2, durationSec: 3, scenario: 'health', rps: 20 }) });
    expect(started.status).toBe(202);
    // Every read counts against this client's budget of 5 a minute: look rarely.
    let run: RunView | undefined;
    for (let i = 0; i < 3 && run?.status !== 'finished'; i++) {
      await new Promise((r) => setTimeout(r, 4_000));
      const answer = await fetch(`${server.url}/api/load-test/runs?limit=1`);
      expect(answer.status).toBe(200);
      run = ((await answer.json()) as { runs: RunView[] }).runs[0];
    }
    // The load test sent many times the budget, none refused...
    expect(run).toMatchObject({ status: 'finished', errors: 0 });
    expect(run!.requests).toBeGreaterThan(20);
    expect(run!.statusCounts['429']).toBe(0);
    // ...while an ordinary client is soon stopped.
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await fetch(`${server.url}/api/health`)).status);
    expect(statuses).toContain(429);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
