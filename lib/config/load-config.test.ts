import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { ConfigError, parseConfig } from './load-config';

describe('parseConfig', () => {
  it('defaults to the embedded database in .data', () => {
    const config = parseConfig({});
    expect(config.database).toEqual({ kind: 'embedded', dataDir: path.resolve('.data/pglite'), sharedBuffersMb: 16, initdbInChild: true, wasmTierUp: false });
    expect(config.port).toBe(3000);
    expect(config.trustProxy).toBe(false);
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const config = parseConfig({ DATABASE_URL: 'postgresql://u:p@db:5432/aimon', DATABASE_POOL_MAX: '4' });
    expect(config.database).toMatchObject({ kind: 'postgres', url: 'postgresql://u:p@db:5432/aimon', poolMax: 4 });
  });

  it('keeps the database\'s WebAssembly on V8\'s baseline tier unless DATABASE_WASM_TIER_UP is set', () => {
    expect(parseConfig({ DATABASE_URL: 'postgresql://u:p@db:5432/aimon' }).database.wasmTierUp).toBe(false);
    expect(parseConfig({ DATABASE_WASM_TIER_UP: 'true' }).database.wasmTierUp).toBe(true);
    expect(() => parseConfig({ DATABASE_WASM_TIER_UP: 'maybe' })).toThrow(ConfigError);
  });

  it('treats empty strings as unset', () => {
    const config = parseConfig({ DATABASE_URL: '', PORT: ' ', AIMON_DATA_DIR: '' });
    expect(config.database.kind).toBe('embedded');
    expect(config.port).toBe(3000);
  });

  it('pushes metrics over OTLP unless OTEL_METRICS_EXPORTER leaves otlp out', () => {
    expect(parseConfig({}).telemetry.otlpMetrics).toBe(true);
    expect(parseConfig({ OTEL_METRICS_EXPORTER: 'prometheus' }).telemetry.otlpMetrics).toBe(false);
    expect(parseConfig({ OTEL_METRICS_EXPORTER: 'none' }).telemetry.otlpMetrics).toBe(false);
    expect(parseConfig({ OTEL_METRICS_EXPORTER: 'prometheus, otlp' }).telemetry.otlpMetrics).toBe(true);
  });

  it('reads the OTLP endpoints as the OTel spec says: per-signal URLs as given, the base one + /v1/<signal>', () => {
    expect(parseConfig({}).telemetry.otlp).toEqual({ traces: undefined, metrics: undefined, logs: undefined, protocol: 'http/protobuf' });
    expect(parseConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).telemetry.otlp).toMatchObject({
      traces: 'http://collector:4318/v1/traces',
      metrics: 'http://collector:4318/v1/metrics',
      logs: 'http://collector:4318/v1/logs',
    });
    const mixed = parseConfig({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://traces.example/ingest',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
    }).telemetry.otlp;
    expect(mixed).toEqual({ traces: 'https://traces.example/ingest', metrics: 'http://collector:4318/v1/metrics', logs: 'http://collector:4318/v1/logs', protocol: 'http/json' });
    expect(parseConfig({ OTEL_EXPORTER_OTLP_LOGS_ENDPOINT: 'http://logs:4318/custom' }).telemetry.otlp).toMatchObject({ traces: undefined, logs: 'http://logs:4318/custom' });
  });

  it('reads OTEL_TRACES_SAMPLER and its argument, with the spec defaults, and names a bad one', () => {
    expect(parseConfig({}).telemetry.sampler).toEqual({ name: 'parentbased_always_on', ratio: 1 });
    expect(parseConfig({ OTEL_TRACES_SAMPLER: 'traceidratio', OTEL_TRACES_SAMPLER_ARG: '0.25' }).telemetry.sampler).toEqual({ name: 'traceidratio', ratio: 0.25 });
    expect(() => parseConfig({ OTEL_TRACES_SAMPLER: 'sometimes' })).toThrow(/OTEL_TRACES_SAMPLER/);
    expect(() => parseConfig({ OTEL_TRACES_SAMPLER_ARG: '2' })).toThrow(/OTEL_TRACES_SAMPLER_ARG/);
    expect(() => parseConfig({ OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })).toThrow(/OTEL_EXPORTER_OTLP_PROTOCOL/);
  });

  it('gives the browser only the instrumentation key and ingestion endpoint of the connection string, over https', () => {
    expect(parseConfig({}).telemetry.browser).toBeUndefined();
    const browser = parseConfig({
      APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=abc-123;IngestionEndpoint=http://westeurope-1.in.applicationinsights.azure.com/;LiveEndpoint=https://live/;ApplicationId=secret-ish',
    }).telemetry.browser;
    expect(browser).toEqual({
      connectionString: 'InstrumentationKey=abc-123;IngestionEndpoint=https://westeurope-1.in.applicationinsights.azure.com/',
      ingestionOrigin: 'https://westeurope-1.in.applicationinsights.azure.com',
    });
    expect(parseConfig({ APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=k' }).telemetry.browser?.ingestionOrigin).toBe('https://dc.services.visualstudio.com');
  });

  it('honours AIMON_DATA_DIR', () => {
    const config = parseConfig({ AIMON_DATA_DIR: '/tmp/aimon-x' });
    expect(config.dataDir).toBe('/tmp/aimon-x');
    expect(config.database).toEqual({ kind: 'embedded', dataDir: '/tmp/aimon-x/pglite', sharedBuffersMb: 16, initdbInChild: true, wasmTierUp: false });
  });

  it.each([
    ['DATABASE_URL', 'mysql://root@localhost/db'],
    ['DATABASE_URL', 'not a url'],
    ['PORT', '70000'],
    ['PORT', 'abc'],
    ['TRUST_PROXY', 'maybe'],
    ['SESSION_SECRET', 'short'],
    ['LOG_LEVEL', 'loud'],
    ['OTEL_METRICS_EXPORTER', 'zipkin'],
    ['FLEET_SEED', '-3'],
    ['MCP_URL', 'ftp://tools.example/mcp'],
    ['REDIS_URL', 'http://user:s3cretpw@cache:6379'],
    ['RATE_LIMIT_STORE', 'disk'],
    ['RATE_LIMIT_LOGIN_PER_MIN', '0'],
    ['RATE_LIMIT_KEY_PREFIX', 'has spaces'],
    ['MODEL_BREAKER_FAILURES', '0'],
    ['MODEL_BREAKER_COOLDOWN_MS', '50'],
  ])('rejects a bad %s and names it without echoing the value', (name, value) => {
    let error: unknown;
    try {
      parseConfig({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain(name);
    expect(message).not.toContain(value);
  });

  it('defaults to seed 42 and the in-process MCP server', () => {
    const config = parseConfig({});
    expect(config.fleetSeed).toBe(42);
    expect(config.mcpUrl).toBeUndefined();
    expect(parseConfig({ FLEET_SEED: '7', MCP_URL: 'http://tools:8002/mcp' })).toMatchObject({ fleetSeed: 7, mcpUrl: 'http://tools:8002/mcp' });
  });

  it('parses booleans', () => {
    expect(parseConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(parseConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
  });

  it('has rate limits on by default, in memory, with the documented budgets', () => {
    expect(parseConfig({}).rateLimit).toEqual({
      enabled: true,
      store: 'auto',
      perMinute: { read: 300, chat: 30, expensive: 15, login: 5 },
      ipMultiplier: 4,
      keyPrefix: 'aimon',
    });
    const tuned = parseConfig({ REDIS_URL: 'redis://:pw@cache:6379/2', RATE_LIMIT_EXPENSIVE_PER_MIN: '12', RATE_LIMIT_ENABLED: 'false' });
    expect(tuned.redisUrl).toBe('redis://:pw@cache:6379/2');
    expect(tuned.rateLimit).toMatchObject({ enabled: false, perMinute: { expensive: 12 } });
  });

  it('opens a model circuit after 5 consecutive failures for 30 s by default', () => {
    expect(parseConfig({}).models.breaker).toEqual({ failures: 5, cooldownMs: 30_000 });
    expect(parseConfig({ MODEL_BREAKER_FAILURES: '3', MODEL_BREAKER_COOLDOWN_MS: '' }).models.breaker).toEqual({ failures: 3, cooldownMs: 30_000 });
  });

  it('refuses a rate-limit store that is not configured', () => {
    expect(() => parseConfig({ RATE_LIMIT_STORE: 'redis' })).toThrow(/RATE_LIMIT_STORE is redis, which needs REDIS_URL/);
    expect(() => parseConfig({ RATE_LIMIT_STORE: 'postgres' })).toThrow(/needs DATABASE_URL/);
  });

  it('has no grounding judge by default; A/B names a real model slot, a base URL an own server', () => {
    expect(parseConfig({}).grounding.judge).toBeUndefined();
    const real = { MODEL_B_PROVIDER: 'openai-compatible', MODEL_B_BASE_URL: 'http://127.0.0.1:11434/v1', MODEL_B_MODEL: 'llama3.1' };
    expect(parseConfig({ ...real, GROUNDING_JUDGE_MODEL: 'B' }).grounding.judge).toEqual({ kind: 'slot', slot: 'B', timeoutMs: 20_000 });
    expect(parseConfig({ GROUNDING_JUDGE_BASE_URL: 'http://127.0.0.1:8000/v1', GROUNDING_JUDGE_MODEL: 'judge-7b', GROUNDING_JUDGE_API_KEY: 'k', GROUNDING_JUDGE_TIMEOUT_MS: '5000' }).grounding.judge).toEqual({
      kind: 'openai-compatible', baseUrl: 'http://127.0.0.1:8000/v1', model: 'judge-7b', apiKey: 'k', timeoutMs: 5000,
    });
  });

  it('refuses a judge it cannot use, naming the variable', () => {
    expect(() => parseConfig({ GROUNDING_JUDGE_MODEL: 'A' })).toThrow(/GROUNDING_JUDGE_MODEL=A needs a real model in slot A/);
    expect(() => parseConfig({ GROUNDING_JUDGE_MODEL: 'gpt-4o' })).toThrow(/GROUNDING_JUDGE_MODEL must be A or B/);
    expect(() => parseConfig({ GROUNDING_JUDGE_BASE_URL: 'http://127.0.0.1:8000/v1' })).toThrow(/GROUNDING_JUDGE_MODEL .* is required with GROUNDING_JUDGE_BASE_URL/);
    expect(() => parseConfig({ GROUNDING_JUDGE_BASE_URL: 'ftp://x', GROUNDING_JUDGE_MODEL: 'm' })).toThrow(/GROUNDING_JUDGE_BASE_URL must be an http/);
  });

  it('never echoes the judge API key in an error', () => {
    try {
      parseConfig({ GROUNDING_JUDGE_API_KEY: 'sk-very-secret-judge', GROUNDING_JUDGE_TIMEOUT_MS: 'soon' });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toMatch(/GROUNDING_JUDGE_TIMEOUT_MS/);
      expect((error as Error).message).not.toContain('sk-very-secret-judge');
    }
  });

  describe('on Vercel', () => {
    const hosted = {
      VERCEL: '1',
      DATABASE_URL: 'postgresql://u:p@db.example:5432/aimon',
      REDIS_URL: 'rediss://default:pw@cache.example:6380',
      CRON_SECRET: 'cron-secret-of-32-characters-xyz',
    };

    it('accepts hosted PostgreSQL, Redis and a cron secret', () => {
      const config = parseConfig(hosted);
      expect(config.platform).toEqual({ vercel: true, cronSecret: hosted.CRON_SECRET });
      expect(config.database.kind).toBe('postgres');
    });

    it.each([
      ['DATABASE_URL', /DATABASE_URL is required on Vercel: the embedded PGlite/],
      ['REDIS_URL', /REDIS_URL is required on Vercel: rate limits and the cache/],
      ['CRON_SECRET', /CRON_SECRET is required on Vercel: .*\/api\/cron\/\{job\}/],
    ])('refuses to start without %s, saying why', (missing, why) => {
      const env: Record<string, string | undefined> = { ...hosted, [missing]: undefined };
      expect(() => parseConfig(env)).toThrow(why);
    });

    it('names every missing variable at once and never echoes a value', () => {
      let message = '';
      try {
        parseConfig({ VERCEL: '1', CACHE_STORE: 'memory' });
      } catch (e) {
        message = (e as ConfigError).message;
      }
      for (const name of ['DATABASE_URL', 'REDIS_URL', 'CRON_SECRET', 'CACHE_STORE']) expect(message).toContain(name);
    });

    it('is off when VERCEL is unset or 0', () => {
      expect(parseConfig({}).platform.vercel).toBe(false);
      expect(parseConfig({ VERCEL: '0' }).platform.vercel).toBe(false);
    });
  });
});
