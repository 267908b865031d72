'use client';

// recharts for the load tester: load-test-panel.tsx loads this module with
// next/dynamic, after the page is interactive.
import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS, ChartFrame, TOOLTIP } from '@/components/ui/chart-frame';
import type { LoadTestPoint } from '@/lib/loadtest/types';

const MARGIN = { top: 8, right: 8, bottom: 0, left: -8 };

export type HistoryRow = { label: string; rps: number; p95: number };

/** Requests, errors and mean latency per second of one run. */
export function TimelineChart({ points }: { points: LoadTestPoint[] }) {
  return (
    <ChartFrame initialHeight={220}>
      <ComposedChart data={points} margin={MARGIN} accessibilityLayer={false}>
        <CartesianGrid stroke="#30363d" strokeDasharray="3 3" />
        <XAxis dataKey="t" tick={AXIS} unit=" s" />
        <YAxis yAxisId="n" tick={AXIS} allowDecimals={false} />
        <YAxis yAxisId="ms" orientation="right" tick={AXIS} unit=" ms" width={80} />
        <Tooltip {...TOOLTIP} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar yAxisId="n" dataKey="requests" name="requests" fill="#1f6feb" isAnimationActive={false} />
        <Bar yAxisId="n" dataKey="errors" name="errors" fill="#f85149" isAnimationActive={false} />
        <Line yAxisId="ms" type="monotone" dataKey="meanMs" name="mean ms" stroke="#d29922" dot={false} isAnimationActive={false} />
      </ComposedChart>
    </ChartFrame>
  );
}

/** Throughput and p95 of the stored runs, oldest first. */
export function HistoryChart({ rows }: { rows: HistoryRow[] }) {
  return (
    <ChartFrame initialHeight={220}>
      <BarChart data={rows} margin={MARGIN} accessibilityLayer={false}>
        <CartesianGrid stroke="#30363d" strokeDasharray="3 3" />
        <XAxis dataKey="label" tick={AXIS} />
        <YAxis yAxisId="rps" tick={AXIS} />
        <YAxis yAxisId="ms" orientation="right" tick={AXIS} unit=" ms" width={80} />
        <Tooltip {...TOOLTIP} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar yAxisId="rps" dataKey="rps" name="req/s" fill="#3fb950" isAnimationActive={false} />
        <Bar yAxisId="ms" dataKey="p95" name="p95 ms" fill="#d29922" isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}
