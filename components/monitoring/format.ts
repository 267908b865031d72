/** Display helpers for the monitoring page (pure; unit-tested). */

import { formatLocalTime } from '@/components/ui/local-time-format';

export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '–';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return `${Math.round(ms)} ms`;
  return `${ms.toFixed(1)} ms`;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${Math.round(bytes / 1024 ** 2)} MB`;
  return `${Math.round(bytes / 1024)} kB`;
}

export function formatPct(pct: number | null | undefined, digits = 1): string {
  return pct === null || pct === undefined ? '–' : `${pct.toFixed(digits)} %`;
}

export function formatUsd(usd: number): string {
  return usd >= 1 ? `$${usd.toFixed(2)}` : `$${usd.toFixed(4)}`;
}

export type ChartRowsOf<P> = (P & { label: string })[];

/** Chart rows from series points: a time label (the visitor's locale) and the values, nulls kept as gaps. */
export function toChartRows<P extends { t: number }>(points: P[], locale?: string): (P & { label: string })[] {
  return points.map((p) => ({ ...p, label: formatLocalTime(p.t, 'time', locale) }));
}
