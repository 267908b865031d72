import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { guardRequest } from './request-guard';

describe('guardRequest', () => {
  it('sends HSTS and upgrade-insecure-requests over https only', async () => {
    const secure = await guardRequest(new NextRequest('https://aimon.example.com/'));
    expect(secure.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
    expect(secure.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
    const plain = await guardRequest(new NextRequest('http://aimon.example.com/'));
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    expect(plain.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
  });

  it('gives every request its own nonce, passed on to rendering in the request headers', async () => {
    const a = await guardRequest(new NextRequest('http://aimon.example.com/'));
    const b = await guardRequest(new NextRequest('http://aimon.example.com/'));
    const nonceA = /'nonce-([^']+)'/.exec(a.headers.get('content-security-policy')!)?.[1];
    const nonceB = /'nonce-([^']+)'/.exec(b.headers.get('content-security-policy')!)?.[1];
    expect(nonceA).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonceA).not.toBe(nonceB);
    // NextResponse.next({ request: { headers } }) encodes overridden request headers like this:
    expect(a.headers.get('x-middleware-request-x-nonce')).toBe(nonceA);
  });
});
