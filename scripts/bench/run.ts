// npm run bench [-- --tiny] [-- --soak] [-- --out <dir>] [-- --only routes,telemetry,…] [-- --scale 0.1]
// Builds the app (and the bare "ceiling" app in bench/ceiling), runs every
// benchmark, and writes docs/benchmarks.md and docs/benchmarks.json. Each figure
// is a median over repeated runs; ratios are measured within the same run.
// --tiny: one short repetition of everything (the smoke test uses it).
// --only: a comma-separated subset of the sections (routes, mcp, agent,
// monitoring, pages, telemetry, cache, startup, scale), for working on one figure;
// those sections of an existing report in the output folder are replaced
// (each section records when it was measured), the others kept.
// --render-only: rewrite benchmarks.md from benchmarks.json, measuring nothing.
// --scale: the share of a week's history the "scale" section seeds (1 = the
// full sizes of scripts/bench/seed-history.ts; --tiny uses 0.002).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { ensureBuild, STANDALONE_SERVER } from '../lib/build.mjs';
import { benchCache } from './cache';
import { measureMcpRoundTrip } from './mcp-roundtrip';
import { cpuMs, freePort } from './profile';
import { FULL_SIZE, seedHistory } from './seed-history';

const SECTIONS = ['routes', 'mcp', 'agent', 'monitoring', 'pages', 'telemetry', 'cache', 'startup', 'scale'] as const;
const { values: args } = parseArgs({ options: { tiny: { type: 'boolean', default: false }, soak: { type: 'boolean', default: false }, out: { type: 'string' }, only: { type: 'string' }, scale: { type: 'string' }, 'render-only': { type: 'boolean', default: false } } });
const ONLY = new Set(args.only ? args.only.split(',').map((s) => s.trim()) : SECTIONS);
for (const s of ONLY) if (!(SECTIONS as readonly string[]).includes(s)) throw new Error(`--only: unknown section ${s} (one of ${SECTIONS.join(', ')})`);
const TINY = args.tiny;
const REPEAT = TINY ? 1 : 3;
const LOAD_SEC = TINY ? 1 : 8;
const CONNECTIONS = 50;
const WARMUP_SEC = TINY ? 1 : 3;
const OUT_DIR = path.resolve(args.out ?? 'docs');
const NOTES = path.resolve('bench', 'notes.md');
const ROOT = process.cwd();

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN;
};
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;
const log = (m: string) => console.log(`[bench] ${m}`);

interface Server {
  url: string;
  child: ChildProcess;
  readyMs: number;
  stop(): Promise<void>;
}

