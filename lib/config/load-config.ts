import os from 'node:os';
import path from 'node:path';
import { envSchema, type RawEnv } from './schema';
import packageJson from '../../package.json' with { type: 'json' };

/** wasmTierUp: V8's optimizing tier for the database's WebAssembly (DATABASE_WASM_TIER_UP; lib/db/wasm-tiers.ts). */
export type DatabaseConfig = (
  | { kind: 'postgres'; url: string; poolMax: number; connectTimeoutMs: number; queryTimeoutMs: number }
  /**
   * sharedBuffersMb: PGlite's shared_buffers (PGLITE_SHARED_BUFFERS_MB); PGlite's own default (128 MB) when unset.
   * initdbInChild: a new data directory is initialised by a child process (lib/db/embedded-initdb.ts); the server's
   * configuration sets it, a test opening a throwaway database in-process need not.
   */
  | { kind: 'embedded'; dataDir: string; sharedBuffersMb?: number; initdbInChild?: boolean }
) & { wasmTierUp?: boolean };

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
  redisUrl: string | undefined;
  rateLimit: RateLimitConfig;
  logLevel: RawEnv['LOG_LEVEL'];
  /** V8's old-generation growth between full collections, in % (NODE_HEAP_GROWTH_PERCENT; lib/runtime/heap-growth.ts). */
  heapGrowthPercent: number;
  /** Seed of the simulated fleet's PRNG: the same seed replays the same fleet. */
  fleetSeed: number;
  /** An external MCP server for the agent's tools; unset = the in-process server. */
  mcpUrl: string | undefined;
  /** Tokens /api/mcp accepts for the fleet-changing tools (besides the admin token). */
  mcpTokens: string[];
  /** Sent as Bearer to MCP_URL. */
  mcpAuthToken: string | undefined;
  models: {
    A: ModelSlotConfig;
    B: ModelSlotConfig;
    simSeed: number;
    simLatencyScale: number;
    timeoutMs: number;
    maxRetries: number;
    /** Circuit breaker of each real model server (lib/models/circuit-breaker.ts). */
    breaker: { failures: number; cooldownMs: number };
  };
  agent: { maxSteps: number; timeoutMs: number; settleMs: number };
  /** The optional LLM judge of answers (off when undefined). */
  grounding: { judge: JudgeConfig | undefined };
  telemetry: {
    enabled: boolean;
    azureConnectionString: string | undefined;
    azureLiveMetrics: boolean;
    azureResourceId: string | undefined;
    /** Push metrics over OTLP (OTEL_METRICS_EXPORTER names otlp); /metrics is served either way. */
    otlpMetrics: boolean;
    /** Where each OTLP signal goes (undefined: that signal is not sent over OTLP). */
    otlp: { traces: string | undefined; metrics: string | undefined; logs: string | undefined; protocol: 'http/protobuf' | 'http/json' };
    sampler: { name: RawEnv['OTEL_TRACES_SAMPLER']; ratio: number };
    /**
     * What the browser SDK needs, derived from the connection string: its
     * instrumentation key and ingestion endpoint (neither is a secret; browsers
     * send them with every batch), nothing else of it. Undefined without Azure.
     */
    browser: { connectionString: string; ingestionOrigin: string } | undefined;
    exportQueueSize: number;
    metricIntervalMs: number;
    traceStoreSize: number;
  };
  monitoring: MonitoringConfig;
  loadTest: LoadTestConfig;
  jobs: JobsConfig;
  cache: CacheConfig;
  protection: ProtectionConfig;
  platform: PlatformConfig;
}

/** Where the server runs: a long-lived process (laptop, container), or Vercel's functions. */
export interface PlatformConfig {
  /** On Vercel: no in-process scheduler (Vercel Cron calls /api/cron/{job}), no load tester. */
  vercel: boolean;
  /** Protects /api/cron/{job}; unset = those routes answer 404. */
  cronSecret: string | undefined;
}

/** The scheduler of lib/jobs and the retention clean-up. */
export interface JobsConfig {
  failureThreshold: number;
  resourcesIntervalMs: number;
  retentionIntervalMs: number;
  workflowRetentionDays: number;
  fleetLogRetentionHours: number;
  softDeleteRetentionDays: number;
  auditRetentionDays: number;
  chatRetentionDays: number;
}

