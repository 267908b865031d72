import { afterEach, describe, expect, it } from 'vitest';
import { resetConfigForTests } from '@/lib/config';
import { csrfRefusal } from './csrf';
import { contentSecurityPolicy, nonceOf } from './headers';

function request(method: string, headers: Record<string, string>) {
  return new Request('http://aimon.test:3000/api/admin/logout', { method, headers: { host: 'aimon.test:3000', ...headers } });
}

describe('csrfRefusal', () => {
  afterEach(() => {
    delete process.env.TRUST_PROXY;
    resetConfigForTests();
  });

  it('lets reads through whatever their headers say', () => {
    expect(csrfRefusal(request('GET', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }))).toBeUndefined();
  });

  it('lets same-origin browsers and clients without browser headers change state', () => {
    expect(csrfRefusal(request('POST', { origin: 'http://aimon.test:3000', 'sec-fetch-site': 'same-origin' }))).toBeUndefined();
    expect(csrfRefusal(request('DELETE', {}))).toBeUndefined();
    expect(csrfRefusal(request('POST', { authorization: 'Bearer x' }))).toBeUndefined();
  });

  it.each([
    [{ 'sec-fetch-site': 'cross-site' }, /Sec-Fetch-Site is cross-site/],
    [{ 'sec-fetch-site': 'same-site' }, /same-site/],
    [{ origin: 'https://evil.example' }, /is not this site/],
    [{ origin: 'http://aimon.test:3001' }, /is not this site/],
    [{ origin: 'null' }, /not a web origin/],
    [{ origin: 'chrome-extension://abc' }, /not a web origin/],
  ])('refuses %j', (headers, reason) => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect(csrfRefusal(request(method, headers))).toMatch(reason);
    }
  });

  it('trusts X-Forwarded-Host only behind a trusted proxy', () => {
    const forwarded = { origin: 'https://aimon.example.com', 'x-forwarded-host': 'aimon.example.com' };
    expect(csrfRefusal(request('POST', forwarded))).toMatch(/is not this site/);
    process.env.TRUST_PROXY = 'true';
    resetConfigForTests();
    expect(csrfRefusal(request('POST', forwarded))).toBeUndefined();
  });
});

describe('contentSecurityPolicy', () => {
  it('allows scripts only with the nonce, forbids framing, upgrades only over https', () => {
    const csp = contentSecurityPolicy({ nonce: 'abc123==', https: false, dev: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(nonceOf(csp)).toBe('abc123==');
    expect(contentSecurityPolicy({ nonce: 'n', https: true, dev: false })).toContain('upgrade-insecure-requests');
    expect(contentSecurityPolicy({ nonce: 'n', https: false, dev: true })).toContain("'unsafe-eval'");
  });
});
