import { describe, expect, it } from 'vitest';
import { ms, num, pct, usd } from './format';

describe('comparison formatting', () => {
  it('shows missing figures as a dash, never as zero', () => {
    expect(ms(null)).toBe('–');
    expect(pct(undefined)).toBe('–');
    expect(usd(null)).toBe('–');
    expect(num(null)).toBe('–');
  });
  it('switches to seconds for long latencies and keeps small costs readable', () => {
    expect(ms(842.4)).toBe('842 ms');
    expect(ms(12_345)).toBe('12.3 s');
    expect(usd(0.000123)).toBe('$0.00012');
    expect(usd(0.25)).toBe('$0.2500');
    expect(pct(66.666)).toBe('66.7 %');
  });
});
