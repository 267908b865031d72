import { sharedCache } from '@/lib/cache';
import { getConfig } from '@/lib/config';
import { scheduler } from '@/lib/jobs';
import { database, type DatabaseStatus } from '@/lib/db';
import { MODEL_SLOTS, modelCircuitStatus, type ModelCircuitStatus, type ModelSlot } from '@/lib/models';
import { auditWriteStatus } from '@/lib/audit';
import { processStartedAt, uptimeSeconds } from '@/lib/runtime';
import { exportHealth, telemetryState } from '@/lib/telemetry';
import { rateLimitStore } from '@/lib/security';
import type { HealthFinding } from './health-rules';
import { modelsHealth } from './model-health';
import { monitor } from './monitor';
import type { ComponentHealth, DetailedHealth, HealthReport } from './types';

const PART_NAMES: Record<HealthFinding['part'], string> = { requests: 'requests', alerts: 'alerts', resources: 'resources' };

/** The monitoring rules as components: critical findings count as down (degraded), warnings as degraded (warning). */
function monitoringComponents(findings: HealthFinding[], warmingUp: boolean): Record<string, ComponentHealth> {
  const out: Record<string, ComponentHealth> = {};
  for (const part of Object.keys(PART_NAMES) as HealthFinding['part'][]) {
    const mine = findings.filter((f) => f.part === part);
    const worst = mine.find((f) => f.level === 'critical') ?? mine[0];
    out[PART_NAMES[part]] = worst
      ? { status: worst.level === 'critical' ? 'down' : 'degraded', summary: worst.summary, detail: mine.map((f) => f.summary).join('; ') }
      : { status: 'up', detail: warmingUp && part !== 'alerts' ? 'warming up: rules apply once the first minute has passed' : 'within thresholds' };
  }
  return out;
}

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

/**
 * Audit rows waiting in the outbox for the database warn until they are
 * written (then the component is up again); rows lost for good warn until restart.
 */
