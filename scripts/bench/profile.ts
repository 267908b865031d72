// Where a request's CPU goes: starts the standalone server under
// `node --cpu-prof`, loads one endpoint with autocannon, stops the server and
// sums the profile's self time by package (node_modules/<name>, Next.js's
// compiled server, the app's own chunks, Node.js internals, GC) and by
// function, divided by the requests served: microseconds per request.
//   npx tsx scripts/bench/profile.ts [--path /api/health/live] [--seconds 10] [--env KEY=VALUE …] [--top 25]
//     [--workload get|agent|mcp] [--warmup 5] [--rate 150] [--settle 40] [--server path/server.js --ready /path] [--json out.json]
// --workload agent: sequential health-check workflows at zero model latency
// (what the bench's agent figure times), divided by the steps they took;
// --workload mcp: sequential tools/call get_service_status over HTTP with the
// official client (the bench's MCP round trip), divided by the calls.
// Not part of `npm run bench` (a profile is for reading, not a figure to gate).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { STANDALONE_SERVER } from '../lib/build.mjs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** The bucket a frame's self time counts in. */
export function category(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : `(native) ${fn}`;
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    const pkg = rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
    if (pkg === 'next') return url.includes('/compiled/') ? 'next (compiled deps)' : 'next';
    return pkg;
  }
  if (url.includes('/.next/server/chunks/')) return 'app chunks (.next/server/chunks)';
  if (url.includes('/.next/server/')) return 'app routes (.next/server)';
  return url.replace(/^file:\/\//, '');
}

/** Self time by package and by function, of the samples taken from `fromUs` after the profile began. */
/** Packages grouped by what they do, for the breakdown in docs/benchmarks.md. */
const GROUPS: Array<[string, RegExp]> = [
  ['OpenTelemetry (spans, context, HTTP instrumentation, metrics)', /opentelemetry|require-in-the-middle|module-details/],
  ['async_hooks (the context OTel and Next.js carry across awaits)', /^node:async_hooks/],
  ['PGlite and Prisma (queries: the request and the background jobs)', /pglite|^wasm:|@prisma/],
  ['app code (route handler, in-app span processor, monitoring)', /^app /],
  ['Next.js (router, request handling, route runtime)', /^next/],
  ['Node.js HTTP, streams, sockets, promises', /^node:|^\(native\)|runMicrotasks/],
  ['garbage collector', /garbage/],
];

export function grouped(byCategory: Array<[string, number]>): Array<[string, number]> {
  const out = new Map<string, number>();
  for (const [k, us] of byCategory) {
    if (k === '(idle)' || k === '(program)') continue;
    const g = GROUPS.find(([, re]) => re.test(k))?.[0] ?? 'other';
    out.set(g, (out.get(g) ?? 0) + us);
  }
  return [...out].sort((a, b) => b[1] - a[1]);
}

