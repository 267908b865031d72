// The one seeded PRNG (mulberry32) of the app. Browser- and script-safe (no imports).
// The fleet keeps its state in the stored fleet state, so the same seed and the
// same sequence of calls give the same fleet on every machine; the simulated
// models and the comparison's bootstrap draw from it for the same reason.

/** The state after `state`. */
const advance = (state: number) => (state + 0x6d2b79f5) >>> 0;

/** The value in [0, 1) an advanced state gives (mulberry32's output mix). */
function valueOf(next: number): number {
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** One step: the value in [0, 1) and the state to continue from. */
export function nextRandom(state: number): { value: number; state: number } {
  const next = advance(state);
  return { value: valueOf(next), state: next };
}

/** A stateful generator over a stored state, for code that draws several values. */
export class Rng {
  constructor(public state: number) {}
  // No step object per draw: the comparison's bootstrap draws millions per report, and their garbage was a third of its time.
  next(): number {
    this.state = advance(this.state);
    return valueOf(this.state);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** A generator function over a seed (for code that only draws). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    const step = nextRandom(state);
    state = step.state;
    return step.value;
  };
}
