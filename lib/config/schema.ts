import { z } from 'zod';

/** Empty strings count as unset, so `FOO=` in a .env file means "use the default". */
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const boolFromEnv = (fallback: boolean) =>
  optionalString.pipe(
    z
      .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'], {
        error: 'must be true or false',
      })
      .optional()
      .transform((v) => (v === undefined ? fallback : ['1', 'true', 'yes', 'on'].includes(v))),
  );

/** A number within [min, max] written as `pattern` allows; undefined when unset. */
const numberFromEnv = (pattern: RegExp, what: string, min: number, max: number) =>
  optionalString.pipe(
    z
      .string()
      .regex(pattern, { error: `must be ${what}` })
      .transform(Number)
      .pipe(z.number().min(min, { error: `must be at least ${min}` }).max(max, { error: `must be at most ${max}` }))
      .optional(),
  );

const intFromEnv = (fallback: number, min: number, max: number) =>
  numberFromEnv(/^-?\d+$/, 'a whole number', min, max).transform((v) => v ?? fallback);

/** A non-negative decimal (prices, scales); undefined when unset. */
const decimalFromEnv = (min: number, max: number) => numberFromEnv(/^\d+(\.\d+)?$/, 'a number such as 0.5', min, max);

const floatFromEnv = (fallback: number, min: number, max: number) =>
  numberFromEnv(/^-?\d+(\.\d+)?$/, 'a number', min, max).transform((v) => v ?? fallback);

/** A URL of one of `protocols` with a host; undefined when unset. */
const serviceUrl = (protocols: string[], example: string) =>
  optionalString.pipe(
    z
      .string()
      .refine(
        (v) => {
          try {
            const url = new URL(v);
            return protocols.includes(url.protocol) && url.hostname !== '';
          } catch {
            return false;
          }
        },
        { error: `must be a ${example} URL` },
      )
      .optional(),
  );

const postgresUrl = serviceUrl(['postgres:', 'postgresql:'], 'postgresql://user:password@host:port/database');

const redisUrl = serviceUrl(['redis:', 'rediss:'], 'redis://[user:password@]host:port[/db]');

/**
 * Every environment variable the server reads. Defaults give the zero-configuration
 * laptop mode: embedded PGlite in AIMON_DATA_DIR, generated secrets, no exporters.
 */
