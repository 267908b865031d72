// Throughput of the two polled reads with the cache on and off, in one run (a
// figure, not a test: nothing here asserts a number).
//
//   npx tsx scripts/bench/cache.ts [--duration 10] [--connections 20] [--redis redis://127.0.0.1:6379] [--json]
//
// Starts two standalone servers (`npx next build` first): CACHE_ENABLED=true
// and false, rate limits off, each on a fresh embedded database; drives
// `/api/containers` and `/api/metrics` with autocannon, and prints requests/s,
// p50/p99 latency and the on/off ratio per route. With --redis the cached
// server keeps its cache in Redis (a unique key prefix), else in memory.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { spawnServer, waitFor, type ServerProcess } from '../../e2e/support/server-process';

export interface CacheBenchRow {
  route: string;
  cache: 'on' | 'off';
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

export interface CacheBenchReport {
  durationSec: number;
  connections: number;
  store: 'memory' | 'redis';
  rows: CacheBenchRow[];
  /** requests/s with the cache on ÷ off, per route. */
  ratio: Record<string, number>;
}

const ROUTES = ['/api/containers', '/api/metrics'];

async function drive(url: string, durationSec: number, connections: number): Promise<Omit<CacheBenchRow, 'route' | 'cache'>> {
  const result = await autocannon({ url, duration: durationSec, connections });
  return {
    requestsPerSec: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

export async function benchCache(options: { durationSec: number; connections: number; redisUrl?: string }): Promise<CacheBenchReport> {
  const dirs: string[] = [];
  const servers: ServerProcess[] = [];
  const start = async (cache: boolean) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'aimon-bench-cache-'));
    dirs.push(dir);
    const server = await spawnServer({
      AIMON_DATA_DIR: dir,
      ADMIN_TOKEN: 'bench-cache-admin-token-0123456789',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_ENABLED: 'false',
      CACHE_ENABLED: String(cache),
      ...(cache && options.redisUrl ? { REDIS_URL: options.redisUrl, CACHE_KEY_PREFIX: `aimon-bench-${process.pid}` } : {}),
    });
    servers.push(server);
    // A liveness bound, not a figure: PGlite's first start on a busy machine can take minutes.
    await waitFor(server, '/api/health/ready', 240_000);
    return server;
  };
  try {
    const on = await start(true);
    const off = await start(false);
    const rows: CacheBenchRow[] = [];
    for (const route of ROUTES) {
      for (const [cache, server] of [['off', off], ['on', on]] as const) {
        // A short warm-up: route compilation and the JIT are not what is measured.
        await drive(server.url + route, 2, options.connections);
        rows.push({ route, cache, ...(await drive(server.url + route, options.durationSec, options.connections)) });
      }
    }
    const ratio: Record<string, number> = {};
    for (const route of ROUTES) {
      const a = rows.find((r) => r.route === route && r.cache === 'on')!;
      const b = rows.find((r) => r.route === route && r.cache === 'off')!;
      ratio[route] = Math.round((a.requestsPerSec / Math.max(1, b.requestsPerSec)) * 100) / 100;
    }
    return { durationSec: options.durationSec, connections: options.connections, store: options.redisUrl ? 'redis' : 'memory', rows, ratio };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '20' },
      redis: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const report = await benchCache({ durationSec: Number(values.duration), connections: Number(values.connections), redisUrl: values.redis });
  if (values.json) {
    console.log(JSON.stringify(report));
    return;
  }
  console.log(`cache bench: ${report.durationSec} s per run, ${report.connections} connections, cache in ${report.store}`);
  for (const r of report.rows) {
    console.log(`${r.route.padEnd(16)} cache ${r.cache.padEnd(3)} ${String(r.requestsPerSec).padStart(6)} req/s  p50 ${r.p50Ms} ms  p99 ${r.p99Ms} ms  non-2xx ${r.non2xx}  errors ${r.errors}`);
  }
  for (const [route, ratio] of Object.entries(report.ratio)) console.log(`${route}: ${ratio}× with the cache`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
