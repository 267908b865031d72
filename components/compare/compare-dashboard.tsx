'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { COMPARE_RANGES, DEFAULT_COMPARE_RANGE, type CompareRange, type ComparisonReport } from '@/lib/compare/types';
import type { GroundingQuality } from '@/lib/feedback/types';
import type { InitialData } from '@/lib/pages/types';
import { clog } from '@/components/ui/console-log';
import { LocalTime } from '@/components/ui/local-time';
import { RefreshNote } from '@/components/ui/refresh-note';
import { GroundingQualityPanel } from '@/components/feedback/grounding-quality-panel';
import { AskBoth } from './ask-both';
import { ExperimentsPanel } from '@/components/experiments/experiments-panel';
import { CompareCharts } from './compare-charts';
import { CompareVerdicts } from './verdicts';
import { modelDetail, msPair, num, pct, usd } from './format';
import { COMPARE_POLL_MS, useComparison } from './use-compare';

type Model = ComparisonReport['models']['A'];
/** A row's figure per model; `ms` rows are laid out in one unit for both models (msPair), so "10.9 s" never sits beside "6158 ms". */
type Row = { label: string; hint?: string } & ({ value: (m: Model) => string } | { ms: (m: Model) => number | null | undefined });

const WORKFLOW_ROWS: Row[] = [
  { label: 'Workflows', value: (m) => num(m.workflows.runs) },
  { label: 'Success rate', hint: 'succeeded of finished, cancelled excluded', value: (m) => pct(m.workflows.successRatePct) },
  { label: 'Latency p50', ms: (m) => m.workflows.latencyP50Ms },
  { label: 'Latency p95', ms: (m) => m.workflows.latencyP95Ms },
  { label: 'Tool calls per workflow', value: (m) => num(m.workflows.avgToolCalls, 1) },
  { label: 'Tokens per workflow (in / out)', value: (m) => `${num(m.workflows.avgInputTokens)} / ${num(m.workflows.avgOutputTokens)}` },
  { label: 'Cost per workflow', value: (m) => usd(m.workflows.avgCostUsd) },
  { label: 'Cost in range', value: (m) => usd(m.workflows.totalCostUsd) },
];

const CALL_ROWS: Row[] = [
  { label: 'Model calls', value: (m) => num(m.calls.calls) },
  { label: 'Failed calls', value: (m) => num(m.calls.failedCalls) },
  { label: 'Mean call latency', ms: (m) => m.calls.meanLatencyMs },
  { label: 'Tokens per call', value: (m) => num(m.calls.tokensPerCall) },
  { label: 'Cost per call', value: (m) => usd(m.calls.costPerCallUsd) },
  { label: 'Hallucination rate', value: (m) => (m.calls.hallucinationChecks ? `${pct(m.calls.hallucinationRatePct)} of ${num(m.calls.hallucinationChecks)}` : 'no checks yet') },
];

