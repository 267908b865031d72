import type { FleetServiceSummary } from './types';

/** Service name, status and health out of a list_services result, whatever wraps them. */
export function fleetFromToolResult(value: unknown): FleetServiceSummary[] {
  const out: FleetServiceSummary[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 5 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const o = v as Record<string, unknown>;
    if (typeof o.name === 'string' && typeof o.status === 'string') {
      out.push({ name: o.name, status: o.status, ...(typeof o.health === 'string' ? { health: o.health } : {}) });
      return;
    }
    Object.values(o).forEach((x) => visit(x, depth + 1));
  };
  visit(value, 0);
  return out;
}

export function isServiceHealthy(s: FleetServiceSummary): boolean {
  return s.status === 'running' && (s.health === undefined || ['healthy', 'ok', 'up'].includes(s.health));
}
