import { ConfigError, getConfig } from '@/lib/config';
import { database } from '@/lib/db';
import { adminToken, sessionSecret } from '@/lib/security';
import { logger, redactUrl, startTelemetry } from '@/lib/telemetry';
import { markStarted } from './uptime';

const FIRST_CONNECT_WAIT_MS = 20_000;

/**
 * Runs once when the server process starts (from instrumentation.ts), before the
 * first request: validate config, prepare secrets, connect and migrate.
 * A bad configuration stops the process with one readable message.
 */
export async function bootstrap(): Promise<void> {
  let config;
  try {
    config = getConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`\nAIMon cannot start. ${error.message}\nSee .env.example for every variable and its default.\n`);
      process.exit(1);
    }
    throw error;
  }
  logger.level = config.logLevel;
  markStarted();
  // First, so the database and everything after it is traced.
  await startTelemetry(config).catch((error: unknown) =>
    logger.error({ err: error }, 'telemetry failed to start; continuing without it'),
  );

  // Right after telemetry: monitoring reads its request feed (and never the other way round).
  // Imported here, not at the top: lib/monitoring reads uptime from lib/runtime, a static cycle.
  const { startMonitoring } = await import('@/lib/monitoring');
  startMonitoring();

  sessionSecret();
  const admin = adminToken();
  if (admin.generated) {
    // Printed on purpose (and only when generated): the operator needs it to log in.
    console.log(`AIMon admin token (generated for this run, set ADMIN_TOKEN to fix it): ${admin.token}`);
    if (config.database.kind === 'postgres') {
      logger.warn('ADMIN_TOKEN is not set: each replica generates its own; set ADMIN_TOKEN when running several');
    }
  }

  const db = database();
  logger.info(
    {
      version: config.version,
      database: config.database.kind === 'postgres' ? redactUrl(config.database.url) : config.database.dataDir,
    },
    'AIMon starting',
  );
  // Wait a bounded time so the first request usually finds a migrated database;
  // if PostgreSQL is down the server still starts and readiness reports why.
  await Promise.race([
    db.start().catch(() => undefined),
    new Promise((resolve) => setTimeout(resolve, FIRST_CONNECT_WAIT_MS).unref()),
  ]);

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down: closing the database');
    db.close()
      .catch((error: unknown) => logger.error({ err: error }, 'database close failed'))
      .finally(() => process.exit(0));
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}
