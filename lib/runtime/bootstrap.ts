import { ConfigError, getConfig } from '@/lib/config';
import { logger, redactUrl, startTelemetry } from '@/lib/telemetry';
import { markStarted } from './uptime';

const FIRST_CONNECT_WAIT_MS = 20_000;
const SHUTDOWN_WAIT_MS = 5_000;

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
  // First, and before anything loads `pg` or `http` clients: OpenTelemetry
  // instruments a module when it is required, so those are imported below, after it.
  await startTelemetry(config).catch((error: unknown) =>
    logger.error({ err: error }, 'telemetry failed to start; continuing without it'),
  );
  const { database } = await import('@/lib/db');
  const { adminToken, installPeerAddressHeader, rateLimitStore, sessionSecret } = await import('@/lib/security');
  // Before any request is served: client addresses come from the socket.
  installPeerAddressHeader();

  // Right after telemetry: monitoring reads its request feed (and never the other way round).
  // Imported here, not at the top: lib/monitoring reads uptime from lib/runtime, a static cycle.
  const { monitor, startMonitoring } = await import('@/lib/monitoring');
  startMonitoring();
  // Every periodic task runs through the one scheduler: monitoring registered its jobs above.
  const { scheduler, pruneRetention } = await import('@/lib/jobs');
  const jobs = scheduler();
  jobs.register({
    name: 'retention.prune',
    title: 'Retention clean-up',
    intervalMs: config.jobs.retentionIntervalMs,
    singleton: true,
    run: async () => {
      await monitor().prune();
      return pruneRetention(config.jobs);
    },
  });
  // Created now so a Redis connection is up before the first cached read.
  const { sharedCache } = await import('@/lib/cache');
  const cache = sharedCache();

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
  // Created now so a Redis connection is up before the first limited request.
  const limits = config.rateLimit.enabled ? rateLimitStore() : undefined;
  logger.info(
    {
      version: config.version,
      database: config.database.kind === 'postgres' ? redactUrl(config.database.url) : config.database.dataDir,
      rateLimits: limits ? limits.kind : 'off',
      cache: config.cache.enabled ? cache.status().store : 'off',
    },
    'AIMon starting',
  );
  // Wait a bounded time so the first request usually finds a migrated database;
  // if PostgreSQL is down the server still starts and readiness reports why.
  await Promise.race([
    db.start().catch(() => undefined),
    new Promise((resolve) => setTimeout(resolve, FIRST_CONNECT_WAIT_MS).unref()),
  ]);
  if (config.platform.vercel) {
    // A function instance lives only while it serves: timers would fire at random or never.
    logger.info('on Vercel: background jobs run when Vercel Cron calls /api/cron/{job} (vercel.json); the load tester is off');
  } else {
    // After the first connection attempt, so the first runs find a migrated database.
    jobs.start();
  }

  const shutdown = (signal: string) => {
    // Bounded: a database that does not answer must not keep the process alive.
    setTimeout(() => process.exit(0), SHUTDOWN_WAIT_MS).unref();
    logger.info({ signal }, 'shutting down: handing back job leases, closing the database');
    // Leases first (they need the database), so another replica takes the run-once jobs at once.
    jobs
      .stop()
      .catch(() => undefined)
      .then(() => Promise.all([db.close(), limits?.close().catch(() => undefined), cache.close().catch(() => undefined)]))
      .catch((error: unknown) => logger.error({ err: error }, 'database close failed'))
      .finally(() => process.exit(0));
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}
