'use client';

import { Area, AreaChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SeriesPoint } from '@/lib/monitoring/types';
import { toChartRows } from './format';

const AXIS = { stroke: '#8b949e', fontSize: 11 };
const TOOLTIP = { contentStyle: { background: '#161b22', border: '1px solid #30363d', borderRadius: 8 }, labelStyle: { color: '#e6edf3' } };
const CHART_HEIGHT = 200;

function ChartCard({ title, summary, children }: { title: string; summary: string; children: React.ReactElement }) {
  return (
    <figure className="card mon-chart" aria-label={title}>
      <figcaption className="mon-chart__title">{title}</figcaption>
      <div style={{ width: '100%', height: CHART_HEIGHT }} aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height: CHART_HEIGHT }}>
          {children}
        </ResponsiveContainer>
      </div>
      <p className="visually-hidden">{summary}</p>
    </figure>
  );
}

const last = (points: SeriesPoint[]) => points.filter((p) => p.requests > 0).at(-1);

/** Request rate, latency percentiles and errors over time: three small charts. */
export function TimeSeriesCharts({ points, scope }: { points: SeriesPoint[]; scope: string }) {
  const rows = toChartRows(points);
  const latest = last(points);
  return (
    <div className="mon-charts">
      <ChartCard title={`Request rate (req/s, ${scope})`} summary={`Latest request rate ${latest?.rps ?? 0} per second.`}>
        <AreaChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid stroke="#30363d" strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={AXIS} minTickGap={40} />
          <YAxis tick={AXIS} allowDecimals />
          <Tooltip {...TOOLTIP} />
          <Area type="monotone" dataKey="rps" name="req/s" stroke="#58a6ff" fill="#1f6feb55" isAnimationActive={false} />
        </AreaChart>
      </ChartCard>
      <ChartCard title={`Latency (ms, ${scope})`} summary={`Latest p95 latency ${latest?.p95_ms ?? 'n/a'} ms.`}>
        <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid stroke="#30363d" strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={AXIS} minTickGap={40} />
          <YAxis tick={AXIS} />
          <Tooltip {...TOOLTIP} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line type="monotone" dataKey="p50_ms" name="p50" stroke="#3fb950" dot={false} connectNulls={false} isAnimationActive={false} />
          <Line type="monotone" dataKey="p95_ms" name="p95" stroke="#d29922" dot={false} connectNulls={false} isAnimationActive={false} />
          <Line type="monotone" dataKey="p99_ms" name="p99" stroke="#f85149" dot={false} connectNulls={false} isAnimationActive={false} />
        </LineChart>
      </ChartCard>
      <ChartCard title={`Errors (${scope})`} summary={`Latest error rate ${latest?.error_rate_percent ?? 0} percent.`}>
        <AreaChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid stroke="#30363d" strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={AXIS} minTickGap={40} />
          <YAxis tick={AXIS} allowDecimals={false} />
          <Tooltip {...TOOLTIP} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Area type="monotone" dataKey="errors_5xx" name="5xx" stackId="e" stroke="#f85149" fill="#f8514955" isAnimationActive={false} />
          <Area type="monotone" dataKey="errors_4xx" name="4xx" stackId="e" stroke="#d29922" fill="#d2992255" isAnimationActive={false} />
        </AreaChart>
      </ChartCard>
    </div>
  );
}
