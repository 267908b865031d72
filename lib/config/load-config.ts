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
  redisUrl: string | undefined;
  rateLimit: RateLimitConfig;
  logLevel: RawEnv['LOG_LEVEL'];
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
  };
}
