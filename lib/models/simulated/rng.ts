import { mulberry32 } from '@/lib/random';

/** FNV-1a: a stable 32-bit hash of strings, to derive per-decision seeds. */
export function hash32(...parts: Array<string | number>): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const s = String(part);
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x2f;
  }
  return h >>> 0;
}

/** One reproducible draw in [0, 1) for a named decision. */
export function draw(seed: number, ...key: Array<string | number>): number {
  return mulberry32(hash32(seed, ...key))();
}
