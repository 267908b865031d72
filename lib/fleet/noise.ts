import { nextRandom } from '@/lib/random';

/**
 * A stateless hash for the fleet's metric jitter: reading metrics never changes
 * what happens next (the stateful draws use lib/random's Rng). A value in
 * [0, 1) determined by the inputs only.
 */
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

