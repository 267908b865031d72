import { describe, expect, it } from 'vitest';
import { formatUptime } from './format-uptime';

describe('formatUptime', () => {
  it.each([
    [0, '0s'],
    [45, '45s'],
    [61, '1m 1s'],
    [2 * 3600 + 15 * 60 + 59, '2h 15m'],
    [3 * 86400 + 4 * 3600 + 5, '3d 4h'],
    [-5, '0s'],
  ])('%i seconds -> %s', (seconds, text) => {
    expect(formatUptime(seconds)).toBe(text);
  });
});
