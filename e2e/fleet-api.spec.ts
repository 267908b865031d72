import { expect, test } from '@playwright/test';
import { E2E_ADMIN_TOKEN } from '../playwright.config';

const admin = { Authorization: `Bearer ${E2E_ADMIN_TOKEN}` };

test.describe('fleet HTTP API', () => {
  test('GET /api/containers: one entry per service with the status grid fields', async ({ request }) => {
    const response = await request.get('/api/containers');
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(Date.parse(body.at)).not.toBeNaN();
    expect(body.services.map((s: { name: string }) => s.name)).toEqual([
      'model-a', 'model-b', 'ai-agent', 'mcp-server', 'web-ui', 'load-generator', 'postgres', 'redis',
    ]);
    for (const service of body.services) {
      expect(service).toMatchObject({
        status: expect.stringMatching(/^(running|degraded|restarting|stopped)$/),
        health: expect.stringMatching(/^(healthy|warning|critical)$/),
        cpuPct: expect.any(Number),
        memoryMb: expect.any(Number),
        uptimeSec: expect.any(Number),
        version: expect.any(String),
        replicas: expect.any(Number),
        dependencies: expect.any(Array),
      });
    }
  });

  test('GET /api/logs/{service}: newest first, filtered; 404 for unknown services, 400 for bad parameters', async ({ request }) => {
    const all = await (await request.get('/api/logs/postgres?limit=20')).json();
    expect(all.service).toBe('postgres');
    expect(all.lines.length).toBeGreaterThan(0);
    expect(all.lines.length).toBeLessThanOrEqual(20);
    const times = all.lines.map((l: { at: string }) => l.at);
    expect(times).toEqual([...times].sort().reverse());

    const since = new Date(Date.now() - 60_000).toISOString();
    const recent = await (await request.get(`/api/logs/postgres?since=${encodeURIComponent(since)}&level=info`)).json();
    expect(recent.lines.every((l: { at: string; level: string }) => l.at >= since && l.level !== 'debug')).toBe(true);

    const text = await (await request.get('/api/logs/postgres?q=CHECKPOINT&limit=3')).json();
    expect(text.lines.every((l: { message: string }) => /checkpoint/i.test(l.message))).toBe(true);

    const unknown = await request.get('/api/logs/mainframe');
    expect(unknown.status()).toBe(404);
    expect(await unknown.json()).toEqual({ error: { code: 'not_found', message: 'No service named mainframe.' } });

    for (const query of ['level=loud', 'limit=0', 'limit=501', 'limit=ten', 'since=yesterday']) {
      const bad = await request.get(`/api/logs/postgres?${query}`);
      expect(bad.status(), query).toBe(400);
      expect((await bad.json()).error.code).toBe('bad_request');
    }
  });

  test('faults: admin only, visible in status and logs, refused when they make no sense, cleared by DELETE', async ({ request }) => {
    const anonymous = await request.post('/api/faults', { data: { service: 'redis', kind: 'crash' } });
    expect(anonymous.status()).toBe(401);
    const wrong = await request.post('/api/faults', { data: { service: 'redis', kind: 'crash' }, headers: { Authorization: 'Bearer not-the-token-at-all' } });
    expect(wrong.status()).toBe(403);
    expect((await request.delete('/api/faults')).status()).toBe(401);

    const bad = await request.post('/api/faults', { data: { service: 'redis', kind: 'meteor' }, headers: admin });
    expect(bad.status()).toBe(400);

    const created = await request.post('/api/faults', { data: { service: 'redis', kind: 'crash' }, headers: admin });
    expect(created.status()).toBe(201);
    expect((await created.json()).fault).toMatchObject({ service: 'redis', kind: 'crash', endsAt: null, fixedBy: ['restart'] });

    const again = await request.post('/api/faults', { data: { service: 'redis', kind: 'crash' }, headers: admin });
    expect(again.status()).toBe(409);
    const noDeps = await request.post('/api/faults', { data: { service: 'postgres', kind: 'dependency_failure' }, headers: admin });
    expect(noDeps.status()).toBe(400);

    const grid = (await (await request.get('/api/containers')).json()).services;
    expect(grid.find((s: { name: string }) => s.name === 'redis')).toMatchObject({ status: 'stopped', health: 'critical' });
    expect(grid.find((s: { name: string }) => s.name === 'ai-agent')).toMatchObject({ status: 'degraded', issues: expect.arrayContaining(['dependency redis unavailable']) });
    const logs = (await (await request.get('/api/logs/redis?level=error&limit=1')).json()).lines;
    expect(logs[0].message).toMatch(/exited with code 137/);

    const cleared = await request.delete('/api/faults?service=redis', { headers: admin });
    expect(cleared.status()).toBe(200);
    expect((await cleared.json()).cleared).toBe(1);
    const after = (await (await request.get('/api/containers')).json()).services;
    expect(after.find((s: { name: string }) => s.name === 'redis').status).toBe('running');

    const audit = (await (await request.get('/api/admin/audit?action=fault.inject', { headers: admin })).json()).entries;
    expect(audit.map((e: { outcome: string }) => e.outcome)).toEqual(expect.arrayContaining(['success', 'failure', 'denied']));
  });
});
