import type { CacheStatus } from '@/lib/cache/types';
import type { JobsReport } from '@/lib/jobs/types';
import type { ModelCircuitStatus, ModelInfo, ModelSlot } from '@/lib/models/types';
/** Shapes shared by the server and the browser (no server-only imports here). */

/** The window the Monitoring page opens with (its first data is read on the server). */
export const DASHBOARD_WINDOW = '5m';

export type HealthStatus = 'online' | 'warning' | 'degraded';

export interface ComponentHealth {
  status: 'up' | 'degraded' | 'down';
  /** Short phrase for badges ("database unreachable"). */
  summary?: string;
  detail: string;
  latencyMs?: number;
}

export interface HealthReport {
  status: HealthStatus;
  /** One short phrase for the badge ("database unreachable"); absent when online. */
  summary?: string;
  /** Each component that is not up, with its detail. */
  reasons: string[];
  version: string;
  startedAt: string;
  uptimeSec: number;
  components: Record<string, ComponentHealth>;
  /** Present when everything still failing is the tail of a chaos run that has ended: the badge says "recovering". */
  recovery?: HealthRecovery;
}

/** What is still failing outlasts its cause (a chaos run): when the last rule window clears. */
export interface HealthRecovery {
  cause: string;
  remainingSec: number;
}

/** The status words of `/api/health/detailed` (the source's healthy / warning / degraded). */
export type DetailedStatus = 'healthy' | 'warning' | 'degraded';

/** How a finished request failed, if it did. `timeout`: took longer than REQUEST_TIMEOUT_MS, or 408/504. */
export type ErrorClass = '5xx' | '4xx' | '429' | '403' | 'timeout';

/** Which part of the app a request belongs to (from its route). */
export type Feature = 'tools' | 'chat' | 'compare' | 'monitoring' | 'debug' | 'api' | 'pages';

export interface WindowStats {
  window: string;
  /** Seconds covered (for the last-N window: from its oldest request to now). */
  seconds: number;
  total_requests: number;
  successful_requests: number;
  requests_per_sec: number;
  /** Server-side failures (5xx and time-outs) over all requests: what availability and the alerts use. */
  error_rate_percent: number;
  /** Every 4xx/5xx/time-out over all requests (client errors included). */
  any_error_rate_percent: number;
  errors: { recent_5xx: number; recent_4xx: number; recent_429: number; recent_csrf: number; recent_timeouts: number };
  performance: { p50_ms: number | null; p95_ms: number | null; p99_ms: number | null; mean_ms: number | null; max_ms: number | null };
  slow_requests: number;
}

export interface SeriesPoint {
  /** Epoch ms of the bucket start. */
  t: number;
  requests: number;
  rps: number;
  errors_5xx: number;
  errors_4xx: number;
  error_rate_percent: number;
  p50_ms: number | null;
  p95_ms: number | null;
  p99_ms: number | null;
}

export interface EndpointStats {
  route: string;
  method: string;
  feature: Feature;
  requests: number;
  errors: number;
  error_rate_percent: number;
  mean_ms: number;
  p95_ms: number;
}

export interface SlowRequest {
  route: string;
  path: string;
  method: string;
  status: number;
  duration_ms: number;
  at: string;
  trace_id: string;
}

export type Level = 'ok' | 'warning' | 'critical';

export interface ResourceFigures {
  sampled_at: string | null;
  memory: { rss_bytes: number; heap_used_bytes: number; heap_total_bytes: number; heap_limit_bytes: number; limit_bytes: number; rss_percent: number; heap_percent: number; level: Level };
  cpu: { percent: number; cores: number; level: Level };
  event_loop: { delay_p99_ms: number; delay_mean_ms: number; utilization_percent: number; level: Level };
  database_pool: { kind: 'postgres'; max: number; total: number; idle: number; waiting: number; used_percent: number; level: Level } | null;
  active_sessions: number;
  /** The volume of the data directory (PGlite, logs); null when it cannot be read. */
  /** The volume of the data directory; its path is not here: figures reach anonymous callers and are stored in snapshots. */
  disk: { total_bytes: number; used_bytes: number; used_percent: number; warn_pct: number; critical_pct: number; level: Level } | null;
  /** Database query time from the query spans of the last few minutes. */
  db_query: { count: number; avg_ms: number | null; p95_ms: number | null; window_sec: number; warn_ms: number; critical_ms: number; level: Level };
  /** Requests inside a route handler now (self-protection: expensive routes refused above critical). */
  in_flight: { current: number; peak: number; refused: number; warn: number; critical: number; level: Level };
}

