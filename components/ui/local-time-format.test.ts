import { describe, expect, it } from 'vitest';
import { formatLocalTime, timePlaceholder } from './local-time-format';

describe('formatLocalTime', () => {
  it('lays times out at a fixed width in the local zone', () => {
    const d = new Date(2026, 0, 2, 3, 4, 5);
    expect(formatLocalTime(d.getTime())).toBe('03:04:05');
    expect(formatLocalTime(d.toISOString(), 'datetime')).toBe('02/01/2026, 03:04:05');
    expect(formatLocalTime(new Date(2026, 10, 25, 23, 59, 59), 'datetime')).toBe('25/11/2026, 23:59:59');
  });

  it('answers a dash for what is not a time', () => {
    expect(formatLocalTime('not a date')).toBe('–');
  });

  it('has a placeholder of the same layout, with no digits', () => {
    expect(timePlaceholder()).toBe('‒‒:‒‒:‒‒');
    expect(timePlaceholder('datetime')).toBe('‒‒/‒‒/‒‒‒‒, ‒‒:‒‒:‒‒');
    expect(timePlaceholder('datetime')).toHaveLength(formatLocalTime(Date.now(), 'datetime').length);
  });
});
