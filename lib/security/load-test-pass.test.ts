import { describe, expect, it } from 'vitest';
import { hasLoadTestPass, issueLoadTestPass, LOAD_TEST_HEADER } from './load-test-pass';

const request = (value?: string) => new Request('http://127.0.0.1/api/health', { headers: value === undefined ? {} : { [LOAD_TEST_HEADER]: value } });

describe('load-test pass', () => {
  it('exempts only requests carrying a live pass, and none after it is revoked', () => {
    const pass = issueLoadTestPass();
    expect(pass.value.length).toBeGreaterThanOrEqual(40);
    expect(hasLoadTestPass(request(pass.value))).toBe(true);
    expect(hasLoadTestPass(request())).toBe(false);
    expect(hasLoadTestPass(request(`${pass.value}x`))).toBe(false);
    expect(hasLoadTestPass(request(pass.value.slice(1)))).toBe(false);
    pass.revoke();
    expect(hasLoadTestPass(request(pass.value))).toBe(false);
  });
});