async function startServer(serverJs: string, env: Record<string, string>, readyPath = '/api/health/live'): Promise<Server> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [serverJs], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', HOSTNAME: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server ${serverJs} exited: ${stderr}`);
    try {
      const r = await fetch(url + readyPath, { signal: AbortSignal.timeout(5_000) });
      if (r.status === 200) break;
    } catch {
      // not yet
    }
    if (performance.now() - started > 180_000) throw new Error(`server ${serverJs} not ready: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const readyMs = performance.now() - started;
  return {
    url,
    child,
    readyMs,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

interface LoadResult {
  rps: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** The server's CPU time (user + system) per request served: less sensitive than req/s to what else the machine runs. */
  cpuUsPerRequest?: number;
}

async function load(url: string, seconds = LOAD_SEC, server?: Server): Promise<LoadResult> {
  const cpuBefore = server ? cpuMs(server.child.pid!) : 0;
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds });
  const cpu = server && result.requests.total ? round((1000 * (cpuMs(server.child.pid!) - cpuBefore)) / result.requests.total) : undefined;
  return { rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors + result.timeouts, cpuUsPerRequest: cpu };
}

/** The app with everything on (telemetry, monitoring, rate limiting with budgets the load cannot exhaust, sessions). */
function appEnv(dataDir: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    AIMON_DATA_DIR: dataDir,
    ADMIN_TOKEN: 'bench-admin-token-0123456789',
    RATE_LIMIT_READ_PER_MIN: '1000000',
    RATE_LIMIT_EXPENSIVE_PER_MIN: '1000000',
    RATE_LIMIT_CHAT_PER_MIN: '1000000',
    AIMON_SIM_LATENCY_SCALE: '0',
    ...extra,
  };
}

function buildCeiling(): string {
  const dir = path.join(ROOT, 'bench', 'ceiling');
  const find = (d: string): string | undefined => {
    if (!existsSync(d)) return undefined;
    for (const e of readdirSync(d)) {
      const p = path.join(d, e);
      if (e === 'node_modules') continue;
      if (e === 'server.js' && statSync(p).isFile()) return p;
      if (statSync(p).isDirectory()) {
        const hit = find(p);
        if (hit) return hit;
      }
    }
    return undefined;
  };
  let server = find(path.join(dir, '.next', 'standalone'));
  if (!server) {
    log('building the ceiling app (bench/ceiling)…');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/next/dist/bin/next'), 'build', dir], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    if (r.status !== 0) throw new Error('ceiling build failed');
    server = find(path.join(dir, '.next', 'standalone'));
  }
  if (!server) throw new Error('ceiling standalone server.js not found');
  return server;
}

const report: Record<string, unknown> = {};

async function routeHandlers(tmp: string) {
  const ceilingJs = buildCeiling();
  const app = await startServer(path.resolve(STANDALONE_SERVER), appEnv(path.join(tmp, 'app')));
  const containersJson = path.join(tmp, 'containers.json');
  writeFileSync(containersJson, await (await fetch(`${app.url}/api/containers`)).text());
  const ceiling = await startServer(ceilingJs, { CEILING_CONTAINERS_JSON: containersJson });
  const endpoints = ['/api/health/live', '/api/containers'];
  const rows: Record<string, unknown> = {};
  try {
    for (const endpoint of endpoints) {
      // Warm-up: the first requests load and compile the route; they are not the steady state.
      await load(ceiling.url + endpoint, WARMUP_SEC);
      await load(app.url + endpoint, WARMUP_SEC);
      const ours: Awaited<ReturnType<typeof load>>[] = [];
      const bare: Awaited<ReturnType<typeof load>>[] = [];
      for (let i = 0; i < REPEAT; i++) {
        log(`${endpoint}: run ${i + 1}/${REPEAT} (ceiling, then AIMon; ${CONNECTIONS} connections, ${LOAD_SEC} s each)`);
        bare.push(await load(ceiling.url + endpoint, LOAD_SEC, ceiling));
        ours.push(await load(app.url + endpoint, LOAD_SEC, app));
      }
      const cpu = (rs: LoadResult[]) => median(rs.map((r) => r.cpuUsPerRequest ?? NaN));
      const o = { rps: median(ours.map((r) => r.rps)), p99: median(ours.map((r) => r.p99)), cpuUsPerRequest: cpu(ours), non2xx: ours.reduce((s, r) => s + r.non2xx, 0), errors: ours.reduce((s, r) => s + r.errors, 0) };
      const c = { rps: median(bare.map((r) => r.rps)), p99: median(bare.map((r) => r.p99)), cpuUsPerRequest: cpu(bare) };
      rows[endpoint] = { aimon: o, ceiling: c, throughputRatio: round(o.rps / c.rps, 2), cpuRatio: round(c.cpuUsPerRequest / o.cpuUsPerRequest, 2), p99Ratio: round(o.p99 / Math.max(c.p99, 0.001), 2) };
      log(`${endpoint}: AIMon ${round(o.rps)} req/s, ceiling ${round(c.rps)} req/s, ratio ${round(o.rps / c.rps, 2)}; p99 ${o.p99} vs ${c.p99} ms`);
    }
  } finally {
    await ceiling.stop();
  }
  report.routeHandlers = rows;
  return app;
}

async function telemetryOverhead(tmp: string) {
  // A receiver that accepts OTLP and answers 200, so the exporter really exports.
  const receiver = (await import('node:http')).createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const endpoint = `http://127.0.0.1:${(receiver.address() as net.AddressInfo).port}`;
  const on = await startServer(path.resolve(STANDALONE_SERVER), appEnv(path.join(tmp, 'otel-on'), { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint }));
  const off = await startServer(path.resolve(STANDALONE_SERVER), appEnv(path.join(tmp, 'otel-off'), { OTEL_SDK_DISABLED: 'true' }));
  const onRuns: number[] = [];
  const offRuns: number[] = [];
  const onCpu: number[] = [];
  const offCpu: number[] = [];
  try {
    await load(off.url + '/api/health/live', WARMUP_SEC);
    await load(on.url + '/api/health/live', WARMUP_SEC);
    for (let i = 0; i < REPEAT; i++) {
      log(`telemetry overhead: run ${i + 1}/${REPEAT}`);
      const offRun = await load(off.url + '/api/health/live', LOAD_SEC, off);
      const onRun = await load(on.url + '/api/health/live', LOAD_SEC, on);
      offRuns.push(offRun.rps);
      onRuns.push(onRun.rps);
      offCpu.push(offRun.cpuUsPerRequest ?? NaN);
      onCpu.push(onRun.cpuUsPerRequest ?? NaN);
    }
  } finally {
    await Promise.all([on.stop(), off.stop()]);
    receiver.close();
  }
  report.telemetryOverhead = {
    rpsTelemetryOn: round(median(onRuns)),
    rpsTelemetryOff: round(median(offRuns)),
    ratio: round(median(onRuns) / median(offRuns), 2),
    cpuUsPerRequestOn: round(median(onCpu)),
    cpuUsPerRequestOff: round(median(offCpu)),
    cpuRatio: round(median(offCpu) / median(onCpu), 2),
  };
  log(`telemetry overhead: ${JSON.stringify(report.telemetryOverhead)}`);
}

