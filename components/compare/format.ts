/** Display helpers for the comparison (pure, browser-safe). */

import { formatLocalTime } from '@/components/ui/local-time-format';

export const dash = '–';

export function ms(v: number | null | undefined): string {
  if (v === null || v === undefined) return dash;
  return v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`;
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
