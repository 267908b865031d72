'use client';

import type { AiFigures, Level, MetricsReport, ModelHealth } from '@/lib/monitoring/types';
import { LocalTime } from '@/components/ui/local-time';
import { modelDetail } from '@/components/compare/format';
import { formatMs, formatPct, formatUsd } from './format';

/** What a model slot's circuit breaker says, in words (the console's line per model server). */
export function circuitWords(m: ModelHealth): { level: Level; text: string } {
  const c = m.circuit;
  if (!c) return { level: 'ok', text: 'built-in simulator: no server to watch' };
  if (c.state === 'closed') {
    return { level: c.consecutiveFailures ? 'warning' : 'ok', text: c.consecutiveFailures ? `answering; ${c.consecutiveFailures} failure(s) in a row (last: ${c.lastFailure})` : 'answering' };
  }
  if (c.state === 'half-open') return { level: 'warning', text: 'recovering: one trial call decides' };
  const wait = c.retryInMs === null ? '' : `; next trial in ${Math.ceil(c.retryInMs / 1000)} s`;
  return { level: 'critical', text: `paused after ${c.consecutiveFailures} failure${c.consecutiveFailures === 1 ? '' : 's'} in a row (last: ${c.lastFailure})${wait}; ${c.shortCircuited} call(s) refused` };
}

export function AiPanel({ ai, models }: { ai: AiFigures; models: MetricsReport['models'] }) {
  const t = ai.totals;
  return (
    <section className="card mon-table-card" aria-labelledby="ai-h">
      <h2 id="ai-h" className="mon-h">AI <span className="muted">(since <LocalTime at={ai.since} />)</span></h2>
      <p>
        {t.calls} model calls, {t.input_tokens + t.output_tokens} tokens, {formatUsd(t.cost_usd)}; workflow success{' '}
        {formatPct(t.workflow_success_rate_percent)}; hallucination rate {formatPct(t.hallucination_rate_percent)}.
      </p>
      <ul className="mon-models" aria-label="Model servers">
        {Object.entries(models).map(([slot, m]) => {
          const { level, text } = circuitWords(m);
          return (
            <li key={slot} data-slot={slot} data-circuit={m.circuit?.state ?? 'simulated'}>
              <strong>Model {slot}</strong> <span className="muted">({modelDetail(slot, m.displayName)})</span>:{' '}
              <span className={`mon-level mon-level--${level}`}>{text}</span>
            </li>
          );
        })}
      </ul>
      {ai.models.length === 0 ? (
        <p className="muted">No model calls yet: chats, agent workflows and comparisons will show here per model.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr><th scope="col">Model</th><th scope="col">Calls</th><th scope="col">Tokens in/out</th><th scope="col">Cost</th><th scope="col">Mean latency</th><th scope="col">Workflow success</th><th scope="col">Hallucination rate</th></tr>
            </thead>
            <tbody>
              {ai.models.map((m) => (
                <tr key={m.model}>
                  <td><code>{m.model}</code></td>
                  <td>{m.calls}{m.failed_calls ? ` (${m.failed_calls} failed)` : ''}</td>
                  <td>{m.input_tokens} / {m.output_tokens}</td>
                  <td>{formatUsd(m.cost_usd)}</td>
                  <td>{formatMs(m.mean_latency_ms)}</td>
                  <td>{formatPct(m.workflow_success_rate_percent)}</td>
                  <td>{formatPct(m.hallucination_rate_percent)} {m.hallucination_checks ? <span className="muted">of {m.hallucination_checks}</span> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