/** lib/cache: where cached reads live and for how long. */
export interface CacheConfig {
  enabled: boolean;
  store: 'auto' | 'memory' | 'redis';
  maxEntries: number;
  containersTtlMs: number;
  metricsTtlMs: number;
  /** The Compare page's aggregates of stored workflow runs (invalidated when a run ends). */
  compareTtlMs: number;
  keyPrefix: string;
}

/** Self-protection thresholds: requests in flight, disk use, database query time. */
export interface ProtectionConfig {
  inflightWarn: number;
  inflightCritical: number;
  retryAfterSec: number;
  diskWarnPct: number;
  diskCriticalPct: number;
  dbQueryWarnMs: number;
  dbQueryCriticalMs: number;
}

/** Bounds of the built-in load tester (one run at a time, against this app's loopback address). */
export interface LoadTestConfig {
  maxUsers: number;
  maxDurationSec: number;
  maxRps: number;
  /** Runs a non-admin session may start per hour; 0 = admins only. */
  sessionRunsPerHour: number;
  requestTimeoutSec: number;
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
    agentP95Ms: number;
    latencyWindowSec: number;
    serverErrorCount: number;
    serverErrorWindowSec: number;
    minRequests: number;
    resourceWarnPct: number;
    resourceCriticalPct: number;
    eventLoopDelayWarnMs: number;
    eventLoopDelayCriticalMs: number;
    sloAvailabilityPct: number;
    objectiveWorkflowSuccessPct: number;
    objectiveHallucinationMaxPct: number;
    budgetSessionUsd: number;
    budgetSessionWindowMin: number;
    budgetModelUsd: number;
    budgetModelWindowHours: number;
    budgetRefuseOver: boolean;
    historyKeep: number;
    webhookUrl: string | undefined;
  };
  health: { warnErrorRatePct: number; warnP95Ms: number };
  chaosMaxDurationSec: number;
}

/** Who judges answers: a model slot, or an OpenAI-compatible server of its own. */
export type JudgeConfig =
  | { kind: 'slot'; slot: 'A' | 'B'; timeoutMs: number }
  | { kind: 'openai-compatible'; baseUrl: string; model: string; apiKey: string | undefined; timeoutMs: number };

export interface ModelSlotConfig {
  provider: 'simulated' | 'openai-compatible' | 'azure-openai';
  name: string | undefined;
  model: string | undefined;
  baseUrl: string | undefined;
  apiKey: string | undefined;
  azureResource: string | undefined;
  azureApiVersion: string | undefined;
  priceInputPer1k: number | undefined;
  priceOutputPer1k: number | undefined;
}

