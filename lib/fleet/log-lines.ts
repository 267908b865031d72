import type { Rng } from '@/lib/random';
import type { ServiceSpec } from './services';
import type { FaultKind, LogLevel, ServiceName } from './types';

export interface LineDraft {
  level: LogLevel;
  message: string;
}

const MODEL_PROMPTS = ['diagnose', 'summarize_logs', 'plan_repair', 'chat', 'explain_metrics'];
const TOOLS = ['list_services', 'get_service_status', 'get_service_logs', 'get_service_metrics', 'run_diagnostics'];
const PAGES = ['/', '/tools', '/chat', '/compare', '/monitoring', '/api/containers', '/api/health'];

/** An ordinary line for a healthy service, in the voice of that kind of service. */
export function routineLine(spec: ServiceSpec, rng: Rng, latencyMs: number): LineDraft {
  const ms = Math.max(1, Math.round(latencyMs * (0.6 + rng.next() * 0.8)));
  if (rng.chance(0.12)) return { level: 'debug', message: debugLine(spec, rng) };
  switch (spec.kind) {
    case 'model':
      return { level: 'info', message: `POST /api/generate 200 in ${ms}ms prompt=${rng.pick(MODEL_PROMPTS)} tokens_in=${rng.int(120, 900)} tokens_out=${rng.int(40, 420)}` };
    case 'agent':
      return { level: 'info', message: `workflow step ${rng.int(1, 6)} tool=${rng.pick(TOOLS)} finished in ${ms}ms` };
    case 'mcp':
      return { level: 'info', message: `tools/call ${rng.pick(TOOLS)} ok in ${ms}ms` };
    case 'web':
      return { level: 'info', message: `GET ${rng.pick(PAGES)} 200 ${ms}ms` };
    case 'load':
      return { level: 'info', message: `${rng.int(8, 40)} users, ${(rng.next() * 6 + 9).toFixed(1)} req/s, 0 failures, median ${ms}ms` };
    case 'database':
      return { level: 'info', message: `checkpoint complete: wrote ${rng.int(12, 400)} buffers (${(rng.next() * 2).toFixed(1)}%); duration=${(ms / 1000).toFixed(3)} s` };
    case 'cache':
      return { level: 'info', message: `${rng.int(2_000, 9_000)} keys, hit rate ${(90 + rng.next() * 9).toFixed(1)}%, ${rng.int(1, 3)} ms p99` };
  }
}

function debugLine(spec: ServiceSpec, rng: Rng): string {
  switch (spec.kind) {
    case 'model':
      return `kv cache ${rng.int(20, 80)}% used, ${rng.int(0, 3)} requests queued`;
    case 'database':
      return `autovacuum: processing table "audit_log" (${rng.int(10, 900)} dead tuples)`;
    case 'cache':
      return `expired ${rng.int(1, 60)} keys in background cycle`;
    default:
      return `health probe ok (${rng.int(1, 9)}ms)`;
  }
}

/** What a service under a fault keeps saying while the fault lasts. */
export function faultLine(spec: ServiceSpec, kind: FaultKind, rng: Rng, ctx: { latencyMs: number; memoryPct: number; dependency?: ServiceName }): LineDraft {
  switch (kind) {
    case 'crash':
      return { level: 'error', message: 'process not running' };
    case 'latency_spike':
      return { level: 'warn', message: `slow request: ${Math.round(ctx.latencyMs * (0.8 + rng.next() * 0.4))}ms (p95 budget ${spec.latencyMs * 2}ms); ${rng.int(3, 25)} requests queued` };
    case 'memory_leak':
      return { level: ctx.memoryPct >= 90 ? 'error' : 'warn', message: `memory usage ${ctx.memoryPct.toFixed(0)}% of ${spec.memoryLimitMb} MB limit and rising; gc reclaimed ${rng.int(0, 4)} MB` };
    case 'error_burst':
      return { level: 'error', message: `request failed: 500 Internal Server Error (stale cache entry "${spec.name}:cfg:${rng.int(100, 999)}")` };
    case 'dependency_failure':
      return { level: 'error', message: `connection to ${ctx.dependency ?? 'dependency'} failed: ECONNREFUSED (attempt ${rng.int(2, 9)}, retrying)` };
    case 'bad_deployment':
      return { level: 'error', message: `TypeError: Cannot read properties of undefined (reading 'config') at handler (release ${rng.int(1000, 9999)})` };
  }
}

export function faultStartLine(spec: ServiceSpec, kind: FaultKind, ctx: { version: string; dependency?: ServiceName }): LineDraft {
  switch (kind) {
    case 'crash':
      return { level: 'error', message: `process exited with code 137; container ${spec.name} stopped` };
    case 'latency_spike':
      return { level: 'warn', message: `request latency rising: p95 above ${spec.latencyMs * 2}ms` };
    case 'memory_leak':
      return { level: 'warn', message: `heap growing without release (${spec.memoryMb} MB baseline)` };
    case 'error_burst':
      return { level: 'error', message: 'error rate above 20%: responses served from a poisoned cache entry' };
    case 'dependency_failure':
      return { level: 'error', message: `lost connection to ${ctx.dependency ?? 'a dependency'}` };
    case 'bad_deployment':
      return { level: 'warn', message: `deployed version ${ctx.version}; readiness checks failing` };
  }
}

export function faultHealedLine(kind: FaultKind): LineDraft {
  const what: Record<FaultKind, string> = {
    crash: 'process running again',
    latency_spike: 'latency back to normal',
    memory_leak: 'memory usage back to baseline',
    error_burst: 'error rate back to normal',
    dependency_failure: 'dependency connection re-established',
    bad_deployment: 'readiness checks passing',
  };
  return { level: 'info', message: what[kind] };
}
