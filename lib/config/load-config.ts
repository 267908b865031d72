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
  /** Seed of the simulated fleet's PRNG: the same seed replays the same fleet. */
  fleetSeed: number;
  /** An external MCP server for the agent's tools; unset = the in-process server. */
  mcpUrl: string | undefined;
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
    fleetSeed: env.FLEET_SEED,
    mcpUrl: env.MCP_URL,
  };
}
