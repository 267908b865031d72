import { expect, test } from '@playwright/test';
import { E2E_ADMIN_TOKEN } from '../playwright.config';

test.describe('API error shape', () => {
  test('unknown API paths answer a JSON 404 for every method', async ({ request }) => {
    for (const method of ['GET', 'POST', 'PUT', 'DELETE'] as const) {
      const response = await request.fetch('/api/does-not-exist', { method });
      expect(response.status()).toBe(404);
      expect(response.headers()['content-type']).toContain('application/json');
      expect(await response.json()).toEqual({
        error: { code: 'not_found', message: 'No API endpoint at /api/does-not-exist.' },
      });
    }
  });

  test('a wrong method answers a JSON 405 with Allow', async ({ request }) => {
    const response = await request.post('/api/health');
    expect(response.status()).toBe(405);
    expect(response.headers()['allow']).toBe('GET, HEAD, OPTIONS');
    expect((await response.json()).error.code).toBe('method_not_allowed');

    const login = await request.get('/api/admin/login');
    expect(login.status()).toBe(405);
    expect(login.headers()['allow']).toBe('POST, OPTIONS');
  });
});

test.describe('health endpoints', () => {
  test('live, ready and health describe the process and its database', async ({ request }) => {
    const live = await request.get('/api/health/live');
    expect(live.status()).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });

    const ready = await request.get('/api/health/ready');
    expect(ready.status()).toBe(200);
    const readyBody = await ready.json();
    expect(readyBody).toMatchObject({ status: 'ready', database: { ok: true, kind: 'embedded', migrations: { pending: [] } } });
    expect(readyBody.database.migrations.applied).toBeGreaterThan(0);

    const health = await request.get('/api/health');
    const body = await health.json();
    expect(body).toMatchObject({ status: 'online', reasons: [], components: { database: { status: 'up' } } });
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(body.uptimeSec).toBeGreaterThanOrEqual(0);
    expect(Date.parse(body.startedAt)).not.toBeNaN();
  });
});

test.describe('sessions and admin', () => {
  test('the session cookie is HttpOnly and SameSite=Lax, and the session persists', async ({ request }) => {
    const first = await request.get('/api/session');
    expect(first.status()).toBe(200);
    const cookie = first.headers()['set-cookie'] ?? '';
    expect(cookie).toMatch(/^aimon_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // plain http on loopback
    const { session } = await first.json();
    expect(session).toMatchObject({ isAdmin: false });
    const second = await (await request.get('/api/session')).json();
    expect(second.session.id).toBe(session.id);
  });

  test('login rejects bad input with 4xx and a JSON error', async ({ request }) => {
    const notJson = await request.post('/api/admin/login', { data: 'token=x', headers: { 'content-type': 'text/plain' } });
    expect(notJson.status()).toBe(415);
    const malformed = await request.post('/api/admin/login', { data: '{"token":', headers: { 'content-type': 'application/json' } });
    expect(malformed.status()).toBe(400);
    expect((await malformed.json()).error.code).toBe('bad_request');
    const missing = await request.post('/api/admin/login', { data: {} });
    expect(missing.status()).toBe(400);
    expect((await missing.json()).error.message).toContain('token');
    const huge = await request.post('/api/admin/login', { data: { token: 'x'.repeat(10_000) } });
    expect(huge.status()).toBe(413);
    const wrong = await request.post('/api/admin/login', { data: { token: 'not-the-token' } });
    expect(wrong.status()).toBe(401);
    expect((await wrong.json()).error).toEqual({ code: 'unauthorized', message: 'That admin token is not valid.' });
  });

  test('admin APIs need the admin session or the bearer token, and refusals are audited', async ({ request, playwright }) => {
    const anonymous = await request.get('/api/admin/audit');
    expect(anonymous.status()).toBe(401);
    const wrongBearer = await request.get('/api/admin/audit', { headers: { Authorization: 'Bearer wrong-token' } });
    expect(wrongBearer.status()).toBe(403);

    const bearer = await request.get('/api/admin/audit?action=audit.read', { headers: { Authorization: `Bearer ${E2E_ADMIN_TOKEN}` } });
    expect(bearer.status()).toBe(200);
    const { entries } = await bearer.json();
    expect(entries.filter((e: { outcome: string }) => e.outcome === 'denied').length).toBeGreaterThanOrEqual(2);

    // A browser-like client: log in, then use the session cookie alone.
    const admin = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    const login = await admin.post('/api/admin/login', { data: { token: E2E_ADMIN_TOKEN } });
    expect(login.status()).toBe(200);
    expect((await (await admin.get('/api/session')).json()).session.isAdmin).toBe(true);
    const audit = await admin.get('/api/admin/audit?action=admin.login');
    expect(audit.status()).toBe(200);
    const logins = (await audit.json()).entries as Array<{ outcome: string; ip: string | null }>;
    expect(logins.some((e) => e.outcome === 'success')).toBe(true);
    expect(logins.some((e) => e.outcome === 'denied')).toBe(true);
    expect(logins[0]?.ip).toBeTruthy();

    await admin.post('/api/admin/logout');
    expect((await admin.get('/api/admin/audit')).status()).toBe(401);
    await admin.dispose();
  });

  test('invalid query parameters get a 400 naming the field', async ({ request }) => {
    const response = await request.get('/api/admin/audit?limit=-3', { headers: { Authorization: `Bearer ${E2E_ADMIN_TOKEN}` } });
    expect(response.status()).toBe(400);
    expect((await response.json()).error.message).toContain('limit');
    const cursor = await request.get('/api/admin/audit?before=yesterday', { headers: { Authorization: `Bearer ${E2E_ADMIN_TOKEN}` } });
    expect(cursor.status()).toBe(400);
    expect((await cursor.json()).error.message).toContain('before');
  });
});

test('pages carry the security headers', async ({ request }) => {
  for (const path of ['/', '/api/health', '/no-such-page']) {
    const headers = (await request.get(path)).headers();
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['x-powered-by']).toBeUndefined();
  }
});
