import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { E2E_ADMIN_TOKEN } from '../playwright.config';
import { spawnServer, waitReady } from './support/server-process';

const PAGES = ['/', '/tools', '/chat', '/compare', '/monitoring', '/admin/login', '/no-such-page'];

function nonceOf(csp: string | undefined): string | undefined {
  return /'nonce-([^']+)'/.exec(csp ?? '')?.[1];
}

/** CSP violations, as the page reports them and as Chromium logs them. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('__reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportViolation(t: string): void }).__reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI}`,
      );
    });
  });
  return violations;
}

test.describe('Content-Security-Policy', () => {
  test('every page has a fresh nonce that every one of its scripts carries', async ({ request }) => {
    const seen = new Set<string>();
    for (const path of PAGES) {
      const response = await request.get(path);
      const csp = response.headers()['content-security-policy'];
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).not.toContain('unsafe-inline');
      expect(csp, path).not.toContain('unsafe-eval');
      const nonce = nonceOf(csp);
      expect(nonce, path).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(seen.has(nonce!), `nonce reused on ${path}`).toBe(false);
      seen.add(nonce!);
      const html = await response.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
      // No inline event handlers or style attributes, which no nonce can allow.
      expect(html).not.toMatch(/<[^>]+\son[a-z]+=/i);
      expect(html).not.toMatch(/<[^>]+\sstyle="/i);
    }
  });

  test('API responses, /metrics and static files carry the static headers and a CSP that allows nothing; no HSTS over http', async ({ request }) => {
    for (const path of ['/api/health', '/api/does-not-exist', '/metrics', '/_next/static/not-there.js']) {
      const headers = (await request.get(path)).headers();
      expect(headers['content-security-policy'], path).toContain("default-src 'none'");
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['x-frame-options'], path).toBe('DENY');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy'], path).toContain('camera=()');
      expect(headers['strict-transport-security'], path).toBeUndefined();
      // This server trusts no proxy (TRUST_PROXY unset): a client's claim of https is not believed.
      const claimed = (await request.get(path, { headers: { 'x-forwarded-proto': 'https' } })).headers();
      expect(claimed['strict-transport-security'], path).toBeUndefined();
    }
    // Pages get the same static headers next to their nonce CSP.
    const page = (await request.get('/')).headers();
    expect(page['x-content-type-options']).toBe('nosniff');
    expect(page['x-frame-options']).toBe('DENY');
    expect(page['content-security-policy']).toContain("'nonce-");
  });

  test('the pages work in Chromium with no CSP violation', async ({ page }) => {
    const violations = await watchViolations(page);
    for (const path of ['/', '/monitoring', '/admin/login']) {
      await page.goto(path);
      // The health badge is rendered by client-side React, so it proves the scripts ran.
      await expect(page.getByTestId('health-badge')).toHaveAttribute('data-status', 'online');
    }
    // Client-side navigation loads more scripts ('strict-dynamic').
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Chat' }).click();
    await expect(page).toHaveURL('/chat');
    // A form post through the page: the login form, same origin.
    await page.goto('/admin/login');
    await page.getByLabel('Admin token').fill('wrong-token');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.locator('#login-error')).toHaveText('That admin token is not valid.');
    expect(violations).toEqual([]);
  });

  test('markup injected into a page cannot run script, while the page itself still works', async ({ page }) => {
    const violations = await watchViolations(page);
    // Play an injection: the real response and its real CSP header, plus markup
    // an attacker might slip into the HTML (no nonce, inline handler).
    await page.route('**/', async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        '</body>',
        '<script>window.__injected = "inline"</script><img src="/x.png" onerror="window.__injected = \'handler\'"></body>',
      );
      await route.fulfill({ response, body: html });
    });
    await page.goto('/');
    await expect(page.getByTestId('health-badge')).toHaveAttribute('data-status', 'online');
    expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
    await expect.poll(() => violations.filter((v) => /script-src/.test(v)).length).toBeGreaterThanOrEqual(2);
  });
});

