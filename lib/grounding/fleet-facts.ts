import { SERVICE_ROLES } from '@/lib/fleet/types';
import { FLEET_CHANGING_TOOLS, TOOL_CATALOG } from '@/lib/mcp/types';
import type { FleetFacts, ServiceFacts } from './types';

/**
 * The API paths the app serves (every route.ts under app/, `[param]` as written there).
 * A unit test compares this list with the route files, so it cannot drift.
 */
export const KNOWN_ENDPOINTS = [
  '/api/admin/alert-rules',
  '/api/admin/audit',
  '/api/admin/login',
  '/api/admin/logout',
  '/api/alerts',
  '/api/alerts/[id]/ack',
  '/api/chaos',
  '/api/chat',
  '/api/compare',
  '/api/compare/ask',
  '/api/containers',
  '/api/cron/[job]',
  '/api/debug/call',
  '/api/demo/work',
  '/api/experiments/runs',
  '/api/experiments/runs/[id]',
  '/api/experiments/runs/[id]/cancel',
  '/api/experiments/sets',
  '/api/experiments/sets/[id]',
  '/api/faults',
  '/api/feedback',
  '/api/grounding/check',
  '/api/grounding/quality',
  '/api/health',
  '/api/health/detailed',
  '/api/health/live',
  '/api/health/ready',
  '/api/load-test/runs',
  '/api/load-test/start',
  '/api/load-test/status',
  '/api/load-test/stop',
  '/api/logs/[service]',
  '/api/mcp',
  '/api/metrics',
  '/api/metrics/snapshots',
  '/api/objectives',
  '/api/rum',
  '/api/session',
  '/api/traces',
  '/api/traces/[traceId]',
  '/api/workflows',
  '/api/workflows/[id]',
  '/api/workflows/[id]/cancel',
  '/api/workflows/[id]/diff/[other]',
  '/api/workflows/[id]/replay',
  '/metrics',
] as const;

/** Facts from the fleet's services as the fleet reports them (any superset of ServiceFacts). */
export function fleetFacts(services: ServiceFacts[]): FleetFacts {
  return {
    services: services.map((s) => ({
      name: s.name,
      // The inventory's description, when the reported state leaves it out (it never changes at run time).
      role: s.role ?? (SERVICE_ROLES as Record<string, string | undefined>)[s.name],
      status: s.status,
      health: s.health,
      version: s.version,
      previousVersion: s.previousVersion,
      replicas: s.replicas,
      dependencies: s.dependencies,
      cpuPct: s.cpuPct,
      memoryMb: s.memoryMb,
      memoryPct: s.memoryPct,
      latencyMs: s.latencyMs,
      errorRate: s.errorRate,
      requestsPerSec: s.requestsPerSec,
      uptimeSec: s.uptimeSec,
    })),
    tools: TOOL_CATALOG.map((t) => t.name),
    mutatingTools: [...FLEET_CHANGING_TOOLS],
    endpoints: [...KNOWN_ENDPOINTS],
  };
}
