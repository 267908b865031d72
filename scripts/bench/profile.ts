// Where a request's CPU goes: starts the standalone server under
// `node --cpu-prof`, loads one endpoint with autocannon, stops the server and
// sums the profile's self time by package (node_modules/<name>, Next.js's
// compiled server, the app's own chunks, Node.js internals, GC) and by
// function, divided by the requests served: microseconds per request.
//   npx tsx scripts/bench/profile.ts [--path /api/health/live] [--seconds 10] [--env KEY=VALUE …] [--top 25]
// Not part of `npm run bench` (a profile is for reading, not a figure to gate).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
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
  ['PGlite and Prisma (the background jobs: sampling, rollups, alert evaluation, leases)', /pglite|^wasm:|@prisma/],
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

async function main() {
  const { values } = parseArgs({
    options: {
      path: { type: 'string', default: '/api/health/live' },
      seconds: { type: 'string', default: '10' },
      env: { type: 'string', multiple: true, default: [] },
      top: { type: 'string', default: '25' },
      server: { type: 'string' },
      connections: { type: 'string', default: '20' },
    },
  });
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
      NEXT_MANUAL_SIG_HANDLE: 'true',
      ...extra,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}${values.path}`;
  // Ready, not live: live answers before the database has opened, and opening PGlite is not a request's cost.
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health/ready`)).ok) break;
    } catch {
      // not yet
    }
    if (i > 600) throw new Error('server not ready');
    await new Promise((r) => setTimeout(r, 100));
  }
  // Warm-up outside the figures would still be in the profile: keep it short against the measured load.
  // Start-up and warm-up (loading and compiling the route) are left out of the figures.
  await autocannon({ url, connections: Number(values.connections), duration: 5 });
  const measuredFromUs = (performance.now() - spawned) * 1000;
  const cpuBefore = cpuMs(child.pid!);
  const result = await autocannon({ url, connections: Number(values.connections), duration: Number(values.seconds) });
  const cpuUsed = cpuMs(child.pid!) - cpuBefore;
  const requests = result.requests.total;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile written in ${dir}`);
  const summary = summarize(JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile, measuredFromUs);
  const perRequest = (us: number) => (us / requests).toFixed(1);
  console.log(`${values.path}: ${result.requests.average} req/s; ${requests} requests in ${values.seconds} s (after 5 s of warm-up); CPU ${((1000 * cpuUsed) / requests).toFixed(1)} µs per request (user + system, from /proc); profile ${path.join(dir, file)}`);
  console.log(`load average ${os.loadavg().map((l) => l.toFixed(2)).join(' / ')}`);
  const groups = grouped(summary.byCategory);
  const busy = groups.reduce((t, [, us]) => t + us, 0);
  console.log('\nshare of busy CPU samples, grouped:');
  for (const [g, us] of groups) console.log(`  ${((100 * us) / busy).toFixed(1).padStart(5)} %  ${g}`);
  console.log('\nself time per request (µs), by package:');
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
