import { afterEach, describe, expect, it } from 'vitest';
import { resetConfigForTests } from '@/lib/config';
import { clientIp } from './client-ip';
import { PEER_ADDRESS_HEADER } from './peer-address';

function request(headers: Record<string, string>) {
  return new Request('http://aimon.test/api/health', { headers });
}

describe('clientIp', () => {
  afterEach(() => {
    delete process.env.TRUST_PROXY;
    resetConfigForTests();
  });

  it('uses the socket address and ignores X-Forwarded-For by default', () => {
    expect(clientIp(request({ [PEER_ADDRESS_HEADER]: '::ffff:192.0.2.4', 'x-forwarded-for': '10.0.0.1' }))).toBe('192.0.2.4');
    expect(clientIp(request({ 'x-forwarded-for': '10.0.0.1' }))).toBe('unknown');
  });

  it('behind a trusted proxy, takes the entry that proxy appended, not what the client claimed', () => {
    process.env.TRUST_PROXY = 'true';
    resetConfigForTests();
    expect(clientIp(request({ [PEER_ADDRESS_HEADER]: '10.0.0.2', 'x-forwarded-for': '6.6.6.6, 198.51.100.7' }))).toBe('198.51.100.7');
    expect(clientIp(request({ [PEER_ADDRESS_HEADER]: '10.0.0.2' }))).toBe('10.0.0.2');
  });
});
