import Module from 'node:module';
import { ConfigError, getConfig } from '@/lib/config';
import { logger, redactUrl, runInBackgroundSpan, setLogService, startTelemetry } from '@/lib/telemetry';
import { boundHeapGrowth, inFlight, markStarted } from '@/lib/runtime';

const FIRST_CONNECT_WAIT_MS = 20_000;
/** The longest a shutdown may take (Docker's and Kubernetes' grace periods are 10 s and 30 s). */
const SHUTDOWN_WAIT_MS = 8_000;
/** How long requests in flight get to finish before the database closes under them. */
const DRAIN_WAIT_MS = 4_000;

/**
 * Runs once when the server process starts (from instrumentation.ts), before the
 * first request: validate config, prepare secrets, connect and migrate.
 * A bad configuration stops the process with one readable message.
 *
 * It sits above every other lib folder (it starts them all), so nothing in lib
 * imports it. The lib folders are imported lazily, after telemetry: OpenTelemetry
 * patches a module when it is first required.
 */
export async function startServer(): Promise<void> {
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
  setLogService(config.serviceName);
  markStarted();
  boundHeapGrowth(config.heapGrowthPercent);
  // First, and before anything loads `pg` or `http` clients: OpenTelemetry
  // instruments a module when it is required, so those are imported below, after it.
  const requireBeforeTelemetry = Module.prototype.require;
  await startTelemetry(config).catch((error: unknown) =>
    logger.error({ err: error }, 'telemetry failed to start; continuing without it'),
  );
  const { database } = await import('@/lib/db');
  const { adminToken, installPeerAddressHeader, rateLimitStore, sessionSecret } = await import('@/lib/security');
  // Before any request is served: client addresses come from the socket.
  installPeerAddressHeader();

  // Right after telemetry: monitoring reads its request feed (and never the other way round).
  const { monitor, startMonitoring } = await import('@/lib/monitoring');
  startMonitoring();
  // Votes, live precision and the judge's checks are on /metrics from the start, not after the first vote.
  const { startFeedbackMetrics } = await import('@/lib/feedback');
  startFeedbackMetrics();
  // Every periodic task runs through the one scheduler: monitoring registered its jobs above.
  const { scheduler, pruneRetention } = await import('@/lib/jobs');
  const jobs = scheduler();
  jobs.register({
    name: 'retention.prune',
    title: 'Retention clean-up',
    intervalMs: config.jobs.retentionIntervalMs,
    singleton: true,
    // Deleting a day of history holds PGlite's one connection for up to a second or two: not in the
    // first minute after a start (a deploy, a restart), when the dashboards are opened again.
    firstRunAfterMs: 60_000,
    run: async () => {
      await monitor().prune();
      return pruneRetention(config.jobs);
    },
  });
  // Runs whose replica stopped beating (a kill -9, a lost host) are ended by
  // whichever replica holds this job's lease, so nobody waits on them.
  const { abandonStaleRuns, abortLocalRuns, activeRunCount, RUN_HEARTBEAT_MS, RUN_STALE_AFTER_MS } = await import('@/lib/agent');
  jobs.register({
    name: 'workflows.abandon',
    title: 'Abandoned workflows',
    intervalMs: 2 * RUN_HEARTBEAT_MS,
    singleton: true,
    run: async () => `marked ${await abandonStaleRuns(new Date(Date.now() - RUN_STALE_AFTER_MS))} run(s) abandoned`,
  });
  // The Compare report's hourly aggregates: sealed hours never change, so
  // whichever replica holds the lease writes them (and an overlap writes the same rows).
  const { rollupComparison, COMPARE_ROLLUP_INTERVAL_MS } = await import('@/lib/compare');
  jobs.register({
    name: 'compare.rollup',
    title: 'Compare hourly aggregates',
    intervalMs: COMPARE_ROLLUP_INTERVAL_MS,
    singleton: true,
    run: () => rollupComparison(),
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
  // Audit rows a previous run kept on disk during an outage are written once the database answers.
  const { auditOutbox } = await import('@/lib/audit');
  void runInBackgroundSpan('audit.outbox.resume', () => auditOutbox().resume());
  // Every module OpenTelemetry patches (http, pg, ioredis) is loaded and patched
  // by now: its require hook is taken off. Left on, it resolves the file of
  // every later require() a second time, and Next.js requires its manifests and
  // the route's module on every request (profiled: about 2 % of a cheap route's CPU).
  if (Module.prototype.require !== requireBeforeTelemetry) Module.prototype.require = requireBeforeTelemetry;
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
    // Connecting and migrating is an operation of its own: its queries and errors are named `db.start`.
    runInBackgroundSpan('db.start', () => db.start()).catch(() => undefined),
    new Promise((resolve) => setTimeout(resolve, FIRST_CONNECT_WAIT_MS).unref()),
  ]);
  if (config.platform.vercel) {
    // A function instance lives only while it serves: timers would fire at random or never.
    logger.info('on Vercel: background jobs run when Vercel Cron calls /api/cron/{job} (vercel.json); the load tester is off');
  } else {
    // After the first connection attempt, so the first runs find a migrated database.
    jobs.start();
  }

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    // One shutdown, however many signals: Ctrl-C or `kill -- -PGID` signal the
    // whole process group, and an impatient operator sends a second one.
    if (shuttingDown) {
      logger.info({ signal }, 'already shutting down');
      return;
    }
    shuttingDown = true;
    // Bounded: a database that does not answer must not keep the process alive.
    setTimeout(() => process.exit(0), SHUTDOWN_WAIT_MS).unref();
    logger.info({ signal }, 'shutting down: refusing new requests, finishing those in flight, handing back job leases');
    const requests = inFlight();
    requests.draining = true;
    // Workflows can stream for minutes: each is stopped and stored as cancelled rather than cut off.
    abortLocalRuns('the server is shutting down');
    const drainUntil = Date.now() + DRAIN_WAIT_MS;
    while ((requests.current > 0 || activeRunCount() > 0) && Date.now() < drainUntil) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // Leases next (they need the database), so another replica takes the run-once jobs at once.
    await jobs.stop().catch(() => undefined);
    await Promise.all([db.close(), limits?.close().catch(() => undefined), cache.close().catch(() => undefined)]).catch(
      (error: unknown) => logger.error({ err: error }, 'database close failed'),
    );
    logger.info({ signal, unfinished: requests.current }, 'shut down');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}