export function summarize(profile: CpuProfile, fromUs = 0) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  let at = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    if (at < fromUs) continue;
    selfUs.set(profile.samples[i]!, (selfUs.get(profile.samples[i]!) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const byCategory = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const cat = category(url, functionName || '(anonymous)');
    byCategory.set(cat, (byCategory.get(cat) ?? 0) + us);
    const fnKey = `${functionName || '(anonymous)'} ${cat}${url ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(fnKey, (byFunction.get(fnKey) ?? 0) + us);
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { totalUs: profile.endTime - profile.startTime, byCategory: sorted(byCategory), byFunction: sorted(byFunction) };
}

/** CPU time a process has used so far (user + system), from /proc (Linux). */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks (USER_HZ = 100)
}

/** A TCP port free on loopback right now (the kernel's pick). */
export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((r) => probe.close(() => r()));
  return port;
}

/** One unit of a workload, repeated for a while: answers how many units (requests, steps, calls) it served. */
type Workload = (base: string, seconds: number) => Promise<{ units: number; unit: string; note?: string }>;

async function repeatFor(seconds: number, once: () => Promise<number>): Promise<number> {
  const until = performance.now() + seconds * 1000;
  let units = 0;
  while (performance.now() < until) units += await once();
  return units;
}

interface WorkloadOptions {
  path: string;
  connections: number;
  /** Requests per second in all (autocannon's overallRate); unset: as fast as the server goes. */
  rate?: number;
}

const WORKLOADS: Record<string, (options: WorkloadOptions) => Workload> = {
  get: ({ path: p, connections, rate }) => async (base, seconds) => {
    const result = await autocannon({ url: base + p, connections, duration: seconds, ...(rate ? { overallRate: rate } : {}) });
    return { units: result.requests.total, unit: 'request', note: `${result.requests.average} req/s` };
  },
  agent: () => async (base, seconds) => {
    let runs = 0;
    const steps = await repeatFor(seconds, async () => {
      const r = await fetch(`${base}/api/workflows`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ model: 'A', scenario: 'health-check' }) });
      const { run } = (await r.json()) as { run: { toolCalls: number; status: string } };
      if (run.status !== 'succeeded') throw new Error(`workflow ${run.status}`);
      runs += 1;
      return run.toolCalls + 1;
    });
    return { units: steps, unit: 'step', note: `${runs} workflows` };
  },
  mcp: () => async (base, seconds) => {
    const client = new Client({ name: 'aimon-profile', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${base}/api/mcp`)));
    try {
      const calls = await repeatFor(seconds, async () => {
        await client.callTool({ name: 'get_service_status', arguments: { service: 'redis' } });
        return 1;
      });
      return { units: calls, unit: 'call' };
    } finally {
      await client.close();
    }
  },
};