async function launchChromium() {
  const { chromium } = await import('@playwright/test');
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

type Browser = Awaited<ReturnType<typeof launchChromium>>;

/** One fresh visit of `url` in Chromium: first-load and all JS, LCP, CLS. */
async function measurePage(browser: Browser, base: string, pagePath: string) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __lcp: number; __cls: number };
      w.__lcp = 0;
      w.__cls = 0;
      new PerformanceObserver((l) => l.getEntries().forEach((e) => (w.__lcp = e.startTime))).observe({ type: 'largest-contentful-paint', buffered: true });
      new PerformanceObserver((l) => l.getEntries().forEach((e) => !(e as unknown as { hadRecentInput: boolean }).hadRecentInput && (w.__cls += (e as unknown as { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
    });
    const response = await page.goto(base + pagePath, { waitUntil: 'networkidle' });
    // First-load JS as Next.js defines it: the scripts the page's HTML names,
    // which must arrive before it is interactive; chunks loaded later
    // (next/dynamic, e.g. the charts) are reported apart as "all JS".
    const initialScripts = [...((await response!.text()).matchAll(/<script[^>]+src="([^"]+)"/g))].map((m) => new URL(m[1]!, base).pathname);
    await page.waitForTimeout(300);
    return await page.evaluate((initial) => {
      const w = window as unknown as { __lcp: number; __cls: number };
      // No named function in here: tsx (esbuild keepNames) wraps one in __name(), which the page does not have.
      const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'))
        .map((r) => ({ path: new URL(r.name).pathname, bytes: r.encodedBodySize || r.transferSize }));
      return {
        js: scripts.filter((r) => initial.includes(r.path)).reduce((s, r) => s + r.bytes, 0),
        allJs: scripts.reduce((s, r) => s + r.bytes, 0),
        lcp: w.__lcp,
        cls: w.__cls,
      };
    }, initialScripts);
  } finally {
    await context.close();
  }
}

async function pages(app: Server) {
  const browser = await launchChromium();
  const out: Record<string, unknown> = {};
  try {
    for (const pagePath of ['/', '/tools', '/chat', '/compare', '/monitoring', '/traces']) {
      const runs = [];
      for (let i = 0; i < REPEAT; i++) runs.push(await measurePage(browser, app.url, pagePath));
      out[pagePath] = {
        firstLoadJsKb: round(median(runs.map((m) => m.js)) / 1024),
        allJsKb: round(median(runs.map((m) => m.allJs)) / 1024),
        lcpMs: round(median(runs.map((m) => m.lcp))),
        cls: round(median(runs.map((m) => m.cls)), 3),
      };
      log(`page ${pagePath}: ${JSON.stringify(out[pagePath])}`);
    }
  } finally {
    await browser.close();
  }
  report.pages = out;
}

/** The dashboards' reads, each timed over HTTP after a warm-up request. */
const SCALE_ENDPOINTS = ['/api/compare?range=7d', '/api/compare?range=24h', '/api/metrics?window=1h', '/api/workflows?limit=50', '/api/admin/audit?limit=100', '/api/alerts'] as const;

function nearestRank(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** The retention jobs on the seeded week, as the scheduler would run them, timed (in a child: it opens the database itself). */
function timeRetention(env: Record<string, string>): Record<string, unknown> {
  const r = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/bench/retention-cost.ts'], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'error', NODE_ENV: 'production', ...env },
  });
  const last = (r.stdout ?? '').trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !last.startsWith('{')) throw new Error(`retention timing failed (exit ${r.status}):\n${(r.stderr ?? '').slice(-2000)}`);
  return JSON.parse(last) as Record<string, unknown>;
}

/**
 * Dashboards at scale: a week of history (scripts/bench/seed-history.ts) on
 * PostgreSQL and on PGlite, then the p95 over HTTP of each dashboard read with
 * the cache off (what a miss costs: every read goes to the database), the LCP
 * of /compare and /monitoring, and what the retention jobs cost on that week.
 */
