import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { spawnServer, waitFor, type ServerProcess } from './server-process';

/**
 * A Playwright `test` whose `server` (and `baseURL`) is a server of the spec's
 * own, started once per worker on a fresh embedded database, configured like
 * the shared one (generous rate limits, fast simulated models) plus `env`. For
 * specs whose load or slow requests would disturb the shared server's health.
 * Worker fixtures outlive the file, so the spec stops it in its afterAll.
 */
export function testWithOwnServer(name: string, env: Record<string, string>) {
  const test = base.extend<object, { server: ServerProcess }>({
    server: [
      async ({}, use) => {
        const dir = mkdtempSync(path.join(os.tmpdir(), `aimon-${name}-`));
        const server = await spawnServer({
          AIMON_DATA_DIR: dir,
          LOG_LEVEL: 'warn',
          AIMON_SIM_LATENCY_SCALE: '0.1',
          RATE_LIMIT_READ_PER_MIN: '100000',
          RATE_LIMIT_CHAT_PER_MIN: '10000',
          RATE_LIMIT_EXPENSIVE_PER_MIN: '10000',
          ...env,
        });
        const deadline = Date.now() + 120_000;
        while ((await waitFor(server, '/api/health/ready', 120_000)).status !== 200 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
        await use(server);
        await server.stop();
        rmSync(dir, { recursive: true, force: true });
      },
      { scope: 'worker', timeout: 180_000 },
    ],
    baseURL: async ({ server }, use) => use(server.url),
  });
  test.afterAll(async ({ server }) => server.stop());
  return test;
}
