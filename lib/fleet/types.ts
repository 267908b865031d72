/**
 * The fleet's vocabulary, shared by the server, the MCP tools and the pages.
 * Browser-safe: no server imports.
 */
export const SERVICE_NAMES = [
  'model-a',
  'model-b',
  'ai-agent',
  'mcp-server',
  'web-ui',
  'load-generator',
  'postgres',
  'redis',
] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

/** What each service is for, as the inventory describes it (never changes at run time). */
export const SERVICE_ROLES: Record<ServiceName, string> = {
  'model-a': 'Model server (careful, slower)',
  'model-b': 'Model server (fast, cheaper)',
  'ai-agent': 'Plans and runs tool workflows',
  'mcp-server': 'Serves the operations tools',
  'web-ui': 'Pages and APIs for people',
  'load-generator': 'Synthetic users (Locust)',
  'postgres': 'Primary database',
  'redis': 'Cache and session store',
};

export const SERVICE_STATUSES = ['running', 'degraded', 'restarting', 'stopped'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

export type ServiceHealth = 'healthy' | 'warning' | 'critical';

export const FAULT_KINDS = [
  'crash',
  'latency_spike',
  'memory_leak',
  'error_burst',
  'dependency_failure',
  'bad_deployment',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export const ACTION_KINDS = ['restart', 'scale', 'rollback', 'clear_cache'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** Ordered by severity: a level filter returns that level and everything above it. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const MIN_REPLICAS = 1;
export const MAX_REPLICAS = 10;

export interface FaultView {
  id: string;
  kind: FaultKind;
  startedAt: string;
  /** When it heals by itself; null when it needs an action. */
  endsAt: string | null;
  fixedBy: ActionKind[];
}

export interface ActionView {
  kind: ActionKind;
  startedAt: string;
  completesAt: string;
  replicas?: number;
}

/** One service as the status grid, the API and the tools show it. */
export interface ServiceView {
  name: ServiceName;
  displayName: string;
  role: string;
  status: ServiceStatus;
  health: ServiceHealth;
  cpuPct: number;
  memoryMb: number;
  memoryLimitMb: number;
  memoryPct: number;
  uptimeSec: number;
  version: string;
  previousVersion: string | null;
  replicas: number;
  dependencies: ServiceName[];
  latencyMs: number;
  errorRate: number;
  requestsPerSec: number;
  faults: FaultView[];
  action: ActionView | null;
  /** Plain-language reasons for a status other than running. */
  issues: string[];
}

export interface LogEntry {
  at: string;
  service: ServiceName;
  level: LogLevel;
  message: string;
}

export interface MetricsPoint {
  at: string;
  cpuPct: number;
  memoryMb: number;
  latencyMs: number;
  errorRate: number;
  requestsPerSec: number;
}
