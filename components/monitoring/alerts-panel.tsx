'use client';

import Link from 'next/link';
import { Fragment } from 'react';
import type { AlertView } from '@/lib/monitoring/types';
import { LocalTime } from '@/components/ui/local-time';
import { useAcknowledge } from './use-monitoring';

const STATE_LABEL = { firing: 'Firing', acknowledged: 'Acknowledged', resolved: 'Resolved' } as const;

/** Alerts, open ones first, with their history and an acknowledge button for admins. */
export function AlertsPanel({ alerts, isAdmin }: { alerts: AlertView[]; isAdmin: boolean }) {
  const ack = useAcknowledge();
  const open = alerts.filter((a) => a.state !== 'resolved');
  return (
    <section className="card" aria-labelledby="alerts-h" data-testid="alerts-panel">
      <h2 id="alerts-h" className="mon-h">
        Alerts <span className="muted">({open.length} open)</span>
      </h2>
      {ack.error && <p className="notice notice--error" role="alert">{ack.error.message}</p>}
      {alerts.length === 0 ? (
        <p className="muted">No alerts yet. The rules run every few seconds; try the chaos switch beside them.</p>
      ) : (
        <ul className="mon-alerts">
          {alerts.map((a) => (
            <li key={a.id} className={`mon-alert mon-alert--${a.state} mon-alert--${a.severity}`} data-testid={`alert-${a.rule}`} data-state={a.state} data-alert-id={a.id}>
              <div className="mon-alert__head">
                <span className={`tag mon-sev--${a.severity}`}>{a.severity}</span>
                <strong>{a.title}</strong>
                <span className={`tag mon-state mon-state--${a.state}`} data-testid="alert-state">{STATE_LABEL[a.state]}</span>
              </div>
              <p className="mon-alert__msg">{a.message}</p>
              <p className="muted mon-alert__meta">
                {a.events.map((e, i) => (
                  <Fragment key={`${i}-${e.kind}`}>
                    {i > 0 && ' · '}
                    {e.kind} <LocalTime at={e.at} />
                    {e.actor ? ` by ${e.actor}` : ''}
                  </Fragment>
                ))}
              </p>
              {a.state === 'firing' &&
                (isAdmin ? (
                  <button type="button" className="button button--ghost" disabled={ack.isPending && ack.variables === a.id} onClick={() => ack.mutate(a.id)}>
                    Acknowledge
                  </button>
                ) : (
                  <p className="muted"><Link href="/admin/login">Log in as admin</Link> to acknowledge.</p>
                ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
