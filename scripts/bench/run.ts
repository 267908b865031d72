// npm run bench [-- --tiny] [-- --soak] [-- --out <dir>] [-- --only routes,telemetry,…]
// Builds the app (and the bare "ceiling" app in bench/ceiling), runs every
// benchmark, and writes docs/benchmarks.md and docs/benchmarks.json. Each figure
// is a median over repeated runs; ratios are measured within the same run.
// --tiny: one short repetition of everything (the smoke test uses it).
// --only: a comma-separated subset of the sections (routes, mcp, agent,
// monitoring, pages, telemetry, cache, startup), for working on one figure;
// those sections of an existing report in the output folder are replaced
// (each section records when it was measured), the others kept.
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

const SECTIONS = ['routes', 'mcp', 'agent', 'monitoring', 'pages', 'telemetry', 'cache', 'startup'] as const;
const { values: args } = parseArgs({ options: { tiny: { type: 'boolean', default: false }, soak: { type: 'boolean', default: false }, out: { type: 'string' }, only: { type: 'string' } } });
const ONLY = new Set(args.only ? args.only.split(',').map((s) => s.trim()) : SECTIONS);
for (const s of ONLY) if (!(SECTIONS as readonly string[]).includes(s)) throw new Error(`--only: unknown section ${s} (one of ${SECTIONS.join(', ')})`);
const TINY = args.tiny;
const REPEAT = TINY ? 1 : 3;
const LOAD_SEC = TINY ? 1 : 8;
const CONNECTIONS = 50;
const WARMUP_SEC = TINY ? 1 : 3;
const OUT_DIR = path.resolve(args.out ?? 'docs');
const ROOT = process.cwd();

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN;
};
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;
const log = (m: string) => console.log(`[bench] ${m}`);

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((r) => probe.close(() => r()));
  return port;
}

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

async function load(url: string, seconds = LOAD_SEC): Promise<{ rps: number; p99: number; non2xx: number; errors: number }> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds });
  return { rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors + result.timeouts };
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
        bare.push(await load(ceiling.url + endpoint));
        ours.push(await load(app.url + endpoint));
      }
      const o = { rps: median(ours.map((r) => r.rps)), p99: median(ours.map((r) => r.p99)), non2xx: ours.reduce((s, r) => s + r.non2xx, 0), errors: ours.reduce((s, r) => s + r.errors, 0) };
      const c = { rps: median(bare.map((r) => r.rps)), p99: median(bare.map((r) => r.p99)) };
      rows[endpoint] = { aimon: o, ceiling: c, throughputRatio: round(o.rps / c.rps, 2), p99Ratio: round(o.p99 / Math.max(c.p99, 0.001), 2) };
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
  try {
    await load(off.url + '/api/health/live', WARMUP_SEC);
    await load(on.url + '/api/health/live', WARMUP_SEC);
    for (let i = 0; i < REPEAT; i++) {
      log(`telemetry overhead: run ${i + 1}/${REPEAT}`);
      offRuns.push((await load(off.url + '/api/health/live')).rps);
      onRuns.push((await load(on.url + '/api/health/live')).rps);
    }
  } finally {
    await Promise.all([on.stop(), off.stop()]);
    receiver.close();
  }
  report.telemetryOverhead = { rpsTelemetryOn: round(median(onRuns)), rpsTelemetryOff: round(median(offRuns)), ratio: round(median(onRuns) / median(offRuns), 2) };
  log(`telemetry overhead: ${JSON.stringify(report.telemetryOverhead)}`);
}

