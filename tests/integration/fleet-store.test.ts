import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { FleetService } from '@/lib/fleet';
import { READ_CACHE_MS } from '@/lib/fleet/store';
import { SERVICE_NAMES } from '@/lib/fleet/types';
import { BACKENDS } from '../support/backends';
import { useBackend } from '../support/use-env';

describe.each(BACKENDS)('fleet in the database on %s', (_name, create) => {
  let now = Date.UTC(2026, 0, 1, 12, 0, 0);
  const clock = () => now;
  useBackend(create);

  it('is created on first use with history, and two instances share it', async () => {
    const a = new FleetService({ seed: 42, now: clock });
    const b = new FleetService({ seed: 42, now: clock });
    const { services } = await a.services();
    expect(services).toHaveLength(8);
    expect(services.every((s) => s.status === 'running')).toBe(true);
    const logs = await a.logs('web-ui', { limit: 500 });
    expect(logs.length).toBeGreaterThan(3);
    // Newest first.
    expect(logs.map((l) => l.at)).toEqual([...logs.map((l) => l.at)].sort().reverse());

    await a.injectFault({ service: 'redis', kind: 'crash' });
    expect((await b.service('redis')).status).toBe('stopped');
    expect((await b.service('ai-agent')).status).toBe('degraded');
  });

  it('applies actions over simulated time and logs them', async () => {
    const fleet = new FleetService({ seed: 42, now: clock });
    now += 1_000;
    const action = await fleet.act('redis', { kind: 'restart' });
    await expect(fleet.act('redis', { kind: 'restart' })).rejects.toThrow(/busy/);
    expect((await fleet.service('redis')).status).toBe('restarting');
    now = Date.parse(action.completesAt) + 1;
    expect((await fleet.service('redis')).status).toBe('running');
    const lines = await fleet.logs('redis', { limit: 5, q: 'RESTART' });
    expect(lines[0]?.message).toMatch(/^restart complete/);
    expect(lines[1]?.message).toMatch(/^restart requested/);
  });

  it('filters logs by minimum level, time and text', async () => {
    const fleet = new FleetService({ seed: 42, now: clock });
    await fleet.injectFault({ service: 'model-a', kind: 'error_burst', durationSec: 300 });
    const since = new Date(now);
    now += 60_000;
    const errors = await fleet.logs('model-a', { level: 'warn', since, limit: 100 });
    expect(errors.length).toBeGreaterThan(3);
    expect(errors.every((l) => (l.level === 'warn' || l.level === 'error') && Date.parse(l.at) >= since.getTime())).toBe(true);
    const cache = await fleet.logs('model-a', { q: 'stale cache', limit: 3 });
    expect(cache).toHaveLength(3);
    expect(cache.every((l) => l.message.includes('stale cache'))).toBe(true);
    expect(await fleet.logs('model-a', { q: 'no such text anywhere', limit: 10 })).toEqual([]);
  });

  it('serialises concurrent commands under the row lock', async () => {
    const a = new FleetService({ seed: 42, now: clock });
    const b = new FleetService({ seed: 42, now: clock });
    const results = await Promise.allSettled([
      a.act('web-ui', { kind: 'scale', replicas: 4 }),
      b.act('web-ui', { kind: 'scale', replicas: 5 }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    const prisma = await db();
    const row = await prisma.fleetState.findUniqueOrThrow({ where: { id: 'default' } });
    expect(row.revision).toBeGreaterThan(3);
  });

  it("sees another replica's change within the read cache's bound", async () => {
    const fleet = new FleetService({ seed: 42, now: clock });
    expect((await fleet.service('model-b')).replicas).toBe(1);
    // Another replica writes the row (same schema, bypassing this process's cache).
    const prisma = await db();
    const row = await prisma.fleetState.findUniqueOrThrow({ where: { id: 'default' } });
    const state = row.state as { services: Record<string, { replicas: number }> };
    state.services['model-b']!.replicas = 7;
    await prisma.fleetState.update({ where: { id: 'default' }, data: { state, revision: { increment: 1 } } });
    await new Promise((resolve) => setTimeout(resolve, READ_CACHE_MS + 50));
    expect((await fleet.service('model-b')).replicas).toBe(7);
  });

  it('clears faults', async () => {
    const fleet = new FleetService({ seed: 42, now: clock });
    expect((await fleet.clearFaults()).cleared).toBeGreaterThanOrEqual(1);
    expect((await fleet.service('model-a')).faults).toEqual([]);
  });

  it('answers log reads made together with one query, each as it would be alone', async () => {
    const fleet = new FleetService({ seed: 42, now: clock });
    await fleet.injectFault({ service: 'redis', kind: 'error_burst', durationSec: 300 });
    now += 120_000;
    const since = new Date(now - 90_000);
    const reads = [
      ...SERVICE_NAMES.map((service) => ({ service, query: { limit: 7 } })),
      { service: 'redis' as const, query: { level: 'warn' as const, since, limit: 4 } },
      { service: 'redis' as const, query: { level: 'error' as const, limit: 200 } },
      { service: 'web-ui' as const, query: { since: new Date(now + 1), limit: 10 } },
    ];
    const together = await Promise.all(reads.map((r) => fleet.logs(r.service, r.query)));
    const alone: Awaited<ReturnType<FleetService['logs']>>[] = [];
    for (const r of reads) alone.push(await fleet.logs(r.service, r.query));
    expect(together).toEqual(alone);
    // And as the table has them: newest first, each read's own filters and limit.
    const prisma = await db();
    for (const [i, r] of reads.entries()) {
      const rows = await prisma.fleetLog.findMany({
        where: { service: r.service, ...('level' in r.query ? { severity: { gte: r.query.level === 'warn' ? 2 : 3 } } : {}), ...('since' in r.query ? { at: { gte: r.query.since } } : {}) },
        orderBy: [{ at: 'desc' }, { id: 'desc' }],
        take: r.query.limit,
      });
      expect(together[i]).toEqual(rows.map((row) => ({ at: row.at.toISOString(), service: row.service, level: row.level, message: row.message })));
    }
    expect(together[SERVICE_NAMES.length]!.length).toBeGreaterThan(0);
    expect(together.at(-1)).toEqual([]);
  });
});
