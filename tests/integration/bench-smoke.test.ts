import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** `npm run bench` still runs end to end (on its tiny setting) and writes both reports. */
describe('benchmark script', () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'aimon-bench-smoke-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('runs every section and writes docs-shaped output', () => {
    const result = spawnSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), '--conditions=react-server', 'scripts/bench/run.ts', '--tiny', '--out', out], {
      encoding: 'utf8',
      // A liveness bound: the tiny run takes about two minutes on a quiet machine (it builds the ceiling app), far more on a busy one.
      timeout: 1_200_000,
      env: { ...process.env, LOG_LEVEL: 'error' },
    });
    // The child's stack frames are left out of the message: vitest reads the files such frames
    // name to map them, and one of tsx's own files trips its source-map reader, which then hides the failure.
    const withoutFrames = (text: string) => text.split('\n').filter((line) => !/^\s+at /.test(line)).join('\n');
    expect(result.status, `${withoutFrames(result.stdout).slice(-1500)}\n${withoutFrames(result.stderr).slice(-1500)}`).toBe(0);
    const report = JSON.parse(readFileSync(path.join(out, 'benchmarks.json'), 'utf8'));
    for (const key of ['machine', 'routeHandlers', 'telemetryOverhead', 'pages', 'startup', 'mcpRoundTrip', 'agent', 'monitoring', 'scale']) expect(report).toHaveProperty(key);
    // Dashboards at scale: a small seed on both databases, every read answered, retention timed.
    for (const backend of ['postgres', 'pglite']) {
      const scale = report.scale[backend];
      expect(scale.seeded.rows.workflowRuns).toBeGreaterThan(0);
      for (const read of ['/api/compare?range=7d', '/api/compare?range=24h', '/api/metrics?window=1h', '/api/workflows?limit=50', '/api/admin/audit?limit=100', '/api/alerts']) {
        expect(Number.isFinite(scale.endpoints[read].p95Ms), `${backend} ${read}`).toBe(true);
      }
      expect(scale.pages['/compare'].lcpMs).toBeGreaterThan(0);
      // One day of the seeded week went.
      expect(scale.retention.after.workflowRuns).toBeLessThan(scale.retention.before.workflowRuns);
    }
    expect(report.startup.idleRssMiB).toBeGreaterThan(0);
    // The tiny setting's one-second loads prove the plumbing, not the speed: on a
    // busy machine a second may complete no request, so figures are only checked for shape.
    const live = report.routeHandlers['/api/health/live'];
    for (const side of [live.aimon, live.ceiling]) expect(Number.isFinite(side.rps)).toBe(true);
    expect(live.aimon.errors).toBe(0);
    expect(report.agent.concurrentAllSucceeded).toBe(true);
    expect(report.pages['/'].firstLoadJsKb).toBeGreaterThan(0);
    expect(report.startup.warmReadyMs).toBeGreaterThan(0);
    const md = readFileSync(path.join(out, 'benchmarks.md'), 'utf8');
    expect(md).toContain('## Route handlers against the ceiling');
    expect(md).toContain('## Dashboards at scale');
  }, 1_260_000);
});
