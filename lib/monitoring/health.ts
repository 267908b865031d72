import { getConfig } from '@/lib/config';
import { database, type DatabaseStatus } from '@/lib/db';
import { auditWriteFailures } from '@/lib/audit';
import { processStartedAt, uptimeSeconds } from '@/lib/runtime';
import { exportHealth, telemetryState } from '@/lib/telemetry';
import { rateLimitStore } from '@/lib/security';
import type { ComponentHealth, HealthReport } from './types';

function databaseComponent(status: DatabaseStatus): ComponentHealth {
  const name = status.kind === 'postgres' ? 'PostgreSQL' : 'embedded PGlite';
  return status.ok
    ? { status: 'up', detail: `${name}, ${status.latencyMs} ms`, latencyMs: status.latencyMs ?? undefined }
    : {
        status: 'down',
        // "database unreachable: connection refused at …" → "database unreachable"
        summary: (status.error ?? 'database unreachable').split(':')[0],
        detail: `${name}: ${status.error ?? 'unreachable'}`,
      };
}

function telemetryComponent(): ComponentHealth {
  const state = telemetryState();
  if (!state.started) return { status: 'up', detail: 'disabled (OTEL_SDK_DISABLED)' };
  if (!state.exporters.length) return { status: 'up', detail: 'in-app only: no exporter configured' };
  const failing = exportHealth().filter((e) => e.lastFailureAt && (!e.lastSuccessAt || e.lastFailureAt > e.lastSuccessAt));
  return failing.length
    ? {
        status: 'degraded',
        summary: 'telemetry export failing',
        detail: `exporting to ${state.exporters.join(', ')}; failing: ${failing.map((e) => `${e.name} (${e.lastError})`).join('; ')}`,
      }
    : { status: 'up', detail: `exporting to ${state.exporters.join(', ')}` };
}

function rateLimitComponent(): ComponentHealth | undefined {
  if (!getConfig().rateLimit.enabled) return undefined;
  const store = rateLimitStore();
  if (store.kind === 'memory') return { status: 'up', detail: 'counting in memory (this process only)' };
  const name = store.kind === 'redis' ? 'Redis' : 'PostgreSQL';
  return store.healthy()
    ? { status: 'up', detail: `counting in ${name}, shared by every replica` }
    : {
        status: 'degraded',
        summary: 'rate-limit store down',
        detail: `${name} unreachable: counting in memory per process until it answers`,
      };
}

/** What the health badge and /api/health show: overall status and each part's. */
export async function healthReport(): Promise<HealthReport> {
  const config = getConfig();
  const db = await database().status();
  const components: HealthReport['components'] = {
    database: databaseComponent(db),
    telemetry: telemetryComponent(),
    audit:
      auditWriteFailures() === 0
        ? { status: 'up', detail: 'writing' }
        : { status: 'degraded', summary: 'audit writes failing', detail: `${auditWriteFailures()} write(s) failed since start (kept in the log)` },
  };
  const rateLimits = rateLimitComponent();
  if (rateLimits) components.rateLimits = rateLimits;
  const failing = Object.entries(components).filter(([, c]) => c.status !== 'up');
  const reasons = failing.map(([name, c]) => `${name}: ${c.detail}`);
  const worst = failing.find(([, c]) => c.status === 'down') ?? failing[0];
  return {
    status: failing.some(([, c]) => c.status === 'down') ? 'degraded' : failing.length ? 'warning' : 'online',
    summary: worst ? (worst[1].summary ?? worst[1].detail) : undefined,
    reasons,
    version: config.version,
    startedAt: processStartedAt().toISOString(),
    uptimeSec: uptimeSeconds(),
    components,
  };
}

/** Readiness: the database answers and every migration is applied. */
export async function readiness(): Promise<{ ready: boolean; reason?: string; database: DatabaseStatus }> {
  const status = await database().status();
  return status.ok ? { ready: true, database: status } : { ready: false, reason: status.error, database: status };
}
