'use client';

import Link from 'next/link';
import type { WorkflowRunView } from '@/lib/agent/types';

const TONE: Record<string, string> = { succeeded: 'ok', failed: 'bad', error: 'bad', cancelled: 'warn', abandoned: 'bad', running: 'warn' };

/** How the run ended: outcome, latency, tool calls, services touched, final fleet status, the model's summary. */
export function RunResult({ run }: { run: WorkflowRunView }) {
  const unhealthy = run.finalFleet?.filter((s) => s.status !== 'running') ?? [];
  return (
    <section className={`result result--${TONE[run.status] ?? 'warn'}`} aria-label="Workflow result" data-status={run.status}>
      <h3>
        {run.status === 'succeeded' ? 'Succeeded' : run.status === 'failed' ? 'Failed' : run.status === 'cancelled' ? 'Cancelled' : run.status === 'error' ? 'Error' : run.status === 'abandoned' ? 'Abandoned (its server stopped)' : 'Running'}
        <span className="muted small"> · Model {run.modelSlot} ({run.modelId})</span>
      </h3>
      {run.error && <p className="text-bad">{run.error}</p>}
      <dl className="stats">
        <div><dt>Latency</dt><dd>{run.latencyMs !== undefined ? `${(run.latencyMs / 1000).toFixed(1)} s` : '—'}</dd></div>
        <div><dt>Tool calls</dt><dd>{run.toolCalls}</dd></div>
        <div><dt>Tokens</dt><dd>{run.inputTokens + run.outputTokens}</dd></div>
        <div><dt>Cost</dt><dd>${run.costUsd.toFixed(4)}</dd></div>
        <div><dt>Services affected</dt><dd>{run.servicesAffected.join(', ') || 'none'}</dd></div>
        <div><dt>Fleet now</dt><dd>{run.finalFleet ? (unhealthy.length ? `${unhealthy.length} not running: ${unhealthy.map((s) => `${s.name} (${s.status})`).join(', ')}` : `all ${run.finalFleet.length} running`) : 'unknown'}</dd></div>
      </dl>
      {run.summary && (
        <>
          <h4>Summary from the model</h4>
          <p className="pre-wrap">{run.summary}</p>
        </>
      )}
      {run.traceId && (
        <p className="small">
          <Link href={`/traces/${run.traceId}`}>Open the trace</Link> (model calls, tool calls, database) · operation id <code>{run.traceId}</code>
        </p>
      )}
    </section>
  );
}
