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

const intFromEnv = (fallback: number, min: number, max: number) =>
  optionalString
    .pipe(
      z
        .string()
        .regex(/^-?\d+$/, { error: 'must be a whole number' })
        .transform(Number)
        .pipe(
          z
            .number()
            .min(min, { error: `must be at least ${min}` })
            .max(max, { error: `must be at most ${max}` }),
        )
        .optional(),
    )
    .transform((v) => v ?? fallback);

const postgresUrl = optionalString.pipe(
  z
    .string()
    .refine(
      (v) => {
        try {
          const url = new URL(v);
          return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
        } catch {
          return false;
        }
      },
      { error: 'must be a postgresql://user:password@host:port/database URL' },
    )
    .optional(),
);

const redisUrl = optionalString.pipe(
  z
    .string()
    .refine(
      (v) => {
        try {
          const url = new URL(v);
          return (url.protocol === 'redis:' || url.protocol === 'rediss:') && url.hostname !== '';
        } catch {
          return false;
        }
      },
      { error: 'must be a redis://[user:password@]host:port[/db] URL' },
    )
    .optional(),
);

/**
 * Every environment variable the server reads. Defaults give the zero-configuration
 * laptop mode: embedded PGlite in AIMON_DATA_DIR, generated secrets, no exporters.
 */
export const envSchema = z.object({
  NODE_ENV: optionalString.pipe(z.enum(['development', 'production', 'test']).optional()),
  PORT: intFromEnv(3000, 1, 65535),
  AIMON_DATA_DIR: optionalString,
  DATABASE_URL: postgresUrl,
  DATABASE_POOL_MAX: intFromEnv(10, 1, 200),
  DATABASE_CONNECT_TIMEOUT_MS: intFromEnv(5000, 100, 60000),
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
  AIMON_VERSION: optionalString,
});

export type RawEnv = z.infer<typeof envSchema>;

/** Variables whose values must never be echoed back, even in a validation error. */
export const SECRET_VARS = new Set(['SESSION_SECRET', 'ADMIN_TOKEN', 'DATABASE_URL', 'REDIS_URL']);