/** Waits until `minMs` after `since` and then until the process uses under 10 % of a core for 2 s (at most 60 s more). */
async function settle(pid: number, since: number, minMs: number): Promise<void> {
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
  if (performance.now() - since < minMs) await wait(minMs - (performance.now() - since));
  const giveUp = performance.now() + 60_000;
  while (performance.now() < giveUp) {
    if (!existsSync(`/proc/${pid}`)) throw new Error('the server exited before the load began');
    const before = cpuMs(pid);
    await wait(2_000);
    if (cpuMs(pid) - before < 200) return;
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      path: { type: 'string', default: '/api/health/live' },
      seconds: { type: 'string', default: '10' },
      env: { type: 'string', multiple: true, default: [] },
      top: { type: 'string', default: '25' },
      server: { type: 'string' },
      connections: { type: 'string', default: '20' },
      workload: { type: 'string', default: 'get' },
      // Left out of the figures (loading and compiling the route); the start-up's one-off work is
      // already behind it (--settle).
      warmup: { type: 'string', default: '5' },
      // Requests per second in all (autocannon's overallRate): servers compared at the same rate carry
      // the same share of the background jobs' fixed cost per request. Unset: as fast as they go.
      // --workload get only (agent and mcp are sequential).
      rate: { type: 'string' },
      settle: { type: 'string', default: '40' },
      // The ceiling (bench/ceiling) has no readiness route: `--server <its server.js> --ready /api/health/live`.
      ready: { type: 'string', default: '/api/health/ready' },
      // Every function's self time per request, as JSON, for comparing two profiles function by function.
      json: { type: 'string' },
    },
  });
  const makeWorkload = WORKLOADS[values.workload];
  if (!makeWorkload) throw new Error(`--workload: one of ${Object.keys(WORKLOADS).join(', ')}`);
  if (values.rate && values.workload !== 'get') throw new Error('--rate: for --workload get only (agent and mcp are sequential)');
  const workload = makeWorkload({ path: values.path, connections: Number(values.connections), rate: values.rate ? Number(values.rate) : undefined });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aimon-prof-'));
  const port = await freePort();
  const spawned = performance.now();
  const extra = Object.fromEntries(values.env.map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
  const child = spawn(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, path.resolve(values.server ?? STANDALONE_SERVER)], {
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      HOSTNAME: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'error',
      AIMON_DATA_DIR: path.join(dir, 'data'),
      ADMIN_TOKEN: 'bench-admin-token-0123456789',
      RATE_LIMIT_READ_PER_MIN: '1000000',
      RATE_LIMIT_EXPENSIVE_PER_MIN: '1000000',
      // The model answers at once: what is left of a step is the app's own work.
      AIMON_SIM_LATENCY_SCALE: '0',
      // AIMon handles SIGTERM itself (and exits, which writes the profile); another server (the
      // ceiling) is left Next.js's handler, or SIGTERM would end it before the profile is written.
      ...(values.server ? {} : { NEXT_MANUAL_SIG_HANDLE: 'true' }),
      ...extra,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  // Ready, not live: live answers before the database has opened, and opening PGlite is not a request's cost.
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}${values.ready}`)).ok) break;
    } catch {
      // not yet
    }
    if (i > 1800) throw new Error('server not ready');
    await new Promise((r) => setTimeout(r, 100));
  }
  // The start-up's deferred work (the labelled grounding set is evaluated 30 s after start, a CPU
  // for a second or more on a loaded machine) is not a request's: wait it out, then until idle.
  await settle(child.pid!, spawned, Number(values.settle) * 1000);
  // Warm-up outside the figures would still be in the profile: keep it short against the measured load.
  // Start-up and warm-up (loading and compiling the route) are left out of the figures.
  await workload(base, Number(values.warmup));
  const measuredFromUs = (performance.now() - spawned) * 1000;
  const cpuBefore = cpuMs(child.pid!);
  const wallBefore = performance.now();
  const result = await workload(base, Number(values.seconds));
  const wallMs = performance.now() - wallBefore;
  const cpuUsed = cpuMs(child.pid!) - cpuBefore;
  const requests = result.units;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile written in ${dir}`);
  const summary = summarize(JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile, measuredFromUs);
  const perRequest = (us: number) => (us / requests).toFixed(1);
  const what = values.workload === 'get' ? values.path : values.workload;
  if (values.json) {
    const perFn = Object.fromEntries(summary.byFunction.map(([fn, us]) => [fn, Math.round((10 * us) / requests) / 10]));
    writeFileSync(values.json, JSON.stringify({ workload: what, unit: result.unit, units: requests, cpuUsPerUnit: (1000 * cpuUsed) / requests, loadavg: os.loadavg(), byFunction: perFn }, null, 1));
  }
  console.log(`${what}: ${requests} ${result.unit}s in ${values.seconds} s${result.note ? ` (${result.note})` : ''}, after ${values.warmup} s of warm-up (samples from ${(measuredFromUs / 1e6).toFixed(1)} s on); wall ${((1000 * wallMs) / requests).toFixed(1)} µs and server CPU ${((1000 * cpuUsed) / requests).toFixed(1)} µs per ${result.unit} (user + system, from /proc); profile ${path.join(dir, file)}`);
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(' / ')}`);
  const groups = grouped(summary.byCategory);
  const busy = groups.reduce((t, [, us]) => t + us, 0);
  console.log('\nshare of busy CPU samples, grouped:');
  for (const [g, us] of groups) console.log(`  ${((100 * us) / busy).toFixed(1).padStart(5)} %  ${g}`);
  console.log(`\nself time per ${result.unit} (µs), by package:`);
  for (const [cat, us] of summary.byCategory.slice(0, Number(values.top))) console.log(`  ${perRequest(us).padStart(8)}  ${cat}`);
  console.log('\nby function:');
  for (const [fn, us] of summary.byFunction.slice(0, Number(values.top))) console.log(`  ${perRequest(us).padStart(8)}  ${fn}`);
}

if (process.argv[1] && /profile\.ts$/.test(process.argv[1])) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
