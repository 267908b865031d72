import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { listSnapshots } from '@/lib/monitoring';
import type { Condition } from '@/lib/monitoring/alert-rules';
import { RequestWindows } from '@/lib/monitoring/request-windows';
import { quantile } from '@/lib/monitoring/sketch';
import {
  acknowledgeAlert,
  fireAlert,
  listAlerts,
  pruneAlerts,
  pruneRollups,
  pruneSnapshots,
  readClusterMinutes,
  refreshOpenAlert,
  resolveAlert,
  writeRollups,
  writeSnapshot,
} from '@/lib/monitoring/store';

import { BACKENDS } from '../support/backends';
import { useBackend } from '../support/use-env';

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 0, 1, 12, 0, 0);

/** One replica's request windows on a fake clock. */
function instance(now: () => number) {
  return new RequestWindows({ capacity: 10_000, slowMs: 5_000, timeoutMs: 30_000, sessionWindowMs: 60_000, now });
}

function condition(rule: string, over: Partial<Condition> = {}): Condition {
  return { rule, active: true, severity: 'critical', value: 12, threshold: 5, message: `${rule} is bad`, ...over };
}

describe.each(BACKENDS)('monitoring storage on %s', (_name, create) => {
  useBackend(create);

  it('two instances writing per-minute rollups add up, percentiles included', async () => {
    let t = T0;
    const now = () => t;
    const a = instance(now);
    const b = instance(now);
    const all: number[] = [];
    const record = (w: RequestWindows, status: number, durationMs: number) => {
      all.push(durationMs);
      w.record({ route: '/api/demo/work', path: '/api/demo/work', method: 'GET', status, durationMs, endMs: t, traceId: 'x' });
    };
    for (let i = 0; i < 300; i += 1) {
      t = T0 + (i % 120) * 1000; // two minutes of traffic
      record(a, i % 10 === 0 ? 500 : 200, 10 + (i % 50));
      record(b, i % 25 === 0 ? 404 : 200, 100 + (i % 200));
    }
    const prisma = await db();
    await writeRollups(prisma, 'replica-a', a.dirtyMinutes());
    await writeRollups(prisma, 'replica-b', b.dirtyMinutes());
    // Rewriting the same minutes (a later flush) replaces, never double counts.
    await writeRollups(prisma, 'replica-a', a.dirtyMinutes());

    const cluster = await readClusterMinutes(prisma, T0);
    expect(cluster.instances).toEqual(['replica-a', 'replica-b']);
    expect([...cluster.minutes.keys()].sort()).toEqual([T0, T0 + MINUTE]);
    const total = [...cluster.minutes.values()].reduce((s, m) => s + m.total, 0);
    const failed = [...cluster.minutes.values()].reduce((s, m) => s + m.failed, 0);
    const e4xx = [...cluster.minutes.values()].reduce((s, m) => s + m.e4xx, 0);
    expect(total).toBe(600);
    expect(failed).toBe(30);
    expect(e4xx).toBe(12);

    const merged = cluster.minutes.get(T0)!.sketch!;
    merged.merge(cluster.minutes.get(T0 + MINUTE)!.sketch!);
    const sorted = [...all].sort((x, y) => x - y);
    const exactP95 = sorted[Math.ceil(0.95 * sorted.length) - 1]!;
    expect(Math.abs(quantile(merged, 0.95)! - exactP95) / exactP95).toBeLessThanOrEqual(0.01);

    expect(await pruneRollups(prisma, T0 + MINUTE)).toBe(2);
    expect((await readClusterMinutes(prisma, T0)).minutes.size).toBe(1);
  });

  it('keeps one open alert per rule across replicas, with fired, acknowledged and resolved history', async () => {
    const prisma = await db();
    const first = await fireAlert(prisma, condition('error_rate_high'), 'replica-a', new Date(T0));
    const second = await fireAlert(prisma, condition('error_rate_high'), 'replica-b', new Date(T0 + 1000));
    expect(first.created).toBe(true);
    expect(second).toMatchObject({ created: false, alert: { id: first.alert.id, instance_id: 'replica-a' } });
    await refreshOpenAlert(prisma, condition('error_rate_high', { value: 31, message: 'now 31 %' }));
    expect((await listAlerts(prisma, { state: 'open' }))[0]).toMatchObject({ value: 31, message: 'now 31 %' });

    const ack = await acknowledgeAlert(prisma, first.alert.id, 'admin token', new Date(T0 + 2000));
    expect(ack).toMatchObject({ kind: 'acknowledged', alert: { state: 'acknowledged', acknowledged_by: 'admin token' } });
    expect((await acknowledgeAlert(prisma, first.alert.id, 'admin token', new Date())).kind).toBe('already');

    const resolved = await resolveAlert(prisma, 'error_rate_high', new Date(T0 + 3000));
    expect(resolved).toMatchObject({ state: 'resolved', resolved_at: new Date(T0 + 3000).toISOString() });
    expect(resolved!.events.map((e) => e.kind)).toEqual(['fired', 'acknowledged', 'resolved']);
    expect((await acknowledgeAlert(prisma, first.alert.id, 'admin token', new Date())).kind).toBe('resolved');
    expect(await resolveAlert(prisma, 'error_rate_high', new Date())).toBeNull();

    // Once resolved, the rule may fire again.
    expect((await fireAlert(prisma, condition('error_rate_high'), 'replica-b', new Date(T0 + 4000))).created).toBe(true);
    const open = await listAlerts(prisma, { state: 'open' });
    expect(open.map((a) => a.instance_id)).toEqual(['replica-b']);
  });

  it('keeps the newest resolved alerts per rule and the newest snapshots', async () => {
    const prisma = await db();
    for (let i = 0; i < 5; i += 1) {
      await fireAlert(prisma, condition('latency_p95_high', { severity: 'warning' }), 'replica-a', new Date(T0 + i * MINUTE));
      await resolveAlert(prisma, 'latency_p95_high', new Date(T0 + i * MINUTE + 1000));
    }
    await pruneAlerts(prisma, 3);
    const kept = await listAlerts(prisma, { rule: 'latency_p95_high' });
    expect(kept.map((a) => a.fired_at)).toEqual([4, 3, 2].map((i) => new Date(T0 + i * MINUTE).toISOString()));
    // The open error-rate alert survives pruning.
    expect(await listAlerts(prisma, { state: 'open' })).toHaveLength(1);

    for (let i = 0; i < 6; i += 1) await writeSnapshot(prisma, T0 + i * 5 * MINUTE, 'replica-a', { i });
    // Another replica writing the same slot does not replace it.
    await writeSnapshot(prisma, T0, 'replica-b', { i: 'other' });
    expect((await listSnapshots(prisma, 10)).at(-1)).toMatchObject({ instance_id: 'replica-a', data: { i: 0 } });
    await pruneSnapshots(prisma, 4);
    const snapshots = await listSnapshots(prisma, 10);
    expect(snapshots.map((s) => (s.data as { i: number }).i)).toEqual([5, 4, 3, 2]);
  });
});
