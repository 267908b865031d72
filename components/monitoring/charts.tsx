'use client';

import dynamic from 'next/dynamic';
import type { SeriesPoint } from '@/lib/monitoring/types';
import { ChartFigure, type ChartTable } from '@/components/ui/chart-figure';
import { toChartRows, type ChartRowsOf } from './format';

// recharts arrives after the page is interactive (next/dynamic), not before:
// the frames below (title, fixed-height box, summary) render at once, so
// nothing moves when a chart fills its box. Client-only: ResponsiveContainer
// measures the DOM, and recharts writes style attributes the CSP refuses in
// server markup.
const views = () => import('./series-chart-views');
const RateChart = dynamic(() => views().then((m) => m.RateChart), { ssr: false });
const LatencyChart = dynamic(() => views().then((m) => m.LatencyChart), { ssr: false });
const ErrorsChart = dynamic(() => views().then((m) => m.ErrorsChart), { ssr: false });

const last = (points: SeriesPoint[]) => points.filter((p) => p.requests > 0).at(-1);

const cell = (v: number | null | undefined, digits = 0) => (v === null || v === undefined ? '–' : v.toFixed(digits));

/** The minutes that saw traffic, newest first: what the charts draw, as a table. */
function tableOf(rows: ChartRowsOf<SeriesPoint>, columns: string[], values: (p: SeriesPoint) => string[]): ChartTable {
  return { columns: ['Time', ...columns], rows: rows.filter((p) => p.requests > 0).reverse().map((p) => [p.label, ...values(p)]) };
}

/** Request rate, latency percentiles and errors over time: three small charts. */
export function TimeSeriesCharts({ points, scope }: { points: SeriesPoint[]; scope: string }) {
  const rows = toChartRows(points);
  const latest = last(points);
  return (
    <div className="mon-charts" data-testid="monitoring-charts">
      <ChartFigure boxClassName="mon-chart-box" title={`Request rate (req/s, ${scope})`} summary={`Latest request rate ${latest?.rps ?? 0} per second.`} table={tableOf(rows, ['req/s'], (p) => [cell(p.rps, 2)])}>
        <RateChart rows={rows} />
      </ChartFigure>
      <ChartFigure boxClassName="mon-chart-box" title={`Latency (ms, ${scope})`} summary={`Latest p95 latency ${latest?.p95_ms ?? 'n/a'} ms.`} table={tableOf(rows, ['p50 ms', 'p95 ms', 'p99 ms'], (p) => [cell(p.p50_ms), cell(p.p95_ms), cell(p.p99_ms)])}>
        <LatencyChart rows={rows} />
      </ChartFigure>
      <ChartFigure boxClassName="mon-chart-box" title={`Errors (${scope})`} summary={`Latest error rate ${latest?.error_rate_percent ?? 0} percent.`} table={tableOf(rows, ['5xx', '4xx'], (p) => [String(p.errors_5xx), String(p.errors_4xx)])}>
        <ErrorsChart rows={rows} />
      </ChartFigure>
    </div>
  );
}