export const envSchema = z.object({
  NODE_ENV: optionalString.pipe(z.enum(['development', 'production', 'test']).optional()),
  PORT: intFromEnv(3000, 1, 65535),
  AIMON_DATA_DIR: optionalString,
  DATABASE_URL: postgresUrl,
  /**
   * Embedded PGlite's buffer cache. PGlite touches all of it when it opens, so
   * it is resident memory from the start: 128 MB (its default) was a quarter of
   * the idle process; 16 MB holds the dashboards' working set, and the
   * operating system's page cache serves the rest of the data files.
   */
  PGLITE_SHARED_BUFFERS_MB: intFromEnv(16, 1, 4096),
  /**
   * V8's optimizing compiler for the database's WebAssembly (PGlite, Prisma's
   * query compiler). Off: 50 – 75 MiB less resident memory for queries about
   * 1.3 × slower once warm (lib/db/wasm-tiers.ts has the figures).
   */
  DATABASE_WASM_TIER_UP: boolFromEnv(false),
  /**
   * How much larger than its live objects V8 lets the heap grow before the
   * next full collection (%); 0 leaves V8's heuristic, which grew a busy
   * server's heap to ~4 × its live set (lib/runtime/heap-growth.ts).
   */
  NODE_HEAP_GROWTH_PERCENT: intFromEnv(25, 0, 1000),
  DATABASE_POOL_MAX: intFromEnv(10, 1, 200),
  // Short enough that a request answers within 3 s when the server goes silent
  // (packets dropped, nothing refused): one query's wait, a Redis time-out
  // (the cache, 500 ms), and the answer, with room to spare on a busy machine.
  DATABASE_CONNECT_TIMEOUT_MS: intFromEnv(1500, 100, 60000),
  DATABASE_QUERY_TIMEOUT_MS: intFromEnv(1500, 100, 600000),
  SESSION_SECRET: optionalString.pipe(
    z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
  ),
  SESSION_TTL_SEC: intFromEnv(24 * 3600, 60, 30 * 24 * 3600),
  ADMIN_TOKEN: optionalString.pipe(
    z.string().min(16, { error: 'must be at least 16 characters' }).optional(),
  ),
  TRUST_PROXY: boolFromEnv(false),
  REDIS_URL: redisUrl,
  RATE_LIMIT_ENABLED: boolFromEnv(true),
  RATE_LIMIT_STORE: optionalString.pipe(
    z.enum(['auto', 'memory', 'redis', 'postgres'], { error: 'must be auto, memory, redis or postgres' }).optional().transform((v) => v ?? 'auto'),
  ),
  RATE_LIMIT_READ_PER_MIN: intFromEnv(300, 1, 1_000_000),
  RATE_LIMIT_CHAT_PER_MIN: intFromEnv(30, 1, 1_000_000),
  RATE_LIMIT_EXPENSIVE_PER_MIN: intFromEnv(15, 1, 1_000_000),
  RATE_LIMIT_LOGIN_PER_MIN: intFromEnv(5, 1, 1_000_000),
  RATE_LIMIT_IP_MULTIPLIER: intFromEnv(4, 1, 1000),
  RATE_LIMIT_KEY_PREFIX: optionalString.pipe(
    z.string().regex(/^[A-Za-z0-9_.:-]{1,40}$/, { error: 'must be 1-40 letters, digits, _ . : -' }).optional().transform((v) => v ?? 'aimon'),
  ),
  LOG_LEVEL: optionalString.pipe(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional().transform((v) => v ?? 'info'),
  ),
  OTEL_SERVICE_NAME: optionalString.transform((v) => v ?? 'aimon'),
  /** Standard OTel switch: true turns the SDK off entirely (used to measure its overhead). */
  OTEL_SDK_DISABLED: boolFromEnv(false),
  APPLICATIONINSIGHTS_CONNECTION_STRING: optionalString.pipe(
    z
      .string()
      .regex(/InstrumentationKey=[^;]+/i, { error: 'must contain InstrumentationKey=… (copy it from the Azure portal)' })
      .optional(),
  ),
  APPLICATIONINSIGHTS_LIVE_METRICS: boolFromEnv(true),
  /** Optional: the resource id, so the trace view can link to the operation in the Azure portal. */
  APPLICATIONINSIGHTS_RESOURCE_ID: optionalString.pipe(
    z
      .string()
      .regex(/^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/microsoft\.insights\/components\/[^/]+$/i, {
        error: 'must look like /subscriptions/<id>/resourceGroups/<group>/providers/microsoft.insights/components/<name>',
      })
      .optional(),
  ),
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalString.pipe(
    z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL such as http://collector:4318' }).optional(),
  ),
  /**
   * Standard OTel variable (comma-separated otlp, prometheus, none), honoured for the OTLP push:
   * metrics go over OTLP only when it names `otlp` (the default). /metrics is served either way,
   * so a stack that scrapes it (deploy/docker-compose.yml) sets `prometheus` and counts nothing twice.
   */
  OTEL_METRICS_EXPORTER: optionalString.pipe(
    z
      .string()
      .regex(/^\s*(otlp|prometheus|none)\s*(,\s*(otlp|prometheus|none)\s*)*$/, { error: 'must be otlp, prometheus or none (comma-separated)' })
      .optional()
      .transform((v) => (v ?? 'otlp').split(',').map((s) => s.trim())),
  ),
  /** Per-signal OTLP endpoints, used exactly as given (the spec: nothing is appended); each overrides the base endpoint for its signal. */
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: optionalString.pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL such as http://collector:4318/v1/traces' }).optional()),
  OTEL_EXPORTER_OTLP_METRICS_ENDPOINT: optionalString.pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL such as http://collector:4318/v1/metrics' }).optional()),
  OTEL_EXPORTER_OTLP_LOGS_ENDPOINT: optionalString.pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL such as http://collector:4318/v1/logs' }).optional()),
  /** The OTLP encoding: the spec's default is http/protobuf; http/json is also offered (gRPC is not). */
  OTEL_EXPORTER_OTLP_PROTOCOL: optionalString.pipe(
    z.enum(['http/protobuf', 'http/json'], { error: 'must be http/protobuf or http/json (grpc is not supported)' }).optional().transform((v) => v ?? 'http/protobuf'),
  ),
  /** Which spans are exported (the spec's sampler names); every span is still recorded for the in-app console. */
  OTEL_TRACES_SAMPLER: optionalString.pipe(
    z
      .enum(['always_on', 'always_off', 'traceidratio', 'parentbased_always_on', 'parentbased_always_off', 'parentbased_traceidratio'], {
        error: 'must be one of always_on, always_off, traceidratio, parentbased_always_on, parentbased_always_off, parentbased_traceidratio',
      })
      .optional()
      .transform((v) => v ?? 'parentbased_always_on'),
  ),
  /** The ratio of the *traceidratio samplers, 0 to 1 (the spec's default: 1). */
  OTEL_TRACES_SAMPLER_ARG: floatFromEnv(1, 0, 1),
  /** Bounded export queue: what cannot be sent in time is dropped (and counted), never blocks a request. */
  /** Metric export interval in ms (the Azure distro reads this standard variable too). */
  OTEL_METRIC_EXPORT_INTERVAL: intFromEnv(60_000, 500, 3_600_000),
  OTEL_EXPORT_QUEUE_SIZE: intFromEnv(2048, 16, 100_000),
  TRACE_STORE_SIZE: intFromEnv(300, 10, 5000),
  /** Model A and Model B: built-in simulators by default; any OpenAI-compatible server or Azure OpenAI by configuration. */
  MODEL_A_PROVIDER: optionalString.pipe(z.enum(['simulated', 'openai-compatible', 'azure-openai']).optional().transform((v) => v ?? 'simulated')),
  MODEL_A_NAME: optionalString,
  MODEL_A_MODEL: optionalString,
  MODEL_A_BASE_URL: optionalString.pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://localhost:11434/v1' }).optional()),
  MODEL_A_API_KEY: optionalString,
  MODEL_A_AZURE_RESOURCE: optionalString,
  MODEL_A_AZURE_API_VERSION: optionalString,
  MODEL_A_PRICE_INPUT_PER_1K: decimalFromEnv(0, 1000),
  MODEL_A_PRICE_OUTPUT_PER_1K: decimalFromEnv(0, 1000),
  MODEL_B_PROVIDER: optionalString.pipe(z.enum(['simulated', 'openai-compatible', 'azure-openai']).optional().transform((v) => v ?? 'simulated')),
  MODEL_B_NAME: optionalString,
  MODEL_B_MODEL: optionalString,
  MODEL_B_BASE_URL: optionalString.pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://localhost:11434/v1' }).optional()),
  MODEL_B_API_KEY: optionalString,
  MODEL_B_AZURE_RESOURCE: optionalString,
  MODEL_B_AZURE_API_VERSION: optionalString,
  MODEL_B_PRICE_INPUT_PER_1K: decimalFromEnv(0, 1000),
  MODEL_B_PRICE_OUTPUT_PER_1K: decimalFromEnv(0, 1000),
  /** Seed of the simulated models (same seed, same behaviour). */
  AIMON_SIM_SEED: intFromEnv(42, 0, 2_147_483_647),
  /** Multiplies the simulators' latency (1 = realistic, 0 = instant, used by tests). */
  AIMON_SIM_LATENCY_SCALE: decimalFromEnv(0, 100).transform((v) => v ?? 1),
  /** Time-out (ms) and retries of each call to a real model server. */
  MODEL_TIMEOUT_MS: intFromEnv(60_000, 1_000, 600_000),
  MODEL_MAX_RETRIES: intFromEnv(2, 0, 5),
  /** Circuit breaker per model slot: consecutive failed requests that open it, and how long it stays open (ms) before one trial call. */
  MODEL_BREAKER_FAILURES: intFromEnv(5, 1, 1000),
  MODEL_BREAKER_COOLDOWN_MS: intFromEnv(30_000, 100, 3_600_000),
  /**
   * Optional LLM-as-judge second opinion on every checked answer (lib/grounding/judge.ts):
   * `A` or `B` (a real model slot), or a model id at GROUNDING_JUDGE_BASE_URL (any
   * OpenAI-compatible server). Unset: no judge, the rules alone.
   */
  GROUNDING_JUDGE_MODEL: optionalString.pipe(z.string().max(200, { error: 'must be at most 200 characters' }).optional()),
  GROUNDING_JUDGE_BASE_URL: optionalString.pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://localhost:11434/v1' }).optional()),
  GROUNDING_JUDGE_API_KEY: optionalString,
  /** The judge's whole verdict (ms, retries included): past it the answer keeps the rules' verdict alone. */
  GROUNDING_JUDGE_TIMEOUT_MS: intFromEnv(20_000, 500, 600_000),
  /** Agent workflows: most model steps per run, and the overall time-out (ms). */
  WORKFLOW_MAX_STEPS: intFromEnv(24, 2, 100),
  WORKFLOW_TIMEOUT_MS: intFromEnv(120_000, 1_000, 1_800_000),
  /** After a workflow, how long to wait for the fleet actions it started to finish before judging the outcome (ms). */
  WORKFLOW_SETTLE_MS: intFromEnv(10_000, 0, 60_000),
  AIMON_VERSION: optionalString,
  FLEET_SEED: intFromEnv(42, 0, 2_147_483_647),
  MCP_URL: optionalString.pipe(
    z
      .string()
      .refine(
        (v) => {
          try {
            const url = new URL(v);
            return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
          } catch {
            return false;
          }
        },
        { error: 'must be an http(s):// URL of a Streamable HTTP MCP endpoint' },
      )
      .optional(),
  ),
  /**
   * Bearer tokens (comma-separated, 16+ characters each) that /api/mcp accepts
   * for the tools that change the fleet, besides ADMIN_TOKEN.
   */
  MCP_TOKENS: optionalString.pipe(
    z
      .string()
      .transform((v) => v.split(',').map((t) => t.trim()).filter(Boolean))
      .refine((tokens) => tokens.every((t) => t.length >= 16 && !/\s/.test(t)), { error: 'every token must be at least 16 characters, without spaces' })
      .optional(),
  ),
  /** The Bearer token this app's MCP client sends to MCP_URL (one of that server's MCP_TOKENS, or its ADMIN_TOKEN). */
  MCP_AUTH_TOKEN: optionalString,


  // Monitoring (lib/monitoring): windows, periodic work, alert thresholds.
  /** Names this process in per-instance rollups; defaults to hostname-pid. */
  AIMON_INSTANCE_ID: optionalString.pipe(z.string().max(100, { error: 'must be at most 100 characters' }).optional()),
  MONITORING_WINDOW_SIZE: intFromEnv(10_000, 100, 1_000_000),
  SLOW_REQUEST_MS: intFromEnv(5_000, 10, 600_000),
  REQUEST_TIMEOUT_MS: intFromEnv(30_000, 100, 3_600_000),
  /** After start, request and resource rules wait this long: lazy route loading makes the first requests slow. */
  MONITORING_WARMUP_SEC: intFromEnv(60, 0, 3600),
  MONITORING_EVAL_INTERVAL_MS: intFromEnv(5_000, 200, 300_000),
  MONITORING_ROLLUP_INTERVAL_MS: intFromEnv(15_000, 500, 300_000),
  MONITORING_SNAPSHOT_INTERVAL_SEC: intFromEnv(300, 5, 86_400),
  MONITORING_SNAPSHOT_KEEP: intFromEnv(288, 1, 100_000),
  MONITORING_ROLLUP_RETENTION_HOURS: intFromEnv(48, 1, 24 * 90),
  ACTIVE_SESSION_WINDOW_SEC: intFromEnv(900, 10, 86_400),
  ALERT_ERROR_RATE_PCT: floatFromEnv(5, 0.01, 100),
  ALERT_ERROR_RATE_WINDOW_SEC: intFromEnv(60, 5, 3600),
  ALERT_P95_MS: intFromEnv(500, 1, 600_000),
  /** The p95 objective of agent routes (workflows, chat, ask-both), which wait for models by nature. */
  ALERT_AGENT_P95_MS: intFromEnv(10_000, 1, 600_000),
  ALERT_LATENCY_WINDOW_SEC: intFromEnv(60, 5, 3600),
  ALERT_5XX_COUNT: intFromEnv(5, 1, 1_000_000),
  ALERT_5XX_WINDOW_SEC: intFromEnv(300, 5, 3600),
  ALERT_MIN_REQUESTS: intFromEnv(10, 1, 1_000_000),
  HEALTH_WARN_ERROR_RATE_PCT: floatFromEnv(1, 0, 100),
  HEALTH_WARN_P95_MS: intFromEnv(200, 1, 600_000),
  RESOURCE_WARN_PCT: intFromEnv(80, 1, 100),
  RESOURCE_CRITICAL_PCT: intFromEnv(90, 1, 100),
  EVENT_LOOP_DELAY_WARN_MS: intFromEnv(200, 1, 60_000),
  EVENT_LOOP_DELAY_CRITICAL_MS: intFromEnv(1_000, 1, 60_000),
  SLO_AVAILABILITY_PCT: floatFromEnv(99.5, 50, 99.999),
  ALERT_HISTORY_KEEP: intFromEnv(10, 1, 1000),
  /** Quality objectives per model (README "Objectives and budgets"): workflow success (%) and the highest hallucination rate (%) allowed. */
  OBJECTIVE_WORKFLOW_SUCCESS_PCT: floatFromEnv(90, 50, 99.9),
  OBJECTIVE_HALLUCINATION_MAX_PCT: floatFromEnv(10, 0.1, 50),
  /** Cost budgets: per browser session over a rolling window (minutes), per model over a rolling window (hours); USD. */
  BUDGET_SESSION_USD: floatFromEnv(0.5, 0.0001, 1_000_000),
  BUDGET_SESSION_WINDOW_MIN: intFromEnv(60, 1, 7 * 24 * 60),
  BUDGET_MODEL_USD: floatFromEnv(5, 0.0001, 1_000_000),
  BUDGET_MODEL_WINDOW_HOURS: intFromEnv(24, 1, 30 * 24),
  /** Refuse new workflows, replays, experiment runs, chat and ask-both answers (429 budget_exceeded) from a session over its budget. */
  BUDGET_REFUSE_OVER: boolFromEnv(false),
  ALERT_WEBHOOK_URL: optionalString.pipe(
    z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' }).optional(),
  ),
  CHAOS_MAX_DURATION_SEC: intFromEnv(600, 1, 86_400),

  // Load tester (lib/loadtest): bounds of one run against this app's own loopback address.
  LOADTEST_MAX_USERS: intFromEnv(50, 1, 1_000),
  LOADTEST_MAX_DURATION_SEC: intFromEnv(300, 1, 3_600),
  LOADTEST_MAX_RPS: intFromEnv(200, 1, 100_000),
  /** Runs a non-admin session may start per hour; 0 = admins only. */
  LOADTEST_SESSION_RUNS_PER_HOUR: intFromEnv(3, 0, 1_000),
  /** A request without an answer this long counts as a time-out (an error). */
  LOADTEST_REQUEST_TIMEOUT_SEC: intFromEnv(30, 1, 600),

  // Background jobs (lib/jobs): one scheduler for every periodic task.
  /** Consecutive failures after which a job makes the app `warning` and raises an alert. */
  JOB_FAILURE_THRESHOLD: intFromEnv(3, 1, 1000),
  /** Resource sampling (memory, CPU, event loop, disk, query time) on every instance. */
  JOB_RESOURCES_INTERVAL_MS: intFromEnv(5_000, 100, 300_000),
  /** Retention clean-up (one instance at a time). */
  JOB_RETENTION_INTERVAL_MS: intFromEnv(600_000, 200, 86_400_000),
  WORKFLOW_RETENTION_DAYS: intFromEnv(30, 1, 3650),
  FLEET_LOG_RETENTION_HOURS: intFromEnv(48, 1, 24 * 3650),
  SOFT_DELETE_RETENTION_DAYS: intFromEnv(30, 1, 3650),
  /** The audit trail and chat messages grow with every request: kept this long, then pruned. */
  AUDIT_RETENTION_DAYS: intFromEnv(90, 1, 3650),
  CHAT_RETENTION_DAYS: intFromEnv(30, 1, 3650),

  // Shared cache (lib/cache): Redis when REDIS_URL is set, an in-memory LRU otherwise.
  CACHE_ENABLED: boolFromEnv(true),
  CACHE_STORE: optionalString.pipe(
    z.enum(['auto', 'memory', 'redis'], { error: 'must be auto, memory or redis' }).optional().transform((v) => v ?? 'auto'),
  ),
  CACHE_MAX_ENTRIES: intFromEnv(500, 10, 1_000_000),
  CACHE_CONTAINERS_TTL_MS: intFromEnv(2_000, 1, 3_600_000),
  CACHE_METRICS_TTL_MS: intFromEnv(1_000, 1, 3_600_000),
  CACHE_COMPARE_TTL_MS: intFromEnv(5_000, 1, 3_600_000),
  CACHE_KEY_PREFIX: optionalString.pipe(
    z.string().regex(/^[A-Za-z0-9_.:-]{1,40}$/, { error: 'must be 1-40 letters, digits, _ . : -' }).optional().transform((v) => v ?? 'aimon:cache'),
  ),

  // Self-protection: requests in flight, disk, database query time.
  INFLIGHT_WARN: intFromEnv(50, 1, 1_000_000),
  INFLIGHT_CRITICAL: intFromEnv(100, 1, 1_000_000),
  OVERLOAD_RETRY_AFTER_SEC: intFromEnv(5, 1, 3600),
  DISK_WARN_PCT: intFromEnv(85, 1, 100),
  DISK_CRITICAL_PCT: intFromEnv(95, 1, 100),
  DB_QUERY_WARN_MS: intFromEnv(2_000, 1, 600_000),
  DB_QUERY_CRITICAL_MS: intFromEnv(5_000, 1, 600_000),

  // Vercel (README "Deploy on Vercel"): set by the platform in every function; any value but 0 means on.
  VERCEL: optionalString.transform((v) => v !== undefined && v !== '0'),
  /** The Bearer secret Vercel Cron sends to /api/cron/{job}; the cron routes answer 404 without it. */
  CRON_SECRET: optionalString.pipe(
    z.string().min(16, { error: 'must be at least 16 characters' }).optional(),
  ),
});

export type RawEnv = z.infer<typeof envSchema>;

/** Variables whose values must never be echoed back, even in a validation error. */
export const SECRET_VARS = new Set(['SESSION_SECRET', 'ADMIN_TOKEN', 'MCP_TOKENS', 'MCP_AUTH_TOKEN', 'DATABASE_URL', 'REDIS_URL', 'MCP_URL', 'APPLICATIONINSIGHTS_CONNECTION_STRING', 'ALERT_WEBHOOK_URL', 'MODEL_A_API_KEY', 'MODEL_B_API_KEY', 'GROUNDING_JUDGE_API_KEY', 'CRON_SECRET']);
