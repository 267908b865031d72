'use client';

import dynamic from 'next/dynamic';
import type { SeriesPoint } from '@/lib/monitoring/types';
import { toChartRows } from './format';

// recharts arrives after the page is interactive (next/dynamic), not before:
// the frames below (title, fixed-height box, summary) render at once, so
// nothing moves when a chart fills its box. Client-only: ResponsiveContainer
// measures the DOM, and recharts writes style attributes the CSP refuses in
// server markup.
const views = () => import('./series-chart-views');
const RateChart = dynamic(() => views().then((m) => m.RateChart), { ssr: false });
const LatencyChart = dynamic(() => views().then((m) => m.LatencyChart), { ssr: false });
const ErrorsChart = dynamic(() => views().then((m) => m.ErrorsChart), { ssr: false });

function ChartCard({ title, summary, children }: { title: string; summary: string; children: React.ReactNode }) {
  return (
    <figure className="card mon-chart" aria-label={title}>
      <figcaption className="mon-chart__title">{title}</figcaption>
      <div className="mon-chart-box" aria-hidden="true">
        {children}
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
    <div className="mon-charts" data-testid="monitoring-charts">
      <ChartCard title={`Request rate (req/s, ${scope})`} summary={`Latest request rate ${latest?.rps ?? 0} per second.`}>
        <RateChart rows={rows} />
      </ChartCard>
      <ChartCard title={`Latency (ms, ${scope})`} summary={`Latest p95 latency ${latest?.p95_ms ?? 'n/a'} ms.`}>
        <LatencyChart rows={rows} />
      </ChartCard>
      <ChartCard title={`Errors (${scope})`} summary={`Latest error rate ${latest?.error_rate_percent ?? 0} percent.`}>
        <ErrorsChart rows={rows} />
      </ChartCard>
    </div>
  );
}
