/** Display helpers for the comparison (pure, browser-safe). */

import { formatLocalTime } from '@/components/ui/local-time-format';

export const dash = '–';

export function ms(v: number | null | undefined): string {
  if (v === null || v === undefined) return dash;
  return v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`;
}

/** Two latencies in one unit: seconds for both when either reaches 10 s, milliseconds for both otherwise. */
export function msPair(a: number | null | undefined, b: number | null | undefined): [string, string] {
  const seconds = Math.max(a ?? 0, b ?? 0) >= 10_000;
  const one = (v: number | null | undefined) => (v === null || v === undefined ? dash : seconds ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`);
  return [one(a), one(b)];
}

/**
 * What the column header adds to "Model A": the model's own description
 * ("simulated, careful"), without repeating the slot name the display name
 * starts with ("Model A (simulated, careful)").
 */
export function modelDetail(slot: string, displayName: string): string {
  const prefix = `Model ${slot}`;
  let rest = displayName.startsWith(prefix) ? displayName.slice(prefix.length).trim() : displayName;
  if (rest.startsWith('(') && rest.endsWith(')')) rest = rest.slice(1, -1);
  return rest.replace(/^[:·-]\s*/, '');
}

export function pct(v: number | null | undefined): string {
  return v === null || v === undefined ? dash : `${v.toFixed(1)} %`;
}

export function usd(v: number | null | undefined): string {
  if (v === null || v === undefined) return dash;
  if (v === 0) return '$0';
  return v < 0.01 ? `$${v.toFixed(5)}` : `$${v.toFixed(4)}`;
}

export function num(v: number | null | undefined, digits = 0): string {
  return v === null || v === undefined ? dash : v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** "14:05" for buckets within a day, "Mon 14:00" beyond (in the visitor's locale). */
export function bucketLabel(iso: string, bucketSec: number, locale?: string): string {
  return formatLocalTime(iso, bucketSec >= 6 * 3600 ? 'weekday-clock' : 'clock', locale);
}