async function scale(tmp: string) {
  const share = args.scale ? Number(args.scale) : TINY ? 0.002 : 1;
  const requests = TINY ? 5 : 40;
  const out: Record<string, unknown> = { scale: share, fullSize: FULL_SIZE, requestsPerEndpoint: requests };
  const pg = (await import('pg')).default;
  const dbName = `aimon_bench_${process.pid}`;
  const adminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const pgUrl = Object.assign(new URL(adminUrl), { pathname: `/${dbName}` }).toString();
  const backends: Array<{ name: string; config: Parameters<typeof seedHistory>[0]; env: Record<string, string> & { AIMON_DATA_DIR: string } }> = [
    { name: 'postgres', config: { kind: 'postgres', url: pgUrl, poolMax: 4, connectTimeoutMs: 5_000, queryTimeoutMs: 600_000 }, env: { DATABASE_URL: pgUrl, AIMON_DATA_DIR: path.join(tmp, 'scale-pg') } },
    { name: 'pglite', config: { kind: 'embedded', dataDir: path.join(tmp, 'scale-pglite', 'pglite') }, env: { AIMON_DATA_DIR: path.join(tmp, 'scale-pglite') } },
  ];
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${dbName}`);
  await admin.query(`CREATE DATABASE ${dbName}`);
  const browser = await launchChromium();
  try {
    for (const backend of backends) {
      log(`scale (${backend.name}): seeding ${share} × a week of history…`);
      const seeded = await seedHistory(backend.config, { scale: share, log: (m) => log(`scale (${backend.name}): ${m}`) });
      log(`scale (${backend.name}): seeded in ${seeded.seconds} s`);
      // The week stays while it is read: rollups are kept 8 days and the clean-up waits a day (it is timed on its own below).
      const env = appEnv(backend.env.AIMON_DATA_DIR, { ...backend.env, CACHE_ENABLED: 'false', MONITORING_ROLLUP_RETENTION_HOURS: '192', JOB_RETENTION_INTERVAL_MS: '86400000' });
      const server = await startServer(path.resolve(STANDALONE_SERVER), env, '/api/health/ready');
      const endpoints: Record<string, unknown> = {};
      const pageFigures: Record<string, unknown> = {};
      try {
        for (const endpoint of SCALE_ENDPOINTS) {
          const headers = { authorization: 'Bearer bench-admin-token-0123456789' };
          const warm = await fetch(server.url + endpoint, { headers });
          if (warm.status !== 200) throw new Error(`${endpoint} answered ${warm.status}: ${(await warm.text()).slice(0, 300)}`);
          await warm.arrayBuffer().catch(() => undefined);
          const times: number[] = [];
          let bytes = 0;
          for (let i = 0; i < requests; i++) {
            const t = performance.now();
            const r = await fetch(server.url + endpoint, { headers });
            bytes = (await r.arrayBuffer()).byteLength;
            times.push(performance.now() - t);
          }
          endpoints[endpoint] = { p50Ms: round(nearestRank(times, 0.5)), p95Ms: round(nearestRank(times, 0.95)), kB: round(bytes / 1024) };
          log(`scale (${backend.name}): ${endpoint} ${JSON.stringify(endpoints[endpoint])}`);
        }
        for (const pagePath of ['/compare', '/monitoring']) {
          const runs = [];
          for (let i = 0; i < REPEAT; i++) runs.push(await measurePage(browser, server.url, pagePath));
          pageFigures[pagePath] = { lcpMs: round(median(runs.map((m) => m.lcp))) };
          log(`scale (${backend.name}): page ${pagePath} ${JSON.stringify(pageFigures[pagePath])}`);
        }
      } finally {
        await server.stop();
      }
      const retention = timeRetention(backend.env);
      log(`scale (${backend.name}): retention ${JSON.stringify(retention)}`);
      out[backend.name] = { seeded, endpoints, pages: pageFigures, retention };
    }
  } finally {
    await browser.close();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
  report.scale = out;
}

/** Resident memory of a server left idle after a first look at the console (its pages and their reads). */
async function idleRss(server: Server): Promise<{ idleRssMiB: number; peakRssMiB: number; idleSec: number }> {
  for (const p of ['/', '/monitoring', '/compare', '/api/metrics', '/api/containers', '/api/compare?range=24h']) await (await fetch(server.url + p)).arrayBuffer();
  const idleSec = TINY ? 2 : 30;
  await new Promise((r) => setTimeout(r, idleSec * 1000));
  const status = readFileSync(`/proc/${server.child.pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { idleRssMiB: round(kb('VmRSS') / 1024), peakRssMiB: round(kb('VmHWM') / 1024), idleSec };
}

async function startup(tmp: string) {
  let idle: Awaited<ReturnType<typeof idleRss>> | undefined;
  const warm: number[] = [];
  const fresh: number[] = [];
  const dir = path.join(tmp, 'startup');
  for (let i = 0; i < REPEAT; i++) {
    const f = await startServer(path.resolve(STANDALONE_SERVER), appEnv(path.join(tmp, `fresh-${i}`)), '/api/health/ready');
    fresh.push(f.readyMs);
    await f.stop();
    if (i === 0) {
      const seed = await startServer(path.resolve(STANDALONE_SERVER), appEnv(dir), '/api/health/ready');
      await seed.stop();
    }
    const w = await startServer(path.resolve(STANDALONE_SERVER), appEnv(dir), '/api/health/ready');
    warm.push(w.readyMs);
    if (i === 0) idle = await idleRss(w);
    await w.stop();
  }
  report.startup = { warmReadyMs: round(median(warm)), freshDataDirReadyMs: round(median(fresh)), ...idle, note: 'from spawning the standalone server to /api/health/ready = 200 (embedded PGlite); the build is not included' };
  log(`start-up: warm ${round(median(warm))} ms, fresh ${round(median(fresh))} ms`);
}

/**
 * Waits until the server is ready and has done its start-up's one-off work:
 * the labelled grounding sets are evaluated once per process (30 s after
 * start, or by the first page or read that needs them), several seconds of
 * CPU in one block on a loaded machine (lib/feedback/quality.ts), which had
 * landed inside the MCP calls or the workflows. Asking for the figures that
 * need them gets it done now; the 30 s timer then finds them computed.
 */
async function pastStartUp(app: Server) {
  for (;;) {
    const r = await fetch(`${app.url}/api/health/ready`).catch(() => undefined);
    await r?.arrayBuffer();
    if (r?.status === 200) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const started = performance.now();
  const r = await fetch(`${app.url}/api/grounding/quality`);
  await r.arrayBuffer();
  if (r.status !== 200) throw new Error(`/api/grounding/quality answered ${r.status}`);
  log(`start-up's one-off work (labelled grounding sets) done in ${Math.round(performance.now() - started)} ms`);
}

async function mcp(app: Server) {
  await pastStartUp(app);
  const loadAverage = os.loadavg().map((l) => round(l, 2));
  // 300 calls of warm-up: a server a few seconds old still compiles the code (and the wasm) they run.
  const r = await measureMcpRoundTrip({ url: `${app.url}/api/mcp`, calls: TINY ? 20 : 300, warmup: TINY ? 5 : 300, tool: 'get_service_status', args: { service: 'redis' }, serverPid: app.child.pid });
  report.mcpRoundTrip = { ...r, loadAverage };
  log(`MCP round trip: p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, server CPU ${r.serverCpuMsPerCall} ms per call (load ${loadAverage.join(' / ')})`);
}

async function agent(app: Server) {
  await pastStartUp(app);
  // Per-step overhead: sequential health-check workflows with zero model latency.
  const runs = TINY ? 2 : 10;
  const perStep: number[] = [];
  const cpuPerStep: number[] = [];
  const loopPerStep: number[] = [];
  const outsideLoop: number[] = [];
  const loadAverage = os.loadavg().map((l) => round(l, 2));
  // Five runs first, not counted: the first workflows load and compile the
  // route, and the code they run (and the database's WebAssembly, compiled
  // lazily) is not yet warm.
  for (let i = TINY ? -1 : -5; i < runs; i++) {
    const cpuBefore = cpuMs(app.child.pid!);
    const r = await fetch(`${app.url}/api/workflows`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ model: 'A', scenario: 'health-check' }) });
    const { run } = (await r.json()) as { run: { latencyMs: number; steps?: Array<{ kind: string; durationMs?: number }>; toolCalls: number } };
    const cpu = cpuMs(app.child.pid!) - cpuBefore;
    const steps = run.toolCalls + 1;
    if (i < 0) continue;
    perStep.push(run.latencyMs / steps);
    // The model loop's share: each model step's duration runs from the end of
    // the one before (its tool calls included), the first from the loop's start.
    // The rest of the run is per run, not per step: creating it, reading the
    // fleet snapshot, the final fleet read, waiting for the last inserts.
    const loopMs = (run.steps ?? []).filter((st) => st.kind === 'model').reduce((sum, st) => sum + (st.durationMs ?? 0), 0);
    loopPerStep.push(loopMs / steps);
    outsideLoop.push(run.latencyMs - loopMs);
    // The whole request's CPU (HTTP, session, MCP connection, audit too), not only the run's.
    cpuPerStep.push(cpu / steps);
  }
  const concurrent = TINY ? 5 : 50;
  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: concurrent }, () =>
      fetch(`${app.url}/api/workflows`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ model: 'B', scenario: 'health-check' }) })
        .then(async (r) => ({ status: r.status, run: ((await r.json()) as { run?: { status: string } }).run }))
        .catch(() => ({ status: 0, run: undefined })),
    ),
  );
  report.agent = {
    medianMsPerStep: round(median(perStep), 2),
    medianServerCpuMsPerStep: round(median(cpuPerStep), 2),
    medianLoopMsPerStep: round(median(loopPerStep), 2),
    medianMsPerRunOutsideLoop: round(median(outsideLoop), 1),
    loadAverage,
    note: 'zero simulated model latency, timed by the run itself (its latencyMs: the AI SDK loop, MCP in-process, the fleet, its snapshot and storing every step; HTTP, the session and the audit row are outside it)',
    concurrentWorkflows: concurrent,
    concurrentAllSucceeded: results.every((r) => r.status === 201 && r.run?.status === 'succeeded'),
    concurrentFailures: results.filter((r) => r.status !== 201 || r.run?.status !== 'succeeded').length,
    concurrentWallMs: round(performance.now() - started),
  };
  log(`agent: ${JSON.stringify(report.agent)}`);
}