test.describe('CSRF', () => {
  test('cross-site state-changing requests get a 403 JSON and are audited', async ({ request }) => {
    const attempts: Array<{ headers: Record<string, string>; reason: string }> = [
      { headers: { origin: 'https://evil.example' }, reason: 'Origin https://evil.example is not this site' },
      { headers: { 'sec-fetch-site': 'cross-site' }, reason: 'Sec-Fetch-Site is cross-site' },
      { headers: { origin: 'null' }, reason: 'Origin null is not a web origin' },
    ];
    for (const { headers } of attempts) {
      const response = await request.post('/api/admin/login', { data: { token: E2E_ADMIN_TOKEN }, headers });
      expect(response.status()).toBe(403);
      expect(await response.json()).toEqual({
        error: { code: 'forbidden', message: expect.stringContaining('Cross-site request refused') },
      });
      expect(response.headers()['set-cookie']).toBeUndefined();
    }
    const audit = await request.get('/api/admin/audit?action=csrf.refuse&limit=10', {
      headers: { Authorization: `Bearer ${E2E_ADMIN_TOKEN}` },
    });
    const reasons = ((await audit.json()).entries as Array<{ error: string; outcome: string; resourceId: string }>).map((e) => e.error);
    for (const { reason } of attempts) expect(reasons).toContain(reason);
  });

  test('a forged request riding on a session cookie is audited with that session', async ({ request }) => {
    const { session } = await (await request.get('/api/session')).json();
    // The request fixture sends the session cookie back, as a browser would.
    const forged = await request.post('/api/admin/logout', { headers: { origin: 'https://evil.example' } });
    expect(forged.status()).toBe(403);
    const audit = await request.get(`/api/admin/audit?action=csrf.refuse&sessionId=${session.id}`, {
      headers: { Authorization: `Bearer ${E2E_ADMIN_TOKEN}` },
    });
    expect((await audit.json()).entries).toEqual([
      expect.objectContaining({ sessionId: session.id, resourceId: 'POST /api/admin/logout', outcome: 'denied' }),
    ]);
  });

  test('same-origin browsers and clients without browser headers pass', async ({ request, baseURL }) => {
    const sameOrigin = await request.post('/api/admin/logout', { headers: { origin: baseURL!, 'sec-fetch-site': 'same-origin' } });
    expect(sameOrigin.status()).toBe(200);
    const curlLike = await request.post('/api/admin/logout');
    expect(curlLike.status()).toBe(200);
    // Reads are never refused for their origin.
    expect((await request.get('/api/health', { headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } })).status()).toBe(200);
  });
});

test.describe('session cookie', () => {
  test('a tampered cookie is treated as no session', async ({ playwright, baseURL }) => {
    const admin = await playwright.request.newContext({ baseURL });
    expect((await admin.post('/api/admin/login', { data: { token: E2E_ADMIN_TOKEN } })).status()).toBe(200);
    const state = await admin.storageState();
    const cookie = state.cookies.find((c) => c.name === 'aimon_session')!;
    const { session } = await (await admin.get('/api/session')).json();
    expect(session.isAdmin).toBe(true);
    await admin.dispose();

    const value = cookie.value;
    const middle = Math.floor(value.length / 2);
    const tampered = [
      value.slice(0, middle) + (value[middle] === 'A' ? 'B' : 'A') + value.slice(middle + 1),
      value.slice(0, -4),
      // The MAC, just before the version suffix.
      value.replace(/(.)~(\d+)$/, (_m, c: string, v: string) => `${c === 'a' ? 'b' : 'a'}~${v}`),
      'Fe26.2**garbage**',
      '',
    ];
    for (const bad of tampered) {
      const headers = { cookie: `aimon_session=${bad}` };
      const audit = await fetch(`${baseURL}/api/admin/audit`, { headers });
      expect(audit.status, bad).toBe(401);
      const fresh = await fetch(`${baseURL}/api/session`, { headers });
      expect(fresh.status).toBe(200);
      const body = await fresh.json();
      expect(body.session.id).not.toBe(session.id);
      expect(body.session.isAdmin).toBe(false);
    }
  });
});

