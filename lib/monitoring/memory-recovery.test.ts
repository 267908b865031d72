import { describe, expect, it } from 'vitest';
import { sharedCache } from '@/lib/cache';
import { parseConfig } from '@/lib/config';
import { Monitor } from './monitor';

describe('memory-warning recovery', () => {
  it('frees the cache memory and trims the windows, and records started then the outcome', async () => {
    const m = new Monitor(parseConfig({}).monitoring);
    for (let i = 0; i < 5; i += 1) await sharedCache().cached(`test:${i}`, 60_000, async () => ({ i }));
    expect(sharedCache().status().memoryEntries).toBe(5);
    m.recoverMemory('warning');
    expect(sharedCache().status().memoryEntries).toBe(0);
    const [outcome, started] = m.recoveries();
    expect(started).toMatchObject({ trigger: 'memory warning', outcome: 'started', action: 'free caches and trim windows' });
    expect(['succeeded', 'failed']).toContain(outcome!.outcome);
    expect(outcome!.detail).toMatch(/^dropped 5 cache entries and \d+ window entries; heap (down|up) \d+ MiB; memory now (ok|warning|critical)$/);
  });
});