/** The polled reads with the cache on and off (two fresh servers per repetition, rate limits off). */
async function cache() {
  const runs: Awaited<ReturnType<typeof benchCache>>[] = [];
  for (let i = 0; i < REPEAT; i++) {
    log(`cache on/off: run ${i + 1}/${REPEAT}`);
    runs.push(await benchCache({ durationSec: LOAD_SEC, connections: CONNECTIONS }));
  }
  const routes = Object.keys(runs[0]!.ratio);
  const rps = (route: string, state: 'on' | 'off') => round(median(runs.map((r) => r.rows.find((x) => x.route === route && x.cache === state)!.requestsPerSec)));
  report.cache = Object.fromEntries(routes.map((route) => [route, { rpsCacheOn: rps(route, 'on'), rpsCacheOff: rps(route, 'off'), ratio: round(median(runs.map((r) => r.ratio[route]!)), 2) }]));
  log(`cache: ${JSON.stringify(report.cache)}`);
}

function monitoringBench(app: Server) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/bench/monitoring.ts', '--base', app.url], { encoding: 'utf8', env: { ...process.env, BENCH_TINY: TINY ? '1' : '' } });
  const output = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.trim();
  if (r.status !== 0 || !output.includes('record one request')) {
    throw new Error(`monitoring bench failed (exit ${r.status}${r.error ? `, ${r.error.message}` : ''}):\n${output.slice(-2000)}`);
  }
  report.monitoring = { output: (r.stdout ?? '').trim().split('\n').slice(-12) };
  log(`monitoring:\n${(report.monitoring as { output: string[] }).output.join('\n')}`);
}

