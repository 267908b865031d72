import { describe, expect, it } from 'vitest';
import { parseSince } from './log-query';

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);

describe('parseSince', () => {
  it.each([
    ['90s', NOW - 90_000],
    ['15m', NOW - 15 * 60_000],
    ['2h', NOW - 2 * 3_600_000],
    ['2026-01-01T11:00:00Z', NOW - 3_600_000],
    ['2026-01-01T11:00:00.000+01:00', NOW - 2 * 3_600_000],
  ])('reads %s', (text, expected) => {
    expect(parseSince(text, NOW)?.getTime()).toBe(expected);
  });

  it.each(['', 'yesterday', '15', '15d', '-5m', '2026-13-45T00:00:00Z', '1700000000'])('rejects %j', (text) => {
    expect(parseSince(text, NOW)).toBeUndefined();
  });
});
