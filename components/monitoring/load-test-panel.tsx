'use client';

import dynamic from 'next/dynamic';
import { useState, type FormEvent } from 'react';
import { LOAD_TEST_SCENARIOS, type LoadTestRunView, type LoadTestScenario } from '@/lib/loadtest/types';
import { ChartFigure } from '@/components/ui/chart-figure';
import { LocalTime } from '@/components/ui/local-time';
import { formatLocalTime } from '@/components/ui/local-time-format';
import type { HistoryRow } from './load-test-chart-views';
import { LOAD_TEST_POLL_MS, useLoadTestControls, useLoadTestRuns, useLoadTestStatus } from './use-load-test';

// recharts arrives after the page is interactive, into boxes of fixed height
// (.cmp-chart-box): see charts.tsx.
const views = () => import('./load-test-chart-views');
const TimelineChart = dynamic(() => views().then((m) => m.TimelineChart), { ssr: false });
const HistoryChart = dynamic(() => views().then((m) => m.HistoryChart), { ssr: false });

const msText = (v: number | null) => (v === null ? '–' : `${Math.round(v)} ms`);

function Figures({ run, running }: { run: LoadTestRunView; running: boolean }) {
  const items: Array<[string, string, string]> = [
    ['Status', running ? 'running' : run.status, 'lt-status'],
    ['Users', String(run.users), 'lt-users'],
    ['Elapsed / total', `${Math.round(run.elapsedSec)} / ${run.durationSec} s`, 'lt-elapsed'],
    ['Requests', String(run.requests), 'lt-requests'],
    ['Errors', `${run.errors}${run.timeouts ? ` (${run.timeouts} time-outs)` : ''}`, 'lt-errors'],
    ['Requests/s', run.rps.toFixed(1), 'lt-rps'],
    ['Mean latency', msText(run.avgLatencyMs), 'lt-avg'],
    ['p95 latency', msText(run.p95LatencyMs), 'lt-p95'],
  ];
  return (
    <dl className="lt-figures" aria-label="Load test figures" aria-live="polite">
      {items.map(([label, value, id]) => (
        <div key={id}>
          <dt>{label}</dt>
          <dd data-testid={id}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Timeline({ run }: { run: LoadTestRunView }) {
  if (!run.timeline.length) return null;
  const table = {
    columns: ['Second', 'Requests', 'Errors', 'Mean ms'],
    rows: run.timeline.map((p) => [p.t, p.requests, p.errors, p.meanMs === null ? '–' : Math.round(p.meanMs)]),
  };
  return (
    <ChartFigure
      boxClassName="cmp-chart-box"
      title="Requests and latency per second"
      caption={`${run.scenario}: requests and mean latency per second (${run.statusCounts['2xx']} 2xx, ${run.statusCounts['4xx']} 4xx, ${run.statusCounts['5xx']} 5xx)`}
      table={table}
    >
      <TimelineChart points={run.timeline} />
    </ChartFigure>
  );
}

function History({ runs }: { runs: LoadTestRunView[] }) {
  const finished = runs.filter((r) => r.status !== 'running');
  if (!finished.length) return <p className="muted">No stored runs yet.</p>;
  const rows: HistoryRow[] = [...finished].reverse().map((r) => ({ label: formatLocalTime(r.startedAt, 'time'), rps: r.rps, p95: r.p95LatencyMs ?? 0 }));
  return (
    <>
      {/* No table of its own: the stored runs' table below holds the same figures. */}
      <ChartFigure boxClassName="cmp-chart-box" title="Stored runs: requests/s and p95 latency">
        <HistoryChart rows={rows} />
      </ChartFigure>
      <div className="table-wrap">
      <table className="table cmp-table" aria-label="Stored load test runs">
        <thead>
          <tr>
            <th scope="col">Started</th>
            <th scope="col">Scenario</th>
            <th scope="col">Status</th>
            <th scope="col">Users</th>
            <th scope="col">Seconds</th>
            <th scope="col">Requests</th>
            <th scope="col">Errors</th>
            <th scope="col">req/s</th>
            <th scope="col">Mean</th>
            <th scope="col">p95</th>
          </tr>
        </thead>
        <tbody>
          {finished.map((r) => (
            <tr key={r.id}>
              <td><LocalTime at={r.startedAt} layout="datetime" /></td>
              <td>{r.scenario}</td>
              <td>{r.status}</td>
              <td>{r.users}</td>
              <td>{Math.round(r.elapsedSec)}</td>
              <td>{r.requests}</td>
              <td>{r.errors}</td>
              <td>{r.rps.toFixed(1)}</td>
              <td>{msText(r.avgLatencyMs)}</td>
              <td>{msText(r.p95LatencyMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </>
  );
}

/** Start and stop load tests against this app; live figures polled every 5 s; stored runs as charts. */
export function LoadTestPanel({ isAdmin }: { isAdmin: boolean }) {
  const status = useLoadTestStatus();
  const runs = useLoadTestRuns();
  const { start, stop } = useLoadTestControls();
  const [scenario, setScenario] = useState<LoadTestScenario>('browse');
  const [users, setUsers] = useState(5);
  const [durationSec, setDurationSec] = useState(30);
  const [rps, setRps] = useState(20);
  const limits = status.data?.limits;
  const running = status.data?.running ?? false;
  const run = status.data?.run ?? null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (running || start.isPending) return;
    start.mutate({ scenario, users, durationSec, rps });
  };

  return (
    <section className="card" aria-labelledby="lt-h">
      <h2 id="lt-h" className="mon-h">Load tester</h2>
      <p className="muted">
        Puts pressure on this app from its own loopback address (autocannon), one run at a time; watch the charts above
        react. Status refreshes every {LOAD_TEST_POLL_MS / 1000} s.
        {limits && !isAdmin && (limits.sessionRunsPerHour > 0 ? ` Without admin access this session may start ${limits.sessionRunsPerHour} runs an hour.` : ' Only admins can start runs here.')}
      </p>
      <form onSubmit={submit} className="form-grid" aria-label="Start a load test">
        <div className="field">
          <label htmlFor="lt-scenario">Scenario</label>
          <select id="lt-scenario" value={scenario} onChange={(e) => setScenario(e.target.value as LoadTestScenario)} disabled={running}>
            {LOAD_TEST_SCENARIOS.map((s) => (
              <option key={s.id} value={s.id}>{s.title}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="lt-users">Users (connections)</label>
          <input id="lt-users" type="number" min={1} max={limits?.maxUsers} value={users} onChange={(e) => setUsers(Number(e.target.value))} disabled={running} />
        </div>
        <div className="field">
          <label htmlFor="lt-duration">Duration (s)</label>
          <input id="lt-duration" type="number" min={1} max={limits?.maxDurationSec} value={durationSec} onChange={(e) => setDurationSec(Number(e.target.value))} disabled={running} />
        </div>
        <div className="field">
          <label htmlFor="lt-rps">Rate (req/s, all users)</label>
          <input id="lt-rps" type="number" min={1} max={limits?.maxRps} value={rps} onChange={(e) => setRps(Number(e.target.value))} disabled={running} />
        </div>
        <p className="muted field--wide">{LOAD_TEST_SCENARIOS.find((s) => s.id === scenario)?.description}</p>
        <div className="form-actions">
          <button type="submit" className="button" disabled={running || start.isPending}>
            {start.isPending ? 'Starting…' : 'Start load test'}
          </button>
          {/* The Stop button appears while a test runs (the source: "Stop button appears and works when test active"). */}
          {running && (
            <button type="button" className="button button--danger" disabled={stop.isPending} onClick={() => stop.mutate()}>
              {stop.isPending ? 'Stopping…' : 'Stop load test'}
            </button>
          )}
          {limits && <span className="muted">Limits: {limits.maxUsers} users, {limits.maxDurationSec} s, {limits.maxRps} req/s</span>}
        </div>
      </form>
      {(start.error ?? stop.error) && <p className="notice notice--error" role="alert">{(start.error ?? stop.error)!.message}</p>}
      {status.error && <p className="notice notice--error" role="alert">Cannot read the load-test status: {status.error.message}</p>}
      {run ? (
        <>
          <h3 className="mon-h lt-section">{running ? 'Running now' : 'Last run'}</h3>
          <Figures run={run} running={running} />
          {run.error && <p className="notice notice--error">{run.error}</p>}
          <Timeline run={run} />
        </>
      ) : (
        status.data && <p className="muted" data-testid="lt-empty">No load test has run on this server yet: pick a scenario and start one.</p>
      )}
      <h3 className="mon-h lt-section">Stored runs</h3>
      {runs.data ? <History runs={runs.data.runs} /> : runs.error ? <p className="notice notice--error">{runs.error.message}</p> : <p className="muted">Loading…</p>}
    </section>
  );
}