async function pages(app: Server) {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const out: Record<string, unknown> = {};
  try {
    for (const pagePath of ['/', '/tools', '/chat', '/compare', '/monitoring', '/traces']) {
      const js: number[] = [];
      const allJs: number[] = [];
      const lcp: number[] = [];
      const cls: number[] = [];
      for (let i = 0; i < REPEAT; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.addInitScript(() => {
          const w = window as unknown as { __lcp: number; __cls: number };
          w.__lcp = 0;
          w.__cls = 0;
          new PerformanceObserver((l) => l.getEntries().forEach((e) => (w.__lcp = e.startTime))).observe({ type: 'largest-contentful-paint', buffered: true });
          new PerformanceObserver((l) => l.getEntries().forEach((e) => !(e as unknown as { hadRecentInput: boolean }).hadRecentInput && (w.__cls += (e as unknown as { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
        });
        const response = await page.goto(app.url + pagePath, { waitUntil: 'networkidle' });
        // First-load JS as Next.js defines it: the scripts the page's HTML names,
        // which must arrive before it is interactive; chunks loaded later
        // (next/dynamic, e.g. the charts) are reported apart as "all JS".
        const initialScripts = [...((await response!.text()).matchAll(/<script[^>]+src="([^"]+)"/g))].map((m) => new URL(m[1]!, app.url).pathname);
        await page.waitForTimeout(300);
        const m = await page.evaluate((initial) => {
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
        js.push(m.js);
        allJs.push(m.allJs);
        lcp.push(m.lcp);
        cls.push(m.cls);
        await context.close();
      }
      out[pagePath] = { firstLoadJsKb: round(median(js) / 1024), allJsKb: round(median(allJs) / 1024), lcpMs: round(median(lcp)), cls: round(median(cls), 3) };
      log(`page ${pagePath}: ${JSON.stringify(out[pagePath])}`);
    }
  } finally {
    await browser.close();
  }
  report.pages = out;
}

async function startup(tmp: string) {
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
    await w.stop();
  }
  report.startup = { warmReadyMs: round(median(warm)), freshDataDirReadyMs: round(median(fresh)), note: 'from spawning the standalone server to /api/health/ready = 200 (embedded PGlite); the build is not included' };
  log(`start-up: warm ${round(median(warm))} ms, fresh ${round(median(fresh))} ms`);
}

async function mcp(app: Server) {
  const r = await measureMcpRoundTrip({ url: `${app.url}/api/mcp`, calls: TINY ? 20 : 300, warmup: TINY ? 5 : 30, tool: 'get_service_status', args: { service: 'redis' } });
  report.mcpRoundTrip = r;
  log(`MCP round trip: p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms`);
}

async function agent(app: Server) {
  // Per-step overhead: sequential health-check workflows with zero model latency.
  const runs = TINY ? 2 : 10;
  const perStep: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await fetch(`${app.url}/api/workflows`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ model: 'A', scenario: 'health-check' }) });
    const { run } = (await r.json()) as { run: { latencyMs: number; steps?: unknown[]; toolCalls: number } };
    const steps = run.toolCalls + 1;
    perStep.push(run.latencyMs / steps);
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
    note: 'zero simulated model latency: HTTP, the AI SDK loop, MCP (in-process), the fleet and storing every step',
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
    `Measured ${new Date().toISOString()} with \`npm run bench${TINY ? ' -- --tiny' : ''}\` on ${r.machine.cores} × ${r.machine.cpu}, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}; load average at start ${r.machine.loadAverageAtStart.join(' / ')} (other work on the machine distorts absolute figures more than the ratios, which are measured side by side).`,
    ...(new Set(Object.values(r.measuredAt ?? {})).size > 1
      ? [`Sections re-measured later with \`--only\` (the machine line is that run's): ${Object.entries(r.measuredAt).map(([k, v]) => `${k} ${v}`).join(', ')}.`]
      : []),
    `Each figure is the median of ${REPEAT} run(s); load is autocannon with ${CONNECTIONS} connections for ${LOAD_SEC} s. The same JSON is in \`benchmarks.json\`.`,
    '',
    '## Route handlers against the ceiling',
    'The ceiling is a bare Next.js route handler returning the same JSON (`bench/ceiling`), built and served the same way. AIMon runs with everything on: telemetry, monitoring, rate limiting, sessions, CSP.',
    '',
    '| Endpoint | AIMon req/s | Ceiling req/s | Throughput ratio | AIMon p99 ms | Ceiling p99 ms | p99 ratio |',
    '|---|---|---|---|---|---|---|',
    ...Object.entries(r.routeHandlers ?? {}).map(([e, v]: [string, any]) => `| \`${e}\` | ${round(v.aimon.rps)} | ${round(v.ceiling.rps)} | **${v.throughputRatio}** | ${v.aimon.p99} | ${v.ceiling.p99} | ${v.p99Ratio} |`),
    '',
    'Aims: `/api/health/live` ≥ 0.9 and `/api/containers` ≥ 0.7 of the ceiling.',
    '',
    '## Telemetry overhead',
    r.telemetryOverhead ? `\`/api/health/live\` with OpenTelemetry exporting (OTLP to a local receiver): ${r.telemetryOverhead.rpsTelemetryOn} req/s; with \`OTEL_SDK_DISABLED=true\`: ${r.telemetryOverhead.rpsTelemetryOff} req/s; ratio **${r.telemetryOverhead.ratio}** (aim ≥ 0.9).` : 'not run',
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
    r.startup ? `Standalone server to ready on embedded PGlite: warm (existing data) **${r.startup.warmReadyMs} ms**, fresh data directory (creates and migrates the database) **${r.startup.freshDataDirReadyMs} ms**. ${r.startup.note}.` : 'not run',
    '',
    '## MCP round trip',
    r.mcpRoundTrip ? `\`tools/call get_service_status\` over HTTP to \`/api/mcp\` with the official SDK client: ${JSON.stringify(r.mcpRoundTrip)} (aim: p50 under 10 ms).` : 'not run',
    '',
    '## Agent',
    r.agent ? `Overhead per step (zero model latency): **${r.agent.medianMsPerStep} ms** median (aim under 5 ms; ${r.agent.note}). ${r.agent.concurrentWorkflows} concurrent workflows: ${r.agent.concurrentAllSucceeded ? 'all succeeded' : `${r.agent.concurrentFailures} failed`} in ${r.agent.concurrentWallMs} ms.` : 'not run',
    '',
    '## Monitoring',
    r.monitoring ? ['```', ...r.monitoring.output, '```'].join('\n') : 'not run',
    '',
    '## Soak',
    r.soak
      ? ['`npm run soak`: mixed traffic from 16 clients for 10 minutes. It passes only with no 5xx, no network error and resident memory growth under 15 % after warm-up.', '', '```', ...r.soak.output, '```'].join('\n')
      : 'Not run by default (10 minutes): `npm run bench -- --soak` or `npm run soak`.',
    '',
  ];
  return lines.join('\n');
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
  soak: 'soak',
} as const;

async function main() {
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
