import { describe, expect, it } from 'vitest';
import { formatBytes, formatMs, formatPct, formatUsd, toChartRows } from './format';

describe('monitoring formats', () => {
  it('formats durations, sizes, percentages and money for tiles', () => {
    expect(formatMs(null)).toBe('–');
    expect(formatMs(12.34)).toBe('12.3 ms');
    expect(formatMs(512.6)).toBe('513 ms');
    expect(formatMs(15_300)).toBe('15.3 s');
    expect(formatBytes(300 * 1024 * 1024)).toBe('300 MB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3.0 GB');
    expect(formatPct(7.25)).toBe('7.3 %');
    expect(formatUsd(0.01234)).toBe('$0.0123');
  });

  it('labels chart rows by time and keeps gaps', () => {
    const t = new Date(2026, 0, 1, 9, 5, 7).getTime();
    expect(toChartRows([{ t, p95_ms: null }], 'en-GB')).toEqual([{ t, p95_ms: null, label: '09:05:07' }]);
    expect(toChartRows([{ t, p95_ms: null }], 'en-US')[0]!.label).toBe('09:05:07 AM');
  });
});
