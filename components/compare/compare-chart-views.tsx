'use client';

// recharts lives here and only here on the Compare page: compare-charts.tsx
// loads this module with next/dynamic, after the page is interactive.
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS, ChartFrame, TOOLTIP } from '@/components/ui/chart-frame';
import type { ComparisonPoint } from '@/lib/compare/types';

const COLORS = { A: '#58a6ff', B: '#d2a8ff' };
const MARGIN = { top: 8, right: 8, bottom: 0, left: -8 };

/** One bucket of the comparison series with its axis label. */
export type SeriesRow = ComparisonPoint & { label: string };
/** One bar group: a metric and the value of each model. */
export type BarRow = { metric: string; A: number; B: number };

export function LatencyChart({ rows }: { rows: SeriesRow[] }) {
  return (
    <ChartFrame initialHeight={220}>
      <LineChart data={rows} margin={MARGIN} accessibilityLayer={false}>
        <CartesianGrid stroke="#30363d" strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={AXIS} minTickGap={30} />
        <YAxis tick={AXIS} />
        <Tooltip {...TOOLTIP} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Line type="monotone" dataKey="A_p50" name="A p50" stroke={COLORS.A} dot connectNulls isAnimationActive={false} />
        <Line type="monotone" dataKey="A_p95" name="A p95" stroke={COLORS.A} strokeDasharray="5 3" dot connectNulls isAnimationActive={false} />
        <Line type="monotone" dataKey="B_p50" name="B p50" stroke={COLORS.B} dot connectNulls isAnimationActive={false} />
        <Line type="monotone" dataKey="B_p95" name="B p95" stroke={COLORS.B} strokeDasharray="5 3" dot connectNulls isAnimationActive={false} />
      </LineChart>
    </ChartFrame>
  );
}

export function SuccessChart({ rows }: { rows: SeriesRow[] }) {
  return (
    <ChartFrame initialHeight={220}>
      <LineChart data={rows} margin={MARGIN} accessibilityLayer={false}>
        <CartesianGrid stroke="#30363d" strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={AXIS} minTickGap={30} />
        <YAxis tick={AXIS} domain={[0, 100]} />
        <Tooltip {...TOOLTIP} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Line type="monotone" dataKey="A_success" name="Model A" stroke={COLORS.A} dot connectNulls isAnimationActive={false} />
        <Line type="monotone" dataKey="B_success" name="Model B" stroke={COLORS.B} dot connectNulls isAnimationActive={false} />
      </LineChart>
    </ChartFrame>
  );
}

/**
 * Model A against Model B per metric, as horizontal bars: the metric names sit
 * on their own lines at the left instead of overlapping under narrow columns.
 * `percent` fixes the axis at 0–100.
 */
export function ModelBarChart({ rows, percent = false }: { rows: BarRow[]; percent?: boolean }) {
  return (
    <ChartFrame initialHeight={220}>
      <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 12, bottom: 0, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid stroke="#30363d" strokeDasharray="3 3" />
        <XAxis type="number" tick={AXIS} {...(percent ? { domain: [0, 100] } : {})} />
        <YAxis type="category" dataKey="metric" tick={AXIS} width={124} />
        <Tooltip {...TOOLTIP} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="A" name="Model A" fill={COLORS.A} isAnimationActive={false} />
        <Bar dataKey="B" name="Model B" fill={COLORS.B} isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}