/** Requests per minute for each endpoint class, per session; per client IP it is `× ipMultiplier`. */
export interface RateLimitConfig {
  enabled: boolean;
  /** Where counters live; `auto`: Redis if REDIS_URL, else PostgreSQL if DATABASE_URL, else memory. */
  store: 'auto' | 'memory' | 'redis' | 'postgres';
  perMinute: { read: number; chat: number; expensive: number; login: number };
  ipMultiplier: number;
  keyPrefix: string;
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
  if (env.RATE_LIMIT_STORE === 'redis' && !env.REDIS_URL) {
    throw new ConfigError(['RATE_LIMIT_STORE is redis, which needs REDIS_URL']);
  }
  if (env.RATE_LIMIT_STORE === 'postgres' && !env.DATABASE_URL) {
    throw new ConfigError(['RATE_LIMIT_STORE is postgres, which needs DATABASE_URL']);
  }
  const problems: string[] = [];
  if (env.VERCEL) problems.push(...vercelRefusals(env));
  const slot = (s: 'A' | 'B'): ModelSlotConfig => {
    const c: ModelSlotConfig = {
      provider: env[`MODEL_${s}_PROVIDER`],
      name: env[`MODEL_${s}_NAME`],
      model: env[`MODEL_${s}_MODEL`],
      baseUrl: env[`MODEL_${s}_BASE_URL`],
      apiKey: env[`MODEL_${s}_API_KEY`],
      azureResource: env[`MODEL_${s}_AZURE_RESOURCE`],
      azureApiVersion: env[`MODEL_${s}_AZURE_API_VERSION`],
      priceInputPer1k: env[`MODEL_${s}_PRICE_INPUT_PER_1K`],
      priceOutputPer1k: env[`MODEL_${s}_PRICE_OUTPUT_PER_1K`],
    };
    if (c.provider === 'openai-compatible' && (!c.baseUrl || !c.model)) problems.push(`MODEL_${s}_BASE_URL and MODEL_${s}_MODEL are required when MODEL_${s}_PROVIDER=openai-compatible`);
    if (c.provider === 'azure-openai' && (!(c.azureResource || c.baseUrl) || !c.model || !c.apiKey)) problems.push(`MODEL_${s}_AZURE_RESOURCE (or MODEL_${s}_BASE_URL), MODEL_${s}_MODEL (the deployment) and MODEL_${s}_API_KEY are required when MODEL_${s}_PROVIDER=azure-openai`);
    return c;
  };
  const models = { A: slot('A'), B: slot('B') };
  const judge = judgeConfig(env, models, problems);
  if (problems.length) throw new ConfigError(problems);
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
          queryTimeoutMs: env.DATABASE_QUERY_TIMEOUT_MS,
          wasmTierUp: env.DATABASE_WASM_TIER_UP,
        }
      : { kind: 'embedded', dataDir: path.join(/* turbopackIgnore: true */ dataDir, 'pglite'), sharedBuffersMb: env.PGLITE_SHARED_BUFFERS_MB, initdbInChild: true, wasmTierUp: env.DATABASE_WASM_TIER_UP },
    session: { secret: env.SESSION_SECRET, ttlSec: env.SESSION_TTL_SEC },
    adminToken: env.ADMIN_TOKEN,
    trustProxy: env.TRUST_PROXY,
    redisUrl: env.REDIS_URL,
    rateLimit: {
      enabled: env.RATE_LIMIT_ENABLED,
      store: env.RATE_LIMIT_STORE,
      perMinute: {
        read: env.RATE_LIMIT_READ_PER_MIN,
        chat: env.RATE_LIMIT_CHAT_PER_MIN,
        expensive: env.RATE_LIMIT_EXPENSIVE_PER_MIN,
        login: env.RATE_LIMIT_LOGIN_PER_MIN,
      },
      ipMultiplier: env.RATE_LIMIT_IP_MULTIPLIER,
      keyPrefix: env.RATE_LIMIT_KEY_PREFIX,
    },
    logLevel: env.LOG_LEVEL,
    heapGrowthPercent: env.NODE_HEAP_GROWTH_PERCENT,
    fleetSeed: env.FLEET_SEED,
    mcpUrl: env.MCP_URL,
    mcpTokens: env.MCP_TOKENS ?? [],
    mcpAuthToken: env.MCP_AUTH_TOKEN,
    models: {
      ...models,
      simSeed: env.AIMON_SIM_SEED,
      simLatencyScale: env.AIMON_SIM_LATENCY_SCALE,
      timeoutMs: env.MODEL_TIMEOUT_MS,
      maxRetries: env.MODEL_MAX_RETRIES,
      breaker: { failures: env.MODEL_BREAKER_FAILURES, cooldownMs: env.MODEL_BREAKER_COOLDOWN_MS },
    },
    agent: { maxSteps: env.WORKFLOW_MAX_STEPS, timeoutMs: env.WORKFLOW_TIMEOUT_MS, settleMs: env.WORKFLOW_SETTLE_MS },
    grounding: { judge },
    telemetry: {
      enabled: !env.OTEL_SDK_DISABLED,
      azureConnectionString: env.APPLICATIONINSIGHTS_CONNECTION_STRING,
      azureLiveMetrics: env.APPLICATIONINSIGHTS_LIVE_METRICS,
      azureResourceId: env.APPLICATIONINSIGHTS_RESOURCE_ID,
      otlpMetrics: env.OTEL_METRICS_EXPORTER.includes('otlp'),
      otlp: otlpEndpoints(env),
      sampler: { name: env.OTEL_TRACES_SAMPLER, ratio: env.OTEL_TRACES_SAMPLER_ARG },
      browser: browserTelemetry(env.APPLICATIONINSIGHTS_CONNECTION_STRING),
      exportQueueSize: env.OTEL_EXPORT_QUEUE_SIZE,
      metricIntervalMs: env.OTEL_METRIC_EXPORT_INTERVAL,
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
        agentP95Ms: env.ALERT_AGENT_P95_MS,
        latencyWindowSec: env.ALERT_LATENCY_WINDOW_SEC,
        serverErrorCount: env.ALERT_5XX_COUNT,
        serverErrorWindowSec: env.ALERT_5XX_WINDOW_SEC,
        minRequests: env.ALERT_MIN_REQUESTS,
        resourceWarnPct: env.RESOURCE_WARN_PCT,
        resourceCriticalPct: Math.max(env.RESOURCE_CRITICAL_PCT, env.RESOURCE_WARN_PCT),
        eventLoopDelayWarnMs: env.EVENT_LOOP_DELAY_WARN_MS,
        eventLoopDelayCriticalMs: Math.max(env.EVENT_LOOP_DELAY_CRITICAL_MS, env.EVENT_LOOP_DELAY_WARN_MS),
        sloAvailabilityPct: env.SLO_AVAILABILITY_PCT,
        objectiveWorkflowSuccessPct: env.OBJECTIVE_WORKFLOW_SUCCESS_PCT,
        objectiveHallucinationMaxPct: env.OBJECTIVE_HALLUCINATION_MAX_PCT,
        budgetSessionUsd: env.BUDGET_SESSION_USD,
        budgetSessionWindowMin: env.BUDGET_SESSION_WINDOW_MIN,
        budgetModelUsd: env.BUDGET_MODEL_USD,
        budgetModelWindowHours: env.BUDGET_MODEL_WINDOW_HOURS,
        budgetRefuseOver: env.BUDGET_REFUSE_OVER,
        historyKeep: env.ALERT_HISTORY_KEEP,
        webhookUrl: env.ALERT_WEBHOOK_URL,
      },
      health: { warnErrorRatePct: env.HEALTH_WARN_ERROR_RATE_PCT, warnP95Ms: env.HEALTH_WARN_P95_MS },
      chaosMaxDurationSec: env.CHAOS_MAX_DURATION_SEC,
    },
    loadTest: {
      maxUsers: env.LOADTEST_MAX_USERS,
      maxDurationSec: env.LOADTEST_MAX_DURATION_SEC,
      maxRps: env.LOADTEST_MAX_RPS,
      sessionRunsPerHour: env.LOADTEST_SESSION_RUNS_PER_HOUR,
      requestTimeoutSec: env.LOADTEST_REQUEST_TIMEOUT_SEC,
    },
    jobs: {
      failureThreshold: env.JOB_FAILURE_THRESHOLD,
      resourcesIntervalMs: env.JOB_RESOURCES_INTERVAL_MS,
      retentionIntervalMs: env.JOB_RETENTION_INTERVAL_MS,
      workflowRetentionDays: env.WORKFLOW_RETENTION_DAYS,
      fleetLogRetentionHours: env.FLEET_LOG_RETENTION_HOURS,
      softDeleteRetentionDays: env.SOFT_DELETE_RETENTION_DAYS,
      auditRetentionDays: env.AUDIT_RETENTION_DAYS,
      chatRetentionDays: env.CHAT_RETENTION_DAYS,
    },
    cache: {
      enabled: env.CACHE_ENABLED,
      store: env.CACHE_STORE,
      maxEntries: env.CACHE_MAX_ENTRIES,
      containersTtlMs: env.CACHE_CONTAINERS_TTL_MS,
      metricsTtlMs: env.CACHE_METRICS_TTL_MS,
      compareTtlMs: env.CACHE_COMPARE_TTL_MS,
      keyPrefix: env.CACHE_KEY_PREFIX,
    },
    protection: {
      inflightWarn: env.INFLIGHT_WARN,
      inflightCritical: Math.max(env.INFLIGHT_CRITICAL, env.INFLIGHT_WARN),
      retryAfterSec: env.OVERLOAD_RETRY_AFTER_SEC,
      diskWarnPct: env.DISK_WARN_PCT,
      diskCriticalPct: Math.max(env.DISK_CRITICAL_PCT, env.DISK_WARN_PCT),
      dbQueryWarnMs: env.DB_QUERY_WARN_MS,
      dbQueryCriticalMs: Math.max(env.DB_QUERY_CRITICAL_MS, env.DB_QUERY_WARN_MS),
    },
    platform: { vercel: env.VERCEL, cronSecret: env.CRON_SECRET },
  };
}

