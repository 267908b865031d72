import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '@/lib/config';
import { defaultRules, evaluateRules } from './alert-rules';
import { healthFindings, verdictOf } from './health-rules';
import { RequestWindows } from './request-windows';
import { diskUsage, emptyFigures, ResourceSampler, type ProtectionInputs } from './resources';
import type { ResourceFigures } from './types';

const rules = defaultRules(parseConfig({}).monitoring);
const windows = new RequestWindows({ capacity: 100, slowMs: 5_000, timeoutMs: 30_000, sessionWindowMs: 60_000 });
const evaluate = (resources: ResourceFigures, unhealthyJobs: { name: string; reason?: string }[] = []) =>
  evaluateRules(rules, { window: (s, cls) => windows.aggregate(s, cls), resources, unhealthyJobs });

function inputs(over: Partial<ProtectionInputs> = {}): ProtectionInputs {
  return {
    dataDir: os.tmpdir(),
    diskWarnPct: 85,
    diskCriticalPct: 95,
    dbQueryWarnMs: 2_000,
    dbQueryCriticalMs: 5_000,
    inflightWarn: 50,
    inflightCritical: 100,
    dbQuery: () => ({ count: 0, avg_ms: null, p95_ms: null, window_sec: 300 }),
    inFlight: () => ({ current: 0, peak: 0, refused: 0 }),
    ...over,
  };
}

const sample = (p: ProtectionInputs) => new ResourceSampler(() => rules.resources, p).sample({ kind: 'embedded', stats: null }, 0);

describe('self-protection figures and rules', () => {
  it('reads the disk of the data directory (or of its nearest existing parent)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'aimon-disk-'));
    try {
      const d = diskUsage(path.join(dir, 'not', 'yet', 'created'));
      expect(d).not.toBeNull();
      expect(d!.total_bytes).toBeGreaterThan(0);
      expect(d!.used_percent).toBeGreaterThanOrEqual(0);
      expect(d!.used_percent).toBeLessThanOrEqual(100);
      const figures = sample(inputs({ dataDir: dir, diskWarnPct: 1, diskCriticalPct: 100 }));
      expect(figures.disk).toMatchObject({ warn_pct: 1, critical_pct: 100 });
      // Figures reach anonymous callers and snapshots: the path stays out.
      expect(JSON.stringify(figures)).not.toContain(dir);
      // A volume more than 1 % used is over a 1 % warning threshold.
      if (d!.used_percent >= 1) expect(figures.disk!.level).toBe('warning');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('levels database query time by the worse of average and p95 (warning 2 s, critical 5 s)', () => {
    const q = (avg: number, p95: number) => sample(inputs({ dbQuery: () => ({ count: 10, avg_ms: avg, p95_ms: p95, window_sec: 300 }) })).db_query.level;
    expect(q(10, 50)).toBe('ok');
    expect(q(100, 2_500)).toBe('warning');
    expect(q(2_100, 2_200)).toBe('warning');
    expect(q(1_000, 6_000)).toBe('critical');
    expect(sample(inputs()).db_query).toMatchObject({ count: 0, level: 'ok' });
  });

  it('levels requests in flight against 50 / 100 and re-reads the count between samples', () => {
    let current = 10;
    const sampler = new ResourceSampler(() => rules.resources, inputs({ inFlight: () => ({ current, peak: current, refused: 0 }) }));
    sampler.sample({ kind: 'embedded', stats: null }, 0);
    expect(sampler.figures().in_flight.level).toBe('ok');
    current = 60;
    expect(sampler.figures().in_flight).toMatchObject({ current: 60, level: 'warning' });
    current = 100;
    expect(sampler.figures().in_flight.level).toBe('critical');
  });

  it('turns disk, query time, in-flight and unhealthy jobs into alert conditions and health findings', () => {
    const base = { ...emptyFigures(), sampled_at: new Date().toISOString() };
    const bad: ResourceFigures = {
      ...base,
      disk: { total_bytes: 100, used_bytes: 96, used_percent: 96, warn_pct: 85, critical_pct: 95, level: 'critical' },
      db_query: { count: 5, avg_ms: 2_500, p95_ms: 3_000, window_sec: 300, warn_ms: 2_000, critical_ms: 5_000, level: 'warning' },
      in_flight: { current: 70, peak: 80, refused: 0, warn: 50, critical: 100, level: 'warning' },
    };
    const conditions = evaluate(bad, [{ name: 'rollups.write', reason: 'Metric rollups: failed 3 times in a row (ECONNREFUSED)' }]);
    const by = (rule: string) => conditions.find((c) => c.rule === rule)!;
    expect(by('disk_high')).toMatchObject({ active: true, severity: 'critical', value: 96, threshold: 95 });
    expect(by('db_query_slow')).toMatchObject({ active: true, severity: 'warning', threshold: 2_000 });
    expect(by('requests_in_flight_high')).toMatchObject({ active: true, severity: 'warning', value: 70, threshold: 50 });
    expect(by('background_jobs_unhealthy')).toMatchObject({ active: true, severity: 'warning' });
    expect(by('background_jobs_unhealthy').message).toContain('failed 3 times in a row');
    const healthy = evaluate(base);
    for (const rule of ['disk_high', 'db_query_slow', 'requests_in_flight_high', 'background_jobs_unhealthy']) {
      expect(healthy.find((c) => c.rule === rule)!.active).toBe(false);
    }
    const verdict = verdictOf(healthFindings({ recent: windows.window('60s', 60), openAlerts: [], resources: bad, rules, warnErrorRatePct: 1, warnP95Ms: 200 }));
    expect(verdict.status).toBe('degraded');
    expect(verdict.reasons).toEqual([
      'disk of the data directory 96 % used',
      'database queries avg 2500 ms, p95 3000 ms',
      '70 requests in flight (critical 100)',
    ]);
  });
});