function Table({ caption, rows, report }: { caption: string; rows: Row[]; report: ComparisonReport }) {
  const { A, B } = report.models;
  return (
    <div className="table-wrap">
      <table className="table cmp-table" aria-label={caption}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{caption}</th>
            <th scope="col">Model A <span className="muted cmp-model">{modelDetail('A', A.model.displayName)}</span></th>
            <th scope="col">Model B <span className="muted cmp-model">{modelDetail('B', B.model.displayName)}</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const [a, b] = 'ms' in r ? msPair(r.ms(A), r.ms(B)) : [r.value(A), r.value(B)];
            return (
              <tr key={r.label}>
                <th scope="row" title={r.hint}>{r.label}</th>
                <td data-slot="A">{a}</td>
                <td data-slot="B">{b}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function EmptyState() {
  return (
    <div className="notice" role="note" data-testid="compare-empty">
      <strong>No workflow runs in this range yet.</strong> To produce data: run a workflow with Model A and one with
      Model B on <Link href="/tools">Tools</Link>, ask both models a question below, or start a load test with the
      “Workflows” scenario on <Link href="/monitoring">Monitoring</Link>. The figures refresh every {COMPARE_POLL_MS / 1000} s.
    </div>
  );
}

/** Ranges the server reads from its hourly aggregates (hour-sized buckets). */
const HOURLY_RANGES = new Set(COMPARE_RANGES.filter((r) => r.bucketMs % 3_600_000 === 0).map((r) => r.id as string));

/**
 * Model A and Model B side by side over a chosen range; polled every 10 s.
 * `initial`: the report for DEFAULT_COMPARE_RANGE as the server read it, so the tables are in the first paint.
 */
export function CompareDashboard({ initial, quality }: { initial?: InitialData<ComparisonReport> | null; quality?: InitialData<GroundingQuality> | null }) {
  const [range, setRange] = useState<CompareRange>(DEFAULT_COMPARE_RANGE);
  const comparison = useComparison(range, initial && { ...initial, range: DEFAULT_COMPARE_RANGE });
  const report = comparison.data;
  const renderStarted = useRef(0);
  renderStarted.current = performance.now();
  useEffect(() => {
    if (report) clog('Comparison', `Chart update completed in ${(performance.now() - renderStarted.current).toFixed(2)}ms`);
  }, [report]);

  const hasRuns = report ? report.models.A.workflows.runs + report.models.B.workflows.runs > 0 : false;
  const hasCalls = report ? report.models.A.calls.calls + report.models.B.calls.calls > 0 : false;

  return (
    <div className="mon-stack">
      <div className="mon-toolbar">
        <fieldset className="mon-segmented">
          <legend className="visually-hidden">Time range</legend>
          {COMPARE_RANGES.map((r) => (
            <label key={r.id}>
              <input type="radio" name="range" value={r.id} checked={range === r.id} onChange={() => setRange(r.id)} />
              <span>{r.label}</span>
            </label>
          ))}
        </fieldset>
        <RefreshNote className="muted" updatedAt={report?.to} fetching={comparison.isFetching} busyAt="start" />
      </div>
      {comparison.error && (
        <p className="notice notice--error" role="alert">
          Cannot load the comparison: {comparison.error.message} Retrying every {COMPARE_POLL_MS / 1000} s.
        </p>
      )}
      {!report ? (
        !comparison.error && <p className="muted" role="status">Loading the comparison…</p>
      ) : (
        <>
          {!hasRuns && <EmptyState />}
          {report.truncated && <p className="muted">Many runs in this range: the newest 5 000 read row by row are shown.</p>}
          {HOURLY_RANGES.has(report.range) && (
            <p className="muted">
              Every run and answer of the range counts (full hours from hourly aggregates); latency percentiles are within 0.5 %, and the verdicts&apos; bootstrap runs over a sample.
            </p>
          )}
          <section className="card mon-table-card" aria-labelledby="cmp-wf-h">
            <h2 id="cmp-wf-h" className="mon-h">Workflows in the range</h2>
            <Table caption="Workflow figures" rows={WORKFLOW_ROWS} report={report} />
          </section>
          <CompareVerdicts report={report} />
          {hasRuns && <CompareCharts report={report} />}
          <section className="card mon-table-card" aria-labelledby="cmp-calls-h">
            <h2 id="cmp-calls-h" className="mon-h">Every model call since the server started</h2>
            <p className="muted">
              Workflows, ask-both and chat answers, counted by this server instance since <LocalTime at={report.models.A.calls.since} layout="datetime" />.{' '}
              {hasCalls ? '' : 'No model calls yet. '}The hallucination rate comes from the grounding checks of chat and ask-both answers: it reads
              “no checks yet” until answers are checked.
            </p>
            <Table caption="Model call figures" rows={CALL_ROWS} report={report} />
          </section>
        </>
      )}
      <GroundingQualityPanel initial={quality} />
      <AskBoth />
      <ExperimentsPanel />
    </div>
  );
}