function auditComponent(): ComponentHealth {
  const { pending, writtenLate, lost } = auditWriteStatus();
  if (lost > 0) return { status: 'degraded', summary: 'audit rows lost', detail: `${lost} row(s) could not be written or kept since start (they are in the log only)` };
  if (pending > 0) return { status: 'degraded', summary: 'audit writes waiting', detail: `${pending} row(s) kept on disk until the database answers` };
  return { status: 'up', detail: writtenLate ? `writing (${writtenLate} row(s) kept during an outage were written later)` : 'writing' };
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

/** Background jobs: warning with the reason when one fails repeatedly or has not run for three intervals. */
function jobsComponent(): ComponentHealth {
  const report = scheduler().report();
  const bad = report.jobs.filter((j) => j.status === 'failing' || j.status === 'stale');
  if (bad.length) {
    return { status: 'degraded', summary: `background job ${bad[0]!.status}`, detail: bad.map((j) => j.reason ?? j.name).join('; ') };
  }
  const standby = report.jobs.filter((j) => j.status === 'standby').length;
  return { status: 'up', detail: `${report.jobs.length} job(s) healthy${standby ? `, ${standby} run by another instance` : ''}` };
}

function cacheComponent(): ComponentHealth | undefined {
  const c = sharedCache().status();
  if (!c.enabled) return undefined;
  if (c.store === 'memory') return { status: 'up', detail: `in memory (${c.memoryEntries} entries, this process only)` };
  return c.healthy
    ? { status: 'up', detail: `in Redis, shared by every replica${c.lastRecoveredAt ? ` (recovered ${c.lastRecoveredAt})` : ''}` }
    : { status: 'degraded', summary: 'cache store down', detail: `Redis unreachable (${c.lastError ?? 'no answer'}): caching in memory per process until it answers` };
}

function circuitLine(slot: ModelSlot, c: ModelCircuitStatus): string {
  if (c.state === 'closed') return `Model ${slot}: circuit closed${c.consecutiveFailures ? `, ${c.consecutiveFailures} failure(s) in a row (last: ${c.lastFailure})` : ''}`;
  const after = `after ${c.consecutiveFailures} consecutive failures (last: ${c.lastFailure ?? 'unknown'})`;
  if (c.state === 'half-open') return `Model ${slot}: circuit half-open ${after}; one trial call in flight`;
  const wait = c.retryInMs ? `calls paused for another ${Math.ceil(c.retryInMs / 1000)} s` : 'the next call is a trial';
  return `Model ${slot}: circuit open ${after}; ${wait}`;
}

/**
 * Real model servers' circuit breakers. An open one is `degraded` (overall
 * `warning`, not `degraded`): the app serves everything else, and the features
 * that need that model say so themselves. Absent when both models are simulated.
 */
function modelsComponent(): ComponentHealth | undefined {
  const circuits = MODEL_SLOTS.flatMap((slot) => {
    const c = modelCircuitStatus(slot);
    return c ? [{ slot, c }] : [];
  });
  if (!circuits.length) return undefined;
  const paused = circuits.filter(({ c }) => c.state !== 'closed');
  const detail = circuits.map(({ slot, c }) => circuitLine(slot, c)).join('; ');
  return paused.length
    ? { status: 'degraded', summary: `Model ${paused.map(({ slot }) => slot).join(' and ')} paused: model server failing`, detail }
    : { status: 'up', detail };
}


/** What the health badge and /api/health show: overall status and each part's. */
export async function healthReport(): Promise<HealthReport> {
  const config = getConfig();
  const db = await database().status();
  const { findings, warmingUp, recovery } = await monitor().health();
  const components: HealthReport['components'] = {
    database: databaseComponent(db),
    telemetry: telemetryComponent(),
    ...monitoringComponents(findings, warmingUp),
    audit: auditComponent(),
  };
  const rateLimits = rateLimitComponent();
  if (rateLimits) components.rateLimits = rateLimits;
  components.jobs = jobsComponent();
  const cache = cacheComponent();
  if (cache) components.cache = cache;
  const models = modelsComponent();
  if (models) components.models = models;
  const failing = Object.entries(components).filter(([, c]) => c.status !== 'up');
  const reasons = failing.map(([name, c]) => `${name}: ${c.detail}`);
  const worst = failing.find(([, c]) => c.status === 'down') ?? failing[0];
  // Recovering only when nothing but the request figures and their alerts is failing: a database outage is not a chaos tail.
  const recovering = recovery && failing.length > 0 && failing.every(([name]) => name === 'requests' || name === 'alerts');
  return {
    status: failing.some(([, c]) => c.status === 'down') ? 'degraded' : failing.length ? 'warning' : 'online',
    summary: worst ? (worst[1].summary ?? worst[1].detail) : undefined,
    reasons,
    version: config.version,
    startedAt: processStartedAt().toISOString(),
    uptimeSec: uptimeSeconds(),
    components,
    ...(recovering ? { recovery } : {}),
  };
}

/**
 * `/api/health/detailed`: the source's shape, with the reasons, resources and
 * every component. Where things are (the data directory, the database's host,
 * port and name) only for admins.
 */
export async function detailedHealth(options: { admin?: boolean } = {}): Promise<DetailedHealth> {
  const m = monitor();
  const [report, health, db] = await Promise.all([healthReport(), m.health(), options.admin ? database().status() : undefined]);
  // healthReport already folds the monitoring rules in with the database and audit components.
  const status = ({ online: 'healthy', warning: 'warning', degraded: 'degraded' } as const)[report.status];
  return {
    status,
    reasons: report.reasons,
    error_rate_percent: health.recent.error_rate_percent,
    active_sessions: m.windows.activeSessions(),
    p95_latency_ms: health.recent.performance.p95_ms,
    recent_5xx: m.windows.window('5m', 300).errors.recent_5xx,
    alerts: health.open.length,
    critical_alerts: health.open.filter((a) => a.severity === 'critical').length,
    resources: m.sampler.figures(),
    components: report.components,
    jobs: scheduler().report(),
    cache: sharedCache().status(),
    models: modelsHealth(),
    recoveries: m.recoveries(),
    ...(db ? { locations: { data_dir: getConfig().dataDir, database: db.target ?? 'embedded PGlite in the data directory' } } : {}),
    timestamp: new Date().toISOString(),
  };
}

/** Readiness: the database answers and every migration is applied. */
export async function readiness(): Promise<{ ready: boolean; reason?: string; database: DatabaseStatus }> {
  const status = await database().status();
  return status.ok ? { ready: true, database: status } : { ready: false, reason: status.error, database: status };
}
