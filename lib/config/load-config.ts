import os from 'node:os';
import path from 'node:path';
import { envSchema, type RawEnv } from './schema';
import packageJson from '../../package.json' with { type: 'json' };

export type DatabaseConfig =
  | { kind: 'postgres'; url: string; poolMax: number; connectTimeoutMs: number }
  | { kind: 'embedded'; dataDir: string };

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  serviceName: string;
  version: string;
  dataDir: string;
  database: DatabaseConfig;
  session: { secret: string | undefined; ttlSec: number };
  adminToken: string | undefined;
  trustProxy: boolean;
  logLevel: RawEnv['LOG_LEVEL'];
  telemetry: {
    enabled: boolean;
    azureConnectionString: string | undefined;
    azureLiveMetrics: boolean;
    otlpEndpoint: string | undefined;
    exportQueueSize: number;
    traceStoreSize: number;
  };
  monitoring: MonitoringConfig;
}

/** Thresholds and intervals of lib/monitoring (alert rule defaults; admins can change the rules at run time). */
export interface MonitoringConfig {
  instanceId: string;
  windowSize: number;
  slowRequestMs: number;
  requestTimeoutMs: number;
  warmupSec: number;
  evalIntervalMs: number;
  rollupIntervalMs: number;
  snapshotIntervalSec: number;
  snapshotKeep: number;
  rollupRetentionHours: number;
  activeSessionWindowSec: number;
  alerts: {
    errorRatePct: number;
    errorRateWindowSec: number;
    p95Ms: number;
    latencyWindowSec: number;
    serverErrorCount: number;
    serverErrorWindowSec: number;
    minRequests: number;
    resourceWarnPct: number;
    resourceCriticalPct: number;
    eventLoopDelayWarnMs: number;
    eventLoopDelayCriticalMs: number;
    sloAvailabilityPct: number;
    historyKeep: number;
    webhookUrl: string | undefined;
  };
  health: { warnErrorRatePct: number; warnP95Ms: number };
  chaosMaxDurationSec: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function parseConfig(source: Record<string, string | undefined>): AppConfig {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    // Name the variable and the rule it broke, never its value: some are secrets.
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'} ${issue.message}`),
    );
  }
  const env = result.data;
  const dataDir = path.resolve(/* turbopackIgnore: true */ env.AIMON_DATA_DIR ?? '.data');
  return {
    env: env.NODE_ENV ?? 'development',
    port: env.PORT,
    serviceName: env.OTEL_SERVICE_NAME,
    version: env.AIMON_VERSION ?? packageJson.version,
    dataDir,
    database: env.DATABASE_URL
      ? {
          kind: 'postgres',
          url: env.DATABASE_URL,
          poolMax: env.DATABASE_POOL_MAX,
          connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS,
        }
      : { kind: 'embedded', dataDir: path.join(/* turbopackIgnore: true */ dataDir, 'pglite') },
    session: { secret: env.SESSION_SECRET, ttlSec: env.SESSION_TTL_SEC },
    adminToken: env.ADMIN_TOKEN,
    trustProxy: env.TRUST_PROXY,
    logLevel: env.LOG_LEVEL,
    telemetry: {
      enabled: !env.OTEL_SDK_DISABLED,
      azureConnectionString: env.APPLICATIONINSIGHTS_CONNECTION_STRING,
      azureLiveMetrics: env.APPLICATIONINSIGHTS_LIVE_METRICS,
      otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT?.replace(/\/+$/, ''),
      exportQueueSize: env.OTEL_EXPORT_QUEUE_SIZE,
      traceStoreSize: env.TRACE_STORE_SIZE,
    },
    monitoring: {
      instanceId: env.AIMON_INSTANCE_ID ?? `${os.hostname()}-${process.pid}`,
      windowSize: env.MONITORING_WINDOW_SIZE,
      slowRequestMs: env.SLOW_REQUEST_MS,
      requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
      warmupSec: env.MONITORING_WARMUP_SEC,
      evalIntervalMs: env.MONITORING_EVAL_INTERVAL_MS,
      rollupIntervalMs: env.MONITORING_ROLLUP_INTERVAL_MS,
      snapshotIntervalSec: env.MONITORING_SNAPSHOT_INTERVAL_SEC,
      snapshotKeep: env.MONITORING_SNAPSHOT_KEEP,
      rollupRetentionHours: env.MONITORING_ROLLUP_RETENTION_HOURS,
      activeSessionWindowSec: env.ACTIVE_SESSION_WINDOW_SEC,
      alerts: {
        errorRatePct: env.ALERT_ERROR_RATE_PCT,
        errorRateWindowSec: env.ALERT_ERROR_RATE_WINDOW_SEC,
        p95Ms: env.ALERT_P95_MS,
        latencyWindowSec: env.ALERT_LATENCY_WINDOW_SEC,
        serverErrorCount: env.ALERT_5XX_COUNT,
        serverErrorWindowSec: env.ALERT_5XX_WINDOW_SEC,
        minRequests: env.ALERT_MIN_REQUESTS,
        resourceWarnPct: env.RESOURCE_WARN_PCT,
        resourceCriticalPct: Math.max(env.RESOURCE_CRITICAL_PCT, env.RESOURCE_WARN_PCT),
        eventLoopDelayWarnMs: env.EVENT_LOOP_DELAY_WARN_MS,
        eventLoopDelayCriticalMs: Math.max(env.EVENT_LOOP_DELAY_CRITICAL_MS, env.EVENT_LOOP_DELAY_WARN_MS),
        sloAvailabilityPct: env.SLO_AVAILABILITY_PCT,
        historyKeep: env.ALERT_HISTORY_KEEP,
        webhookUrl: env.ALERT_WEBHOOK_URL,
      },
      health: { warnErrorRatePct: env.HEALTH_WARN_ERROR_RATE_PCT, warnP95Ms: env.HEALTH_WARN_P95_MS },
      chaosMaxDurationSec: env.CHAOS_MAX_DURATION_SEC,
    },
  };
}
