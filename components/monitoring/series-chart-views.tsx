'use client';

// recharts for the Monitoring history charts: charts.tsx loads this module
// with next/dynamic, after the page is interactive.
import { Area, AreaChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS, ChartFrame, TOOLTIP } from '@/components/ui/chart-frame';
import type { SeriesPoint } from '@/lib/monitoring/types';

const MARGIN = { top: 8, right: 8, bottom: 0, left: -16 };

export type ChartRow = SeriesPoint & { label: string };

export function RateChart({ rows }: { rows: ChartRow[] }) {
  return (
    <ChartFrame initialHeight={200}>
      <AreaChart data={rows} margin={MARGIN} accessibilityLayer={false}>
        <CartesianGrid stroke="#30363d" strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={AXIS} minTickGap={40} />
        <YAxis tick={AXIS} allowDecimals />
        <Tooltip {...TOOLTIP} />
        <Area type="monotone" dataKey="rps" name="req/s" stroke="#58a6ff" fill="#1f6feb55" isAnimationActive={false} />
      </AreaChart>
    </ChartFrame>
  );
}

export function LatencyChart({ rows }: { rows: ChartRow[] }) {
  return (
    <ChartFrame initialHeight={200}>
      <LineChart data={rows} margin={MARGIN} accessibilityLayer={false}>
        <CartesianGrid stroke="#30363d" strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={AXIS} minTickGap={40} />
        <YAxis tick={AXIS} />
        <Tooltip {...TOOLTIP} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Line type="monotone" dataKey="p50_ms" name="p50" stroke="#3fb950" dot={false} connectNulls={false} isAnimationActive={false} />
        <Line type="monotone" dataKey="p95_ms" name="p95" stroke="#d29922" dot={false} connectNulls={false} isAnimationActive={false} />
        <Line type="monotone" dataKey="p99_ms" name="p99" stroke="#f85149" dot={false} connectNulls={false} isAnimationActive={false} />
      </LineChart>
    </ChartFrame>
  );
}

export function ErrorsChart({ rows }: { rows: ChartRow[] }) {
  return (
    <ChartFrame initialHeight={200}>
      <AreaChart data={rows} margin={MARGIN} accessibilityLayer={false}>
        <CartesianGrid stroke="#30363d" strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={AXIS} minTickGap={40} />
        <YAxis tick={AXIS} allowDecimals={false} />
        <Tooltip {...TOOLTIP} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Area type="monotone" dataKey="errors_5xx" name="5xx" stackId="e" stroke="#f85149" fill="#f8514955" isAnimationActive={false} />
        <Area type="monotone" dataKey="errors_4xx" name="4xx" stackId="e" stroke="#d29922" fill="#d2992255" isAnimationActive={false} />
      </AreaChart>
    </ChartFrame>
  );
}
