'use client';

import type { BurnFigure, ObjectiveStatus, ObjectivesReport, Spender } from '@/lib/monitoring/types';
import { useObjectives } from './use-objectives';

const money = (v: number) => (v >= 100 ? `$${v.toFixed(0)}` : v >= 0.1 ? `$${v.toFixed(2)}` : `$${v.toFixed(4)}`);
const pct = (v: number | null) => (v === null ? '–' : `${v} %`);
const windowText = (min: number) => (min % 60 === 0 ? `${min / 60} h` : `${min} min`);

function burnText(burn: BurnFigure[], windows: [string, string], threshold: number) {
  const [long, short] = windows.map((w) => burn.find((b) => b.window === w)!);
  const hot = long!.burnRate >= threshold && short!.burnRate >= threshold;
  return (
    <span className={hot ? 'mon-burn mon-burn--hot' : 'mon-burn'}>
      {long!.burnRate}× / {short!.burnRate}×
    </span>
  );
}

function budgetLeft(o: ObjectiveStatus) {
  if (o.budgetLeftPct === null) return <span className="muted">no data</span>;
  if (o.budgetLeftPct <= 0) return <strong className="mon-budget--spent">{o.budgetLeftPct === 0 ? 'spent' : `overspent (${o.budgetLeftPct} %)`}</strong>;
  return <>{o.budgetLeftPct} %</>;
}

/** Per model: each quality objective with its rate and budget left over the budget window, both burn-rate alerts' windows, and its open alert. */
function Objectives({ report }: { report: ObjectivesReport }) {
  const slo = report.requestSlo;
  const sloFast = burnText(slo.burn, ['1h', '5m'], slo.fastBurnRate);
  const sloSlow = burnText(slo.burn, ['6h', '30m'], slo.slowBurnRate);
  const first = report.objectives[0];
  return (
    <div className="table-wrap">
      <table className="table" data-testid="objectives-table">
        <caption className="visually-hidden">Objectives, their budget left and burn rates</caption>
        <thead>
          <tr>
            <th scope="col">Objective</th>
            <th scope="col">Now{first ? ` (${first.windowHours} h)` : ''}</th>
            <th scope="col">Budget left</th>
            <th scope="col">Fast burn (1 h / 5 min)</th>
            <th scope="col">Slow burn (6 h / 30 min)</th>
            <th scope="col">Alert</th>
          </tr>
        </thead>
        <tbody>
          <tr data-objective="request_slo">
            <td>Requests: {slo.availabilityPct} % available <span className="muted">(this instance)</span></td>
            <td>{slo.burn.find((b) => b.window === '1h')!.total} requests</td>
            <td className="muted">–</td>
            <td>{sloFast} <span className="muted">at {slo.fastBurnRate}×</span></td>
            <td>{sloSlow} <span className="muted">at {slo.slowBurnRate}×</span></td>
            <td className="muted">see Alerts</td>
          </tr>
          {report.objectives.map((o) => (
            <tr key={`${o.model}-${o.objective}`} data-objective={o.objective} data-model={o.model} data-alert={o.alert?.state ?? 'none'}>
              <td>
                <strong>Model {o.model}</strong>: {o.label}
              </td>
              <td>
                {pct(o.ratePct)} <span className="muted">({o.samples} {o.objective === 'workflow_success' ? 'runs' : 'answers'})</span>
              </td>
              <td data-testid="budget-left">{budgetLeft(o)}</td>
              <td>{burnText(o.burn, ['1h', '5m'], o.fastBurnRate)} <span className="muted">at {o.fastBurnRate}×</span></td>
              <td>{burnText(o.burn, ['6h', '30m'], o.slowBurnRate)} <span className="muted">at {o.slowBurnRate}×</span></td>
              <td>{o.alert ? <span className={`tag mon-sev--${o.alert.severity}`}>{o.alert.state}</span> : <span className="muted">none</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SpenderRows({ spenders, kind }: { spenders: Spender[]; kind: 'session' | 'model' }) {
  return (
    <>
      {spenders.map((s) => (
        <tr key={`${kind}-${s.subject}`} data-spender={kind} data-subject={s.subject} data-over={s.over}>
          <td>
            {kind === 'model' ? `Model ${s.subject}` : <code>{s.subject}</code>}
            {s.you && <span className="tag">you</span>}
          </td>
          <td>{money(s.costUsd)}</td>
          <td>{s.calls}</td>
          <td>
            <span className={s.over ? 'mon-budget--spent' : undefined}>{s.sharePct} %</span>
            <span className="mon-share" aria-hidden="true">
              <span style={{ width: `${Math.min(100, s.sharePct)}%` }} />
            </span>
          </td>
        </tr>
      ))}
    </>
  );
}

function Budgets({ report }: { report: ObjectivesReport }) {
  const b = report.budgets;
  return (
    <>
      <p className="muted" data-testid="budgets-summary">
        {b.enabled ? (
          <>
            Budgets: {money(b.session.usd)} per session per {windowText(b.session.windowMin)}, {money(b.model.usd)} per model per {windowText(b.model.windowHours * 60)}.{' '}
            {b.refuseOverBudget ? 'A session over its budget is refused new workflows, chat and ask-both answers.' : 'Sessions over budget are alerted on, not refused.'}
            {b.sessionsOver > 0 && ` ${b.sessionsOver} session(s) over budget now.`}
          </>
        ) : (
          'Cost budgets are off.'
        )}
      </p>
      {b.topSessions.length + b.models.length === 0 ? (
        <p className="muted">No model calls in the budget windows yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="top-spenders">
            <caption className="visually-hidden">Top spenders and their share of the budget</caption>
            <thead>
              <tr><th scope="col">Spender</th><th scope="col">Spent</th><th scope="col">Calls</th><th scope="col">Of budget</th></tr>
            </thead>
            <tbody>
              <SpenderRows spenders={b.models} kind="model" />
              <SpenderRows spenders={b.topSessions} kind="session" />
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** Objectives and budgets: the request SLO and each model's quality objectives with their budget left, and what sessions and models spend. */
export function ObjectivesPanel() {
  const q = useObjectives();
  const report = q.data;
  return (
    <section className="card mon-table-card" aria-labelledby="objectives-h" data-testid="objectives-panel">
      <h2 id="objectives-h" className="mon-h">Objectives and budgets</h2>
      {q.error && <p className="notice notice--error" role="alert">Cannot load the objectives: {q.error.message}</p>}
      {report?.error && <p className="notice notice--error">{report.error}</p>}
      {!report ? (
        !q.error && <p className="muted" role="status">Loading the objectives…</p>
      ) : (
        <>
          <Objectives report={report} />
          <h3 className="mon-h mon-h--sub">Cost: top spenders</h3>
          <Budgets report={report} />
        </>
      )}
    </section>
  );
}
