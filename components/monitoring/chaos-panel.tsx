'use client';

import Link from 'next/link';
import type { ChaosState } from '@/lib/monitoring/types';
import { DEMO_TRAFFIC_RPS, useChaos, useDemoTraffic } from './use-monitoring';

const CHAOS_SECONDS = 120;

/** Demo traffic (anyone) and the chaos switch (admins) to watch alerts fire and resolve live. */
export function ChaosPanel({ chaos, isAdmin }: { chaos: ChaosState; isAdmin: boolean }) {
  const traffic = useDemoTraffic();
  const switchChaos = useChaos();
  return (
    <section className="card" aria-labelledby="chaos-h">
      <h2 id="chaos-h" className="mon-h">Try it: demo traffic and the chaos switch</h2>
      <div className="mon-actions">
        <button type="button" className="button" aria-pressed={traffic.running} onClick={traffic.toggle} data-testid="demo-traffic">
          {traffic.running ? 'Stop demo traffic' : `Start demo traffic (${DEMO_TRAFFIC_RPS} req/s)`}
        </button>
        <span className="muted" aria-live="polite">
          {traffic.counts.sent} sent, {traffic.counts.failed} failed
        </span>
      </div>
      <p data-testid="chaos-state" aria-live="polite">
        Chaos switch:{' '}
        {chaos.active ? (
          <strong className="mon-level--critical">
            on ({chaos.kind === 'errors' ? `${chaos.rate_pct} % of demo requests fail` : `${chaos.rate_pct} % slowed by ${chaos.latency_ms} ms`}, {chaos.remaining_sec} s left)
          </strong>
        ) : (
          'off'
        )}
      </p>
      {isAdmin ? (
        <div className="mon-actions">
          <button type="button" className="button button--ghost" disabled={switchChaos.isPending} onClick={() => switchChaos.mutate({ kind: 'errors', ratePct: 50, durationSec: CHAOS_SECONDS })}>
            Fail 50 % for {CHAOS_SECONDS / 60} min
          </button>
          <button type="button" className="button button--ghost" disabled={switchChaos.isPending} onClick={() => switchChaos.mutate({ kind: 'latency', ratePct: 100, latencyMs: 800, durationSec: CHAOS_SECONDS })}>
            Slow down by 800 ms for {CHAOS_SECONDS / 60} min
          </button>
          <button type="button" className="button button--ghost" disabled={switchChaos.isPending || !chaos.active} onClick={() => switchChaos.mutate('off')}>
            Turn off
          </button>
        </div>
      ) : (
        <p className="muted"><Link href="/admin/login">Log in as admin</Link> to use the chaos switch.</p>
      )}
      {switchChaos.error && <p className="notice notice--error" role="alert">{switchChaos.error.message}</p>}
    </section>
  );
}
