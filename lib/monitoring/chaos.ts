import type { ChaosState } from './types';

export interface ChaosInput {
  kind: 'errors' | 'latency';
  /** Share of demo requests affected (errors: that fail; latency: that are slowed). */
  ratePct?: number;
  latencyMs?: number;
  durationSec: number;
}

interface Active {
  kind: 'errors' | 'latency';
  ratePct: number;
  latencyMs: number;
  startedAt: number;
  until: number;
}

/** When the last chaos run started and ended (ms since the epoch). */
export interface ChaosRun {
  startedAt: number;
  endedAt: number;
}

export const CHAOS_DEFAULT_RATE_PCT = 100;
export const CHAOS_DEFAULT_LATENCY_MS = 1_500;

/**
 * The chaos switch: for a while, demo traffic (`/api/demo/work`) fails or is
 * slowed so alerts can be shown live. It turns itself off when its time is up.
 * Per process: with several replicas it acts on the one that received the POST.
 */
export class ChaosSwitch {
  private active: Active | null = null;
  private ended: ChaosRun | null = null;

  constructor(private readonly now: () => number = Date.now) {}

  set(input: ChaosInput): ChaosState {
    this.active = {
      kind: input.kind,
      ratePct: input.ratePct ?? CHAOS_DEFAULT_RATE_PCT,
      latencyMs: input.kind === 'latency' ? (input.latencyMs ?? CHAOS_DEFAULT_LATENCY_MS) : 0,
      startedAt: this.now(),
      until: this.now() + input.durationSec * 1000,
    };
    return this.state();
  }

  clear(): void {
    if (this.active) this.ended = { startedAt: this.active.startedAt, endedAt: Math.min(this.now(), this.active.until) };
    this.active = null;
  }

  private current(): Active | null {
    if (this.active && this.active.until <= this.now()) {
      this.ended = { startedAt: this.active.startedAt, endedAt: this.active.until };
      this.active = null;
    }
    return this.active;
  }

  /** The last run, once it is over (null while one runs or before the first): health uses it to tell recovery from trouble. */
  lastRun(): ChaosRun | null {
    return this.current() ? null : this.ended;
  }

  state(): ChaosState {
    const a = this.current();
    if (!a) return { active: false, kind: null, rate_pct: 0, latency_ms: 0, until: null, remaining_sec: 0 };
    return {
      active: true,
      kind: a.kind,
      rate_pct: a.ratePct,
      latency_ms: a.latencyMs,
      until: new Date(a.until).toISOString(),
      remaining_sec: Math.max(0, Math.ceil((a.until - this.now()) / 1000)),
    };
  }

  /** What to do to one demo request: fail it, delay it, or neither. */
  decide(random: () => number = Math.random): { fail: boolean; delayMs: number } {
    const a = this.current();
    if (!a || random() * 100 >= a.ratePct) return { fail: false, delayMs: 0 };
    return a.kind === 'errors' ? { fail: true, delayMs: 0 } : { fail: false, delayMs: a.latencyMs };
  }
}