function soak() {
  const r = spawnSync(process.execPath, ['scripts/soak.mjs'], { encoding: 'utf8', env: { ...process.env, SOAK_MINUTES: process.env.SOAK_MINUTES ?? '10' } });
  // The verdict and the whole summary (requests, 5xx, network errors, latency, memory), without the progress lines.
  const lines = (r.stdout || r.stderr).trim().split('\n');
  const summaryStart = lines.lastIndexOf('{');
  report.soak = { exitCode: r.status, output: summaryStart >= 0 ? lines.slice(summaryStart) : lines.slice(-10) };
}

function machine() {
  const cpus = os.cpus();
  return { cpu: cpus[0]?.model ?? 'unknown', cores: cpus.length, memoryGiB: round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}`, loadAverageAtStart: os.loadavg().map((l) => round(l, 2)) };
}

function markdown(): string {
  const r = report as Record<string, any>;
  const lines = [
    '# Benchmarks',
    '',
    `Measured ${Object.values((r.measuredAt ?? {}) as Record<string, string>).sort().pop() ?? new Date().toISOString()} with \`npm run bench${TINY ? ' -- --tiny' : ''}\` on ${r.machine.cores} × ${r.machine.cpu}, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}; load average at start ${r.machine.loadAverageAtStart.join(' / ')} (other work on the machine distorts absolute figures more than the ratios, which are measured side by side).`,
    ...(new Set(Object.values(r.measuredAt ?? {})).size > 1
      ? [`Sections re-measured later with \`--only\` (the machine line is that run's): ${Object.entries(r.measuredAt).map(([k, v]) => `${k} ${v}`).join(', ')}.`]
      : []),
    `Each figure is the median of ${REPEAT} run(s); load is autocannon with ${CONNECTIONS} connections for ${LOAD_SEC} s. The same JSON is in \`benchmarks.json\`.`,
    '',
    '## Route handlers against the ceiling',
    'The ceiling is a bare Next.js route handler returning the same JSON (`bench/ceiling`), built and served the same way. AIMon runs with everything on: telemetry, monitoring, rate limiting, sessions, CSP.',
    '',
    '| Endpoint | AIMon req/s | Ceiling req/s | Throughput ratio | AIMon CPU µs/req | Ceiling CPU µs/req | CPU ratio | AIMon p99 ms | Ceiling p99 ms | p99 ratio |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...Object.entries(r.routeHandlers ?? {}).map(([e, v]: [string, any]) => `| \`${e}\` | ${round(v.aimon.rps)} | ${round(v.ceiling.rps)} | **${v.throughputRatio}** | ${v.aimon.cpuUsPerRequest ?? '–'} | ${v.ceiling.cpuUsPerRequest ?? '–'} | **${v.cpuRatio ?? '–'}** | ${v.aimon.p99} | ${v.ceiling.p99} | ${v.p99Ratio} |`),
    '',
    'Aims: `/api/health/live` ≥ 0.8 and `/api/containers` ≥ 0.7 of the ceiling. The CPU ratio (ceiling\'s CPU time per request over AIMon\'s, from /proc) is what the throughput ratio would be on an idle machine with the server CPU-bound; on a loaded machine it is the steadier of the two. Where the time goes: [Per-request cost](#per-request-cost) below.',
    '',
    '## Telemetry overhead',
    r.telemetryOverhead ? `\`/api/health/live\` with OpenTelemetry exporting (OTLP to a local receiver): ${r.telemetryOverhead.rpsTelemetryOn} req/s, ${r.telemetryOverhead.cpuUsPerRequestOn ?? '–'} µs CPU per request; with \`OTEL_SDK_DISABLED=true\`: ${r.telemetryOverhead.rpsTelemetryOff} req/s, ${r.telemetryOverhead.cpuUsPerRequestOff ?? '–'} µs; throughput ratio **${r.telemetryOverhead.ratio}**, CPU ratio **${r.telemetryOverhead.cpuRatio ?? '–'}** (aim ≥ 0.85).` : 'not run',
    '',
    '## Pages (production build, Chromium)',
    'First-load JS: the scripts named in the page\'s HTML (compressed), needed before it is interactive; all JS adds what loads later, by networkidle (charts through `next/dynamic`).',
    '',
    '| Page | First-load JS (kB) | All JS (kB) | LCP ms | CLS |',
    '|---|---|---|---|---|',
    ...Object.entries(r.pages ?? {}).map(([p, v]: [string, any]) => `| \`${p}\` | ${v.firstLoadJsKb} | ${v.allJsKb} | ${v.lcpMs} | ${v.cls} |`),
    '',
    'Aims: under 250 kB of JS per page, LCP under 1.5 s on loopback, CLS under 0.05.',
    '',
    '## Cache',
    r.cache
      ? ['`CACHE_ENABLED=true` against `false`, two fresh servers side by side, rate limits off, cache in memory:', '', '| Endpoint | Cache on req/s | Cache off req/s | Ratio |', '|---|---|---|---|', ...Object.entries(r.cache).map(([e, v]: [string, any]) => `| \`${e}\` | ${v.rpsCacheOn} | ${v.rpsCacheOff} | **${v.ratio}** |`)].join('\n')
      : 'not run',
    '',
    '## Start-up',
    r.startup ? `Standalone server to ready on embedded PGlite: warm (existing data) **${r.startup.warmReadyMs} ms** (aim < 2 s), fresh data directory (creates and migrates the database) **${r.startup.freshDataDirReadyMs} ms**. ${r.startup.note}.` : 'not run',
    '',
    '## Memory',
    r.startup?.idleRssMiB
      ? `One server process (\`npm start\` runs the server in its own process: no wrapper). Resident memory on embedded PGlite after opening the console's pages and ${r.startup.idleSec} s idle: **${r.startup.idleRssMiB} MiB** (aim ≤ 300 MiB); peak during start-up ${r.startup.peakRssMiB} MiB. The soak's end figure is below (aim ≤ 400 MiB). What PGlite takes and how it is bounded: [PGlite's share](#pglites-share).`
      : 'not run',
    '',
    '## MCP round trip',
    r.mcpRoundTrip
      ? `\`tools/call ${r.mcpRoundTrip.tool}\` over HTTP to \`/api/mcp\` with the official SDK client, one session, ${r.mcpRoundTrip.calls} calls in a row (${r.mcpRoundTrip.errors} errors): p50 **${r.mcpRoundTrip.p50Ms} ms** (aim under 3 ms), p90 ${r.mcpRoundTrip.p90Ms} ms, p99 ${r.mcpRoundTrip.p99Ms} ms, max ${r.mcpRoundTrip.maxMs} ms, mean ${r.mcpRoundTrip.meanMs} ms${r.mcpRoundTrip.serverCpuMsPerCall === undefined ? '' : `; the server's CPU time per call (/proc): ${r.mcpRoundTrip.serverCpuMsPerCall} ms, load average ${r.mcpRoundTrip.loadAverage.join(' / ')}`}.`
      : 'not run',
    '',
    '## Agent',
    r.agent ? `Overhead per step (zero model latency): **${r.agent.medianMsPerStep} ms** median (aim under 5 ms; ${r.agent.note}; divided by its steps, the health check's two)${r.agent.medianServerCpuMsPerStep === undefined ? '' : `; the server's CPU time per step, the whole request included (/proc): ${r.agent.medianServerCpuMsPerStep} ms, load average ${r.agent.loadAverage.join(' / ')}`}.${r.agent.medianLoopMsPerStep === undefined ? '' : ` Of a run's latency, the model loop takes ${r.agent.medianLoopMsPerStep} ms per step (the model steps' own durations: the AI SDK, the tool calls over MCP, the steps' events and inserts) and ${r.agent.medianMsPerRunOutsideLoop} ms once per run outside it (creating the run, reading the fleet snapshot a recorded replay needs, the final fleet read, the last inserts).`} ${r.agent.concurrentWorkflows} concurrent workflows: ${r.agent.concurrentAllSucceeded ? 'all succeeded' : `${r.agent.concurrentFailures} failed`} in ${r.agent.concurrentWallMs} ms.` : 'not run',
    '',
    '## Dashboards at scale',
    ...scaleMarkdown(r.scale),
    '',
    '## Monitoring',
    r.monitoring ? ['```', ...r.monitoring.output, '```'].join('\n') : 'not run',
    '',
    '## Soak',
    r.soak
      ? ['`npm run soak`: mixed traffic from 16 clients for 10 minutes. It passes only with no 5xx, no network error and resident memory growth under 15 % after warm-up.', '', '```', ...r.soak.output, '```'].join('\n')
      : 'Not run by default (10 minutes): `npm run bench -- --soak` or `npm run soak`.',
    '',
    // The profile breakdown and PGlite's share: read off profiles and experiments
    // (scripts/bench/profile.ts), written by hand, kept beside the figures.
    ...(existsSync(NOTES) ? [readFileSync(NOTES, 'utf8').trim(), ''] : []),
  ];
  return lines.join('\n');
}

