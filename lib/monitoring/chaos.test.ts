import { describe, expect, it } from 'vitest';
import { ChaosSwitch } from './chaos';

describe('chaos switch', () => {
  it('fails the chosen share of demo requests and turns itself off when its time is up', () => {
    let t = 1_000_000;
    const chaos = new ChaosSwitch(() => t);
    expect(chaos.decide()).toEqual({ fail: false, delayMs: 0 });
    expect(chaos.set({ kind: 'errors', ratePct: 30, durationSec: 10 })).toMatchObject({ active: true, kind: 'errors', rate_pct: 30, remaining_sec: 10 });
    expect(chaos.decide(() => 0.29)).toEqual({ fail: true, delayMs: 0 });
    expect(chaos.decide(() => 0.3)).toEqual({ fail: false, delayMs: 0 });
    t += 9_999;
    expect(chaos.state().remaining_sec).toBe(1);
    t += 1;
    expect(chaos.state()).toMatchObject({ active: false, kind: null });
    expect(chaos.decide(() => 0)).toEqual({ fail: false, delayMs: 0 });
  });

  it('slows requests in latency mode, every one by default', () => {
    const chaos = new ChaosSwitch(() => 0);
    chaos.set({ kind: 'latency', latencyMs: 700, durationSec: 5 });
    expect(chaos.decide(() => 0.99)).toEqual({ fail: false, delayMs: 700 });
    chaos.clear();
    expect(chaos.state().active).toBe(false);
  });
});
