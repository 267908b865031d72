'use client';

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ComparisonReport } from '@/lib/compare/types';
import { bucketLabel } from './format';

const AXIS = { stroke: '#8b949e', fontSize: 11 };
const TOOLTIP = { contentStyle: { background: '#161b22', border: '1px solid #30363d', borderRadius: 8 }, labelStyle: { color: '#e6edf3' } };
const COLORS = { A: '#58a6ff', B: '#d2a8ff' };

function ChartCard({ title, summary, children }: { title: string; summary: string; children: React.ReactElement }) {
  return (
    <figure className="card mon-chart" aria-label={title}>
      <figcaption className="mon-chart__title">{title}</figcaption>
      <div className="cmp-chart-box" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height: 220 }}>
          {children}
        </ResponsiveContainer>
      </div>
      <p className="visually-hidden">{summary}</p>
    </figure>
  );
}

/** Latency and success over time, and per-workflow tokens, cost and tool calls, Model A against Model B. */
export function CompareCharts({ report }: { report: ComparisonReport }) {
  const rows = report.series.map((p) => ({ ...p, label: bucketLabel(p.t, report.bucketSec) }));
  const { A, B } = report.models;
  const perWorkflow = [
    { metric: 'Tool calls', A: A.workflows.avgToolCalls ?? 0, B: B.workflows.avgToolCalls ?? 0 },
    { metric: 'Input tokens ÷ 100', A: (A.workflows.avgInputTokens ?? 0) / 100, B: (B.workflows.avgInputTokens ?? 0) / 100 },
    { metric: 'Output tokens ÷ 100', A: (A.workflows.avgOutputTokens ?? 0) / 100, B: (B.workflows.avgOutputTokens ?? 0) / 100 },
    { metric: 'Cost (m$)', A: (A.workflows.avgCostUsd ?? 0) * 1000, B: (B.workflows.avgCostUsd ?? 0) * 1000 },
  ];
  const quality = [
    { metric: 'Success rate %', A: A.workflows.successRatePct ?? 0, B: B.workflows.successRatePct ?? 0 },
    { metric: 'Hallucination rate %', A: A.calls.hallucinationRatePct ?? 0, B: B.calls.hallucinationRatePct ?? 0 },
  ];
  return (
    <div className="mon-charts" data-testid="compare-charts">
      <ChartCard title="Workflow latency over time (ms)" summary={`Model A p95 ${A.workflows.latencyP95Ms ?? 'n/a'} ms, Model B p95 ${B.workflows.latencyP95Ms ?? 'n/a'} ms over the range.`}>
        <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -8 }}>
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
      </ChartCard>
      <ChartCard title="Workflow success rate over time (%)" summary={`Success rate: Model A ${A.workflows.successRatePct ?? 'n/a'} %, Model B ${B.workflows.successRatePct ?? 'n/a'} %.`}>
        <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -8 }}>
          <CartesianGrid stroke="#30363d" strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={AXIS} minTickGap={30} />
          <YAxis tick={AXIS} domain={[0, 100]} />
          <Tooltip {...TOOLTIP} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line type="monotone" dataKey="A_success" name="Model A" stroke={COLORS.A} dot connectNulls isAnimationActive={false} />
          <Line type="monotone" dataKey="B_success" name="Model B" stroke={COLORS.B} dot connectNulls isAnimationActive={false} />
        </LineChart>
      </ChartCard>
      <ChartCard title="Per workflow: tool calls, tokens, cost" summary={`Tool calls per workflow: A ${A.workflows.avgToolCalls ?? 'n/a'}, B ${B.workflows.avgToolCalls ?? 'n/a'}.`}>
        <BarChart data={perWorkflow} margin={{ top: 8, right: 8, bottom: 0, left: -8 }}>
          <CartesianGrid stroke="#30363d" strokeDasharray="3 3" />
          <XAxis dataKey="metric" tick={AXIS} interval={0} />
          <YAxis tick={AXIS} />
          <Tooltip {...TOOLTIP} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="A" name="Model A" fill={COLORS.A} isAnimationActive={false} />
          <Bar dataKey="B" name="Model B" fill={COLORS.B} isAnimationActive={false} />
        </BarChart>
      </ChartCard>
      <ChartCard title="Quality: success and hallucination rate (%)" summary={`Hallucination rate: A ${A.calls.hallucinationRatePct ?? 'no checks'}, B ${B.calls.hallucinationRatePct ?? 'no checks'}.`}>
        <BarChart data={quality} margin={{ top: 8, right: 8, bottom: 0, left: -8 }}>
          <CartesianGrid stroke="#30363d" strokeDasharray="3 3" />
          <XAxis dataKey="metric" tick={AXIS} interval={0} />
          <YAxis tick={AXIS} domain={[0, 100]} />
          <Tooltip {...TOOLTIP} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="A" name="Model A" fill={COLORS.A} isAnimationActive={false} />
          <Bar dataKey="B" name="Model B" fill={COLORS.B} isAnimationActive={false} />
        </BarChart>
      </ChartCard>
    </div>
  );
}
