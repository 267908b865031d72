'use client';

import type { ServiceStatus } from '@/lib/fleet/types';
import { useContainers } from './use-containers';

const STATUS_CLASS: Record<ServiceStatus, string> = {
  running: 'text-ok',
  degraded: 'text-warn',
  restarting: 'text-warn',
  stopped: 'text-bad',
};

/** A compact status grid of the simulated fleet, polled from /api/containers. */
export function FleetStatusTable() {
  const containers = useContainers();
  if (containers.isPending) return <p className="muted" role="status">Loading the fleet…</p>;
  if (containers.isError) {
    return (
      <p className="notice notice--error" role="alert">
        Fleet status unavailable: {containers.error.message}
      </p>
    );
  }
  return (
    <div className="table-wrap card card--flush">
      <table className="table" aria-label="Fleet status">
        <thead>
          <tr>
            <th scope="col">Service</th>
            <th scope="col">Status</th>
            <th scope="col">Version</th>
            <th scope="col">Replicas</th>
            <th scope="col">Issues</th>
          </tr>
        </thead>
        <tbody>
          {containers.data.services.map((service) => (
            <tr key={service.name} data-service={service.name}>
              <td>
                <code>{service.name}</code>
              </td>
              <td className={STATUS_CLASS[service.status]}>{service.status}</td>
              <td>{service.version}</td>
              <td>{service.replicas}</td>
              <td className="muted">{service.issues.join('; ') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
