import { afterEach, describe, expect, it, vi } from 'vitest';
import { readInitialData } from './initial-data';

describe('readInitialData', () => {
  afterEach(() => vi.useRealTimers());

  it('returns the data as the API would send it (plain JSON) and when it was read', async () => {
    const before = Date.now();
    const initial = await readInitialData('test', async () => ({ at: new Date('2026-01-02T03:04:05.000Z'), skipped: undefined, n: 1 }));
    expect(initial?.data).toEqual({ at: '2026-01-02T03:04:05.000Z', n: 1 });
    expect(initial?.data).not.toHaveProperty('skipped');
    expect(initial!.updatedAt).toBeGreaterThanOrEqual(before);
    expect(initial!.updatedAt).toBeLessThanOrEqual(Date.now());
  });

  it('gives null instead of failing the page when the read throws, synchronously or not', async () => {
    await expect(readInitialData('test', () => Promise.reject(new Error('database down')))).resolves.toBeNull();
    await expect(readInitialData('test', () => { throw new Error('config'); })).resolves.toBeNull();
  });

  it('gives null when the read takes longer than the budget, and a late failure stays handled', async () => {
    vi.useFakeTimers();
    let fail!: (e: Error) => void;
    const pending = readInitialData('test', () => new Promise((_, reject) => (fail = reject)), 50);
    await vi.advanceTimersByTimeAsync(50);
    await expect(pending).resolves.toBeNull();
    vi.useRealTimers();
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    fail(new Error('too late'));
    await new Promise((r) => setTimeout(r, 10));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});
