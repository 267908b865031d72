'use client';

import dynamic from 'next/dynamic';
import type { ComparisonReport } from '@/lib/compare/types';
import type { BarRow, SeriesRow } from './compare-chart-views';
import { ChartFigure, type ChartTable } from '@/components/ui/chart-figure';
import { bucketLabel, num } from './format';

// recharts is most of this page's JavaScript: it arrives after the page is
// interactive (one chunk for the four charts) instead of before. The frames
// below (title, fixed-height box, summary) render at once, so nothing moves
// when a chart fills its box. Client-only: ResponsiveContainer measures the
// DOM, and recharts writes style attributes the CSP refuses in server markup.
const views = () => import('./compare-chart-views');
const LatencyChart = dynamic(() => views().then((m) => m.LatencyChart), { ssr: false });
const SuccessChart = dynamic(() => views().then((m) => m.SuccessChart), { ssr: false });
const ModelBarChart = dynamic(() => views().then((m) => m.ModelBarChart), { ssr: false });

/** Latency and success over time, and per-workflow tokens, cost and tool calls, Model A against Model B. */
export function CompareCharts({ report }: { report: ComparisonReport }) {
  const rows: SeriesRow[] = report.series.map((p) => ({ ...p, label: bucketLabel(p.t, report.bucketSec) }));
  const { A, B } = report.models;
  const perWorkflow: BarRow[] = [
    { metric: 'Tool calls', A: A.workflows.avgToolCalls ?? 0, B: B.workflows.avgToolCalls ?? 0 },
    { metric: 'In tokens ÷ 100', A: (A.workflows.avgInputTokens ?? 0) / 100, B: (B.workflows.avgInputTokens ?? 0) / 100 },
    { metric: 'Out tokens ÷ 100', A: (A.workflows.avgOutputTokens ?? 0) / 100, B: (B.workflows.avgOutputTokens ?? 0) / 100 },
    { metric: 'Cost (m$)', A: (A.workflows.avgCostUsd ?? 0) * 1000, B: (B.workflows.avgCostUsd ?? 0) * 1000 },
  ];
  const quality: BarRow[] = [
    { metric: 'Success rate %', A: A.workflows.successRatePct ?? 0, B: B.workflows.successRatePct ?? 0 },
    { metric: 'Hallucination rate %', A: A.calls.hallucinationRatePct ?? 0, B: B.calls.hallucinationRatePct ?? 0 },
  ];
  const filled = rows.filter((r) => r.A_runs + r.B_runs > 0).reverse();
  const latencyTable: ChartTable = {
    columns: ['Time', 'A p50 ms', 'A p95 ms', 'B p50 ms', 'B p95 ms'],
    rows: filled.map((r) => [r.label, num(r.A_p50), num(r.A_p95), num(r.B_p50), num(r.B_p95)]),
  };
  const successTable: ChartTable = { columns: ['Time', 'Model A %', 'Model B %'], rows: filled.map((r) => [r.label, num(r.A_success, 1), num(r.B_success, 1)]) };
  const barTable = (bars: BarRow[]): ChartTable => ({ columns: ['', 'Model A', 'Model B'], rows: bars.map((b) => [b.metric, num(b.A, 1), num(b.B, 1)]) });
  return (
    <div className="mon-charts" data-testid="compare-charts">
      <ChartFigure boxClassName="cmp-chart-box" title="Workflow latency over time (ms)" summary={`Model A p95 ${A.workflows.latencyP95Ms ?? 'n/a'} ms, Model B p95 ${B.workflows.latencyP95Ms ?? 'n/a'} ms over the range.`} table={latencyTable}>
        <LatencyChart rows={rows} />
      </ChartFigure>
      <ChartFigure boxClassName="cmp-chart-box" title="Workflow success rate over time (%)" summary={`Success rate: Model A ${A.workflows.successRatePct ?? 'n/a'} %, Model B ${B.workflows.successRatePct ?? 'n/a'} %.`} table={successTable}>
        <SuccessChart rows={rows} />
      </ChartFigure>
      <ChartFigure boxClassName="cmp-chart-box" title="Per workflow: tool calls, tokens, cost" summary={`Tool calls per workflow: A ${A.workflows.avgToolCalls ?? 'n/a'}, B ${B.workflows.avgToolCalls ?? 'n/a'}.`} table={barTable(perWorkflow)}>
        <ModelBarChart rows={perWorkflow} />
      </ChartFigure>
      <ChartFigure boxClassName="cmp-chart-box" title="Quality: success and hallucination rate (%)" summary={`Hallucination rate: A ${A.calls.hallucinationRatePct ?? 'no checks'}, B ${B.calls.hallucinationRatePct ?? 'no checks'}.`} table={barTable(quality)}>
        <ModelBarChart rows={quality} percent />
      </ChartFigure>
    </div>
  );
}