/**
 * GROUNDING_JUDGE_MODEL=A|B judges with that slot's model, which must be a real
 * one: a simulator writes fleet answers, not verdicts. With GROUNDING_JUDGE_BASE_URL
 * the variable is the model id at that server instead.
 */
function judgeConfig(env: RawEnv, models: Record<'A' | 'B', ModelSlotConfig>, problems: string[]): JudgeConfig | undefined {
  const model = env.GROUNDING_JUDGE_MODEL;
  const timeoutMs = env.GROUNDING_JUDGE_TIMEOUT_MS;
  if (env.GROUNDING_JUDGE_BASE_URL) {
    if (!model) {
      problems.push('GROUNDING_JUDGE_MODEL (the model id at that server) is required with GROUNDING_JUDGE_BASE_URL');
      return undefined;
    }
    return { kind: 'openai-compatible', baseUrl: env.GROUNDING_JUDGE_BASE_URL, model, apiKey: env.GROUNDING_JUDGE_API_KEY, timeoutMs };
  }
  if (!model) return undefined;
  if (model !== 'A' && model !== 'B') {
    problems.push('GROUNDING_JUDGE_MODEL must be A or B, or a model id together with GROUNDING_JUDGE_BASE_URL');
    return undefined;
  }
  if (models[model].provider === 'simulated') {
    problems.push(`GROUNDING_JUDGE_MODEL=${model} needs a real model in slot ${model} (MODEL_${model}_PROVIDER): a simulated model cannot judge answers`);
    return undefined;
  }
  return { kind: 'slot', slot: model, timeoutMs };
}

