import { describe, expect, it } from 'vitest';
import { withoutNul } from './nul-safe';

describe('withoutNul', () => {
  it('replaces NUL in strings, nested values and keys', () => {
    expect(withoutNul('a\u0000b')).toBe('a\uFFFDb');
    expect(withoutNul({ args: { q: ['x\u0000', 1, null] }, ['k\u0000']: true })).toEqual({ args: { q: ['x\uFFFD', 1, null] }, ['k\uFFFD']: true });
  });

  it('returns the very same value when there is nothing to clean, and leaves class instances alone', () => {
    const clean = { a: 'text', b: [1, 'two'], c: { d: null } };
    expect(withoutNul(clean)).toBe(clean);
    const date = new Date(0);
    expect(withoutNul({ when: date }).when).toBe(date);
    const bytes = Buffer.from([0, 1]);
    expect(withoutNul({ bytes }).bytes).toBe(bytes);
  });
});