/** One automatic recovery attempt (e.g. freeing caches on a memory warning). */
export interface RecoveryRecord {
  at: string;
  trigger: string;
  action: string;
  outcome: 'started' | 'succeeded' | 'failed';
  detail: string;
}

export interface ModelFigures {
  model: string;
  calls: number;
  failed_calls: number;
  input_tokens: number;
  output_tokens: number;
  cost_usd: number;
  mean_latency_ms: number | null;
  workflows: number;
  workflow_success_rate_percent: number | null;
  hallucination_checks: number;
  hallucination_rate_percent: number | null;
}

export interface AiFigures {
  since: string;
  totals: Omit<ModelFigures, 'model'>;
  models: ModelFigures[];
}

export type AlertSeverity = 'warning' | 'critical';
export type AlertState = 'firing' | 'acknowledged' | 'resolved';

export interface AlertEventView {
  kind: 'fired' | 'acknowledged' | 'resolved' | 'escalated';
  at: string;
  actor: string | null;
}

export interface AlertView {
  id: string;
  rule: string;
  title: string;
  severity: AlertSeverity;
  state: AlertState;
  message: string;
  value: number;
  threshold: number;
  instance_id: string;
  fired_at: string;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
  resolved_at: string | null;
  events: AlertEventView[];
}

export interface ChaosState {
  active: boolean;
  kind: 'errors' | 'latency' | null;
  rate_pct: number;
  latency_ms: number;
  until: string | null;
  remaining_sec: number;
}

export interface HealthVerdict {
  status: DetailedStatus;
  reasons: string[];
}

export interface MetricsReport {
  timestamp: string;
  instance_id: string;
  window: string;
  summary: { total_requests: number; successful_requests: number; error_rate_percent: number; requests_per_sec: number; active_sessions: number };
  errors: WindowStats['errors'];
  performance: WindowStats['performance'];
  /** `recovery`: what still fails is a chaos run's tail (see HealthReport). */
  health: HealthVerdict & { recovery?: HealthRecovery };
  windows: Record<'last_requests' | '1m' | '5m' | '1h', WindowStats>;
  series: { fine: SeriesPoint[]; minute: SeriesPoint[]; minute_source: 'cluster' | 'instance' };
  error_breakdown: { class: ErrorClass; count: number }[];
  errors_by_route: { route: string; class: ErrorClass; count: number }[];
  features: { feature: Feature; requests: number; errors: number }[];
  top_endpoints: EndpointStats[];
  slow_requests: SlowRequest[];
  slow_request_threshold_ms: number;
  resources: ResourceFigures;
  ai: AiFigures;
  alerts: AlertView[];
  cluster: { instances: string[]; last_hour: WindowStats | null; error?: string };
  chaos: ChaosState;
  jobs: JobsReport;
  cache: CacheStatus;
  recoveries: RecoveryRecord[];
  /** Each model slot: which model, and its circuit breaker (null for a simulated model, which makes no requests). */
  models: Record<ModelSlot, ModelHealth>;
}

export interface DetailedHealth {
  status: DetailedStatus;
  reasons: string[];
  error_rate_percent: number;
  active_sessions: number;
  p95_latency_ms: number | null;
  recent_5xx: number;
  alerts: number;
  critical_alerts: number;
  resources: ResourceFigures;
  components: Record<string, ComponentHealth>;
  jobs: JobsReport;
  cache: CacheStatus;
  /** Each model slot with its circuit breaker (null for a simulated model, which makes no requests). */
  models: Record<ModelSlot, ModelHealth>;
  recoveries: RecoveryRecord[];
  /** Admins only: where the data directory and the database are. */
  locations?: { data_dir: string; database: string };
  timestamp: string;
}

export interface ModelHealth {
  displayName: string;
  provider: ModelInfo['provider'];
  modelId: string;
  circuit: ModelCircuitStatus | null;
}

/** One alert rule's verdict at one evaluation (lib/monitoring/alert-rules.ts and its rule families). */
export interface Condition {
  rule: string;
  active: boolean;
  severity: AlertSeverity;
  value: number;
  threshold: number;
  message: string;
}

// The objectives page's shapes are browser-safe too.
export type * from './objective-types';
