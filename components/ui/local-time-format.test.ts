import { describe, expect, it } from 'vitest';
import { formatLocalTime, timePlaceholder } from './local-time-format';

describe('formatLocalTime', () => {
  const d = new Date(2026, 10, 25, 19, 4, 5);

  it('lays a time out as the visitor\'s locale does, in the local zone', () => {
    expect(formatLocalTime(d.getTime(), 'time', 'en-GB')).toBe('19:04:05');
    expect(formatLocalTime(d.toISOString(), 'datetime', 'en-GB')).toBe('25/11/2026, 19:04:05');
    expect(formatLocalTime(d, 'time', 'en-US')).toBe('07:04:05 PM');
    expect(formatLocalTime(d, 'datetime', 'en-US')).toBe('11/25/2026, 07:04:05 PM');
    expect(formatLocalTime(d, 'time', 'de-DE')).toBe('19:04:05');
  });

  it('has short layouts for chart axes', () => {
    expect(formatLocalTime(d, 'clock', 'en-GB')).toBe('19:04');
    expect(formatLocalTime(d, 'clock', 'en-US')).toBe('07:04 PM');
    expect(formatLocalTime(d, 'weekday-clock', 'en-GB')).toBe('Wed 19:04');
  });

  it('answers a dash for what is not a time', () => {
    expect(formatLocalTime('not a date')).toBe('–');
  });

  it('has a placeholder with no digits, the same whatever the locale', () => {
    expect(timePlaceholder()).toBe('‒‒:‒‒:‒‒');
    expect(timePlaceholder('datetime')).toBe('‒‒/‒‒/‒‒‒‒, ‒‒:‒‒:‒‒');
    expect(timePlaceholder('datetime')).toHaveLength(formatLocalTime(Date.now(), 'datetime', 'en-GB').length);
  });
});
