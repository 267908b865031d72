import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// One fresh data directory per run, shared by the server and the workers
// (workers inherit the environment of the main process).
process.env.AIMON_E2E_DATA_DIR ??= mkdtempSync(path.join(os.tmpdir(), 'aimon-e2e-'));
export const E2E_PORT = Number(process.env.AIMON_E2E_PORT ?? 3100);
export const E2E_ADMIN_TOKEN = 'e2e-admin-token-0123456789';

/** Debian's Chromium, quiet on a closed network (see README, "Tests"). */
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    // Times follow the visitor's locale (components/ui/local-time-format.ts): the specs visit as a British
    // visitor, 24-hour times and day-first dates; layout.spec.ts also visits as an American one.
    locale: 'en-GB',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromium,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromium } }],
  // The production build, started exactly as `npm start` starts it.
  webServer: {
    command: 'node scripts/start.mjs',
    url: `http://127.0.0.1:${E2E_PORT}/api/health/ready`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(E2E_PORT),
      HOST: '127.0.0.1',
      AIMON_DATA_DIR: process.env.AIMON_E2E_DATA_DIR,
      ADMIN_TOKEN: E2E_ADMIN_TOKEN,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      // Simulated models answer at a tenth of their demo latency: steps still arrive one by one.
      AIMON_SIM_LATENCY_SCALE: '0.1',
      // The shared server's health must not depend on how loaded the test machine
      // is: request and resource rules stay in warm-up. Specs that test alerts
      // start their own server with MONITORING_WARMUP_SEC=0.
      MONITORING_WARMUP_SEC: '3600',
      // Every spec talks to this server from 127.0.0.1, so one address would
      // soon exhaust the real budgets; the limits themselves are tested on
      // servers of their own (e2e/rate-limit.spec.ts).
      RATE_LIMIT_READ_PER_MIN: '100000',
      RATE_LIMIT_CHAT_PER_MIN: '10000',
      RATE_LIMIT_EXPENSIVE_PER_MIN: '10000',
      RATE_LIMIT_LOGIN_PER_MIN: '10000',
      // Chat answers and workflows stream for seconds, and every spec shares this
      // server: their durations would hold p95 above the health and alert
      // thresholds for the specs after them (the badge would say "warning").
      // Health and latency alerts are tested on servers of their own (monitoring.spec.ts).
      HEALTH_WARN_P95_MS: '60000',
      ALERT_P95_MS: '60000',
    },
  },
});
