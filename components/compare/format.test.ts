import { describe, expect, it } from 'vitest';
import { bucketLabel, modelDetail, ms, msPair, num, pct, usd } from './format';

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
  it('lays out both models\' latencies in one unit', () => {
    expect(msPair(10_900, 6_158)).toEqual(['10.9 s', '6.2 s']);
    expect(msPair(842.4, 6_158)).toEqual(['842 ms', '6158 ms']);
    expect(msPair(null, 12_000)).toEqual(['–', '12.0 s']);
  });
  it('does not repeat the slot name in a column header', () => {
    expect(modelDetail('A', 'Model A (simulated, careful)')).toBe('simulated, careful');
    expect(modelDetail('B', 'llama3.2 via Ollama')).toBe('llama3.2 via Ollama');
  });
  it('labels buckets in the visitor\'s locale', () => {
    const t = new Date(2026, 10, 25, 19, 5).toISOString();
    expect(bucketLabel(t, 60, 'en-GB')).toBe('19:05');
    expect(bucketLabel(t, 6 * 3600, 'en-GB')).toBe('Wed 19:05');
    expect(bucketLabel(t, 60, 'en-US')).toBe('07:05 PM');
  });
});
