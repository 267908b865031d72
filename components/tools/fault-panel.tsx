'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useState } from 'react';
import { FAULT_KINDS, SERVICE_NAMES } from '@/lib/fleet/types';
import { CONTAINERS_QUERY_KEY } from '@/components/fleet/use-containers';
import { clog } from '@/components/ui/console-log';
import { fetchJson } from '@/components/ui/fetch-json';
import { useSession } from '@/components/ui/use-session';

/**
 * Break something so the agent has work to do (admin only: it changes the
 * shared fleet). `initialIsAdmin` is the page's server-side answer, used until
 * the session query has its own.
 */
export function FaultPanel({ initialIsAdmin = false }: { initialIsAdmin?: boolean }) {
  const session = useSession();
  const queryClient = useQueryClient();
  const [service, setService] = useState<string>('web-ui');
  const [kind, setKind] = useState<string>('bad_deployment');
  const inject = useMutation({
    mutationFn: () => fetchJson('/api/faults', { method: 'POST', json: { service, kind } }),
    onSuccess: () => {
      clog('Tools', `fault injected: ${kind} on ${service}`);
      void queryClient.invalidateQueries({ queryKey: CONTAINERS_QUERY_KEY });
    },
  });
  const clear = useMutation({
    mutationFn: () => fetchJson('/api/faults', { method: 'DELETE' }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: CONTAINERS_QUERY_KEY }),
  });

  if (!(session.data?.isAdmin ?? initialIsAdmin)) {
    return (
      <p className="muted small">
        Faults can be injected by an admin: <Link href="/admin/login?next=/tools">log in</Link> to break something for the agent to repair.
      </p>
    );
  }
  return (
    <form className="toolbar" aria-label="Inject a fault" onSubmit={(e) => (e.preventDefault(), inject.mutate())}>
      <div className="field">
        <label htmlFor="fault-service">Service</label>
        <select id="fault-service" value={service} onChange={(e) => setService(e.target.value)}>
          {SERVICE_NAMES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="fault-kind">Fault</label>
        <select id="fault-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
          {FAULT_KINDS.map((k) => (
            <option key={k} value={k}>{k.replace(/_/g, ' ')}</option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--danger" disabled={inject.isPending}>
        {inject.isPending ? 'Injecting…' : 'Inject fault'}
      </button>
      <button type="button" className="button button--ghost" onClick={() => clear.mutate()} disabled={clear.isPending}>
        Clear all faults
      </button>
      {(inject.error || clear.error) && <p className="notice notice--error" role="alert">{(inject.error ?? clear.error)!.message}</p>}
      {inject.isSuccess && <p className="small text-ok" role="status">Injected {kind.replace(/_/g, ' ')} on {service}.</p>}
    </form>
  );
}
