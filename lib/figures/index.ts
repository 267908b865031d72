// Browser- and script-safe (no imports): how figures are rounded for pages, reports and logs.

/** `value` rounded to `digits` decimals (half away from zero as Math.round does, so 2.25 → 2.3 at one digit). */
export function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