/** The scale section: per backend, what was seeded and each read's p95, the pages' LCP and the retention jobs' cost. */
function scaleMarkdown(s: any): string[] {
  if (!s) return ['not run'];
  const backends = ['postgres', 'pglite'].filter((b) => s[b]);
  const aim = (b: string) => (b === 'postgres' ? 100 : 200);
  const seeded = s[backends[0]!]?.seeded?.rows ?? {};
  return [
    `A week of history seeded through the app's database layer (\`scripts/bench/seed-history.ts\`, scale **${s.scale}** of the full sizes: ${Object.entries(seeded).map(([k, v]) => `${v} ${k}`).join(', ')}), then each read ${s.requestsPerEndpoint} times in a row over HTTP with the cache off (\`CACHE_ENABLED=false\`: every read goes to the database, what a cache miss costs). \`npm run bench -- --only scale --scale 1\` seeds the full week.`,
    '',
    `| Read | ${backends.map((b) => `${b} p50 ms | ${b} p95 ms`).join(' | ')} | kB |`,
    `|---|${backends.map(() => '---|---').join('|')}|---|`,
    ...Object.keys(s[backends[0]!].endpoints).map((e) => `| \`${e}\` | ${backends.map((b) => `${s[b].endpoints[e].p50Ms} | **${s[b].endpoints[e].p95Ms}**${s[b].endpoints[e].p95Ms < aim(b) ? '' : ' ✗'}`).join(' | ')} | ${s[backends[0]!].endpoints[e].kB} |`),
    ...['/compare', '/monitoring'].map((p) => `| first render of \`${p}\` (LCP, Chromium) | ${backends.map((b) => `| **${s[b].pages[p]?.lcpMs}**`).join(' | ')} | |`),
    '',
    'Aims: every read p95 < 100 ms on PostgreSQL, < 200 ms on PGlite; LCP < 1.5 s.',
    '',
    'Seeding and retention on that week:',
    '',
    ...backends.map((b) => {
      const t = s[b].retention;
      return `- ${b}: seeded in ${s[b].seeded.seconds} s; monitoring prune (rollups past 48 h, alert history, snapshots) ${t.monitoringPruneMs} ms; pruning one day of runs, steps, chat and audit (${t.pruneOneDay}) ${t.pruneOneDayMs} ms; a prune with nothing due ${t.pruneNothingDueMs} ms. Rows before → after: ${Object.keys(t.before).map((k) => `${k} ${t.before[k]} → ${t.after[k]}`).join(', ')}.`;
    }),
  ];
}