test.describe('audit completeness', () => {
  test('N concurrent state-changing requests leave exactly N audit rows', async ({ request, playwright, baseURL }) => {
    const count = async (action: string) => {
      const response = await request.get(`/api/admin/audit?action=${action}&limit=500`, {
        headers: { Authorization: `Bearer ${E2E_ADMIN_TOKEN}` },
      });
      return ((await response.json()).entries as unknown[]).length;
    };
    const before = { login: await count('admin.login'), logout: await count('admin.logout') };
    const N = 20;
    const contexts = await Promise.all(Array.from({ length: N }, () => playwright.request.newContext({ baseURL })));
    const statuses = await Promise.all(
      contexts.flatMap((context, i) => [
        context.post('/api/admin/login', { data: { token: i % 2 === 0 ? E2E_ADMIN_TOKEN : `wrong-${i}` } }).then((r) => r.status()),
        context.post('/api/admin/logout').then((r) => r.status()),
      ]),
    );
    await Promise.all(contexts.map((context) => context.dispose()));
    expect(statuses.filter((s) => s === 200)).toHaveLength(N + N / 2);
    expect(statuses.filter((s) => s === 401)).toHaveLength(N / 2);
    expect(await count('admin.login')).toBe(before.login + N);
    expect(await count('admin.logout')).toBe(before.logout + N);
  });
});

test.describe('X-Forwarded-Proto', () => {
  /** What https means to the app: HSTS, upgrade-insecure-requests in a page's CSP, and a Secure session cookie. */
  async function httpsSigns(baseUrl: string, headers: Record<string, string>) {
    const page = await fetch(`${baseUrl}/tools`, { headers });
    const api = await fetch(`${baseUrl}/api/health`, { headers });
    const session = await fetch(`${baseUrl}/api/session`, { headers });
    return {
      pageHsts: page.headers.get('strict-transport-security'),
      apiHsts: api.headers.get('strict-transport-security'),
      upgrade: (page.headers.get('content-security-policy') ?? '').includes('upgrade-insecure-requests'),
      secureCookie: /;\s*secure/i.test(session.headers.get('set-cookie') ?? ''),
      cookie: session.headers.get('set-cookie') ?? '',
    };
  }

  test('with TRUST_PROXY=false, X-Forwarded-Proto: https over plain http yields no HSTS, no upgrade-insecure-requests, no Secure cookie', async ({ baseURL }) => {
    const signs = await httpsSigns(baseURL!, { 'x-forwarded-proto': 'https' });
    expect(signs.cookie).toContain('aimon_session=');
    expect(signs).toMatchObject({ pageHsts: null, apiHsts: null, upgrade: false, secureCookie: false });
  });

  test('with TRUST_PROXY=true the proxy\'s word is taken: all three over https, none over http', async () => {
    // A server of its own, on a fresh PGlite: slow to migrate on a loaded machine.
    test.setTimeout(180_000);
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aimon-proxy-'));
    const server = await spawnServer({ AIMON_DATA_DIR: dataDir, TRUST_PROXY: 'true', LOG_LEVEL: 'warn' });
    try {
      await waitReady(server);
      expect(await httpsSigns(server.url, { 'x-forwarded-proto': 'https' })).toMatchObject({
        pageHsts: 'max-age=63072000; includeSubDomains',
        apiHsts: 'max-age=63072000; includeSubDomains',
        upgrade: true,
        secureCookie: true,
      });
      expect(await httpsSigns(server.url, { 'x-forwarded-proto': 'http' })).toMatchObject({ pageHsts: null, apiHsts: null, upgrade: false, secureCookie: false });
    } finally {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