/**
 * What cannot work in serverless functions, refused at start-up rather than misbehaving later:
 * each function instance has its own memory and a temporary disk, and lives only while it serves.
 */
function vercelRefusals(env: RawEnv): string[] {
  const refusals: string[] = [];
  if (!env.DATABASE_URL) {
    refusals.push('DATABASE_URL is required on Vercel: the embedded PGlite database would live on one function instance\'s temporary disk, lost when it stops and not shared with the others (use a hosted PostgreSQL)');
  }
  if (!env.REDIS_URL) {
    refusals.push('REDIS_URL is required on Vercel: rate limits and the cache would otherwise be counted in each function instance\'s memory (use a hosted Redis; rediss:// for TLS)');
  }
  if (env.RATE_LIMIT_STORE === 'memory' || env.CACHE_STORE === 'memory') {
    refusals.push('RATE_LIMIT_STORE and CACHE_STORE cannot be memory on Vercel: each function instance would keep its own');
  }
  if (!env.CRON_SECRET) {
    refusals.push('CRON_SECRET is required on Vercel: the background jobs run when Vercel Cron calls /api/cron/{job} (vercel.json), and the secret keeps anyone else from calling it');
  }
  return refusals;
}

/**
 * The OTel spec's endpoint rules: a per-signal variable is the full URL, used
 * as given; the base endpoint gets `/v1/<signal>` appended (after one trailing
 * slash is dropped).
 */
function otlpEndpoints(env: RawEnv): AppConfig['telemetry']['otlp'] {
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.replace(/\/+$/, '');
  const pick = (specific: string | undefined, signal: string) => specific ?? (base ? `${base}/v1/${signal}` : undefined);
  return {
    traces: pick(env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, 'traces'),
    metrics: pick(env.OTEL_EXPORTER_OTLP_METRICS_ENDPOINT, 'metrics'),
    logs: pick(env.OTEL_EXPORTER_OTLP_LOGS_ENDPOINT, 'logs'),
    protocol: env.OTEL_EXPORTER_OTLP_PROTOCOL,
  };
}

/** Application Insights' global ingestion endpoint, when a connection string names none. */
const DEFAULT_INGESTION = 'https://dc.services.visualstudio.com';

function browserTelemetry(connectionString: string | undefined): AppConfig['telemetry']['browser'] {
  if (!connectionString) return undefined;
  const field = (name: string) => new RegExp(`(?:^|;)\\s*${name}=([^;]+)`, 'i').exec(connectionString)?.[1]?.trim();
  const ikey = field('InstrumentationKey');
  if (!ikey) return undefined;
  let origin: string;
  try {
    // https, as the server's exporter does with an http:// endpoint.
    const url = new URL(field('IngestionEndpoint') ?? DEFAULT_INGESTION);
    url.protocol = 'https:';
    origin = url.origin;
  } catch {
    return undefined;
  }
  return { connectionString: `InstrumentationKey=${ikey};IngestionEndpoint=${origin}/`, ingestionOrigin: origin };
}