/** Where each section's figures live in the report. */
const SECTION_KEYS = {
  routes: 'routeHandlers',
  mcp: 'mcpRoundTrip',
  agent: 'agent',
  monitoring: 'monitoring',
  pages: 'pages',
  telemetry: 'telemetryOverhead',
  cache: 'cache',
  startup: 'startup',
  scale: 'scale',
  soak: 'soak',
} as const;

async function main() {
  if (args['render-only']) {
    // Rewrites benchmarks.md from benchmarks.json (after editing bench/notes.md or this report's layout), measuring nothing.
    Object.assign(report, JSON.parse(readFileSync(path.join(OUT_DIR, 'benchmarks.json'), 'utf8')));
    writeFileSync(path.join(OUT_DIR, 'benchmarks.md'), markdown());
    log(`rendered ${path.relative(ROOT, path.join(OUT_DIR, 'benchmarks.md'))} from benchmarks.json`);
    return;
  }
  report.machine = machine();
  report.settings = { tiny: TINY, repeat: REPEAT, loadSeconds: LOAD_SEC, connections: CONNECTIONS };
  ensureBuild();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'aimon-bench-'));
  let app: Server | undefined;
  const needsApp = ['routes', 'mcp', 'agent', 'monitoring', 'pages'].some((s) => ONLY.has(s as (typeof SECTIONS)[number]));
  try {
    if (ONLY.has('routes')) app = await routeHandlers(tmp);
    else if (needsApp) app = await startServer(path.resolve(STANDALONE_SERVER), appEnv(path.join(tmp, 'app')));
    if (ONLY.has('mcp')) await mcp(app!);
    if (ONLY.has('agent')) await agent(app!);
    if (ONLY.has('monitoring')) monitoringBench(app!);
    if (ONLY.has('pages')) await pages(app!);
    await app?.stop();
    app = undefined;
    if (ONLY.has('telemetry')) await telemetryOverhead(tmp);
    if (ONLY.has('cache')) await cache();
    if (ONLY.has('startup')) await startup(tmp);
    if (ONLY.has('scale')) await scale(tmp);
    if (args.soak) soak();
  } finally {
    await app?.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
  mkdirSync(OUT_DIR, { recursive: true });
  const now = new Date().toISOString();
  const measured = [...ONLY, ...(args.soak ? ['soak'] : [])].map((s) => SECTION_KEYS[s as keyof typeof SECTION_KEYS]);
  const previousFile = path.join(OUT_DIR, 'benchmarks.json');
  if (args.only && existsSync(previousFile)) {
    const previous = JSON.parse(readFileSync(previousFile, 'utf8')) as Record<string, unknown>;
    for (const [key, value] of Object.entries(previous)) if (!(key in report)) report[key] = value;
  }
  report.measuredAt = { ...((report.measuredAt as Record<string, string> | undefined) ?? {}), ...Object.fromEntries(measured.map((k) => [k, now])) };
  writeFileSync(path.join(OUT_DIR, 'benchmarks.json'), JSON.stringify(report, null, 2) + '\n');
  writeFileSync(path.join(OUT_DIR, 'benchmarks.md'), markdown());
  log(`wrote ${path.relative(ROOT, path.join(OUT_DIR, 'benchmarks.md'))} and benchmarks.json`);
}

main().catch((error: unknown) => {
  console.error(`[bench] failed: ${(error as Error).stack ?? error}`);
  process.exit(1);
});
