/**
 * Deterministic randomness. The fleet keeps a mulberry32 state in its stored
 * state, so the same seed and the same sequence of calls give the same fleet
 * on every machine; `noise` is a stateless hash for metric jitter, so reading
 * metrics never changes what happens next.
 */
export function nextRandom(state: number): { value: number; state: number } {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { value: ((t ^ (t >>> 14)) >>> 0) / 4294967296, state: next };
}

/** A value in [0, 1) determined by the inputs only. */
export function noise(...parts: (number | string)[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const text = String(part);
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x2f;
    h = Math.imul(h, 0x01000193);
  }
  return nextRandom(h >>> 0).value;
}

/** A stateful generator over a stored state, for code that draws several values. */
export class Rng {
  constructor(public state: number) {}
  next(): number {
    const { value, state } = nextRandom(this.state);
    this.state = state;
    return value;
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
