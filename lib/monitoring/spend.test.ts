import { describe, expect, it } from 'vitest';
import { attributeSpend, currentSpendSession, SpendLedger } from './spend';

describe('spend ledger', () => {
  it('counts each call for its model and the session an entry point named, across awaits', async () => {
    let t = Date.UTC(2026, 11, 2, 12, 0, 30);
    const ledger = new SpendLedger(() => t);
    await attributeSpend('session-1', async () => {
      await new Promise((r) => setTimeout(r, 1));
      expect(currentSpendSession()).toBe('session-1');
      ledger.record({ model: 'B', costUsd: 0.01, inputTokens: 100, outputTokens: 20 });
    });
    ledger.record({ model: 'B', costUsd: 0.02 });
    t += 60_000;
    ledger.record({ model: 'A', costUsd: 0.5 }, 'session-1');
    expect(currentSpendSession()).toBeUndefined();
    const sessions = ledger.unwritten('session', 0);
    expect([...sessions.keys()]).toEqual(['session-1']);
    expect(sessions.get('session-1')).toMatchObject({ costUsd: 0.51, calls: 2, tokens: 120 });
    expect(sessions.get('session-1')!.minutes.map((m) => m.costUsd)).toEqual([0.01, 0.5]);
    const models = ledger.unwritten('model', 0);
    expect(models.get('B')).toMatchObject({ calls: 2 });
    expect(models.get('B')!.costUsd).toBeCloseTo(0.03, 10);
    expect(ledger.modelCostTotals().map((o) => [o.attributes['aimon.model'], o.value])).toEqual([['B', 0.03], ['A', 0.5]]);
  });
});
