// Benchmark of the monitoring core (not a test: numbers depend on the machine).
//   npx tsx scripts/bench/monitoring.ts [--base http://127.0.0.1:3000]
// 1. cost of recording one request (aim: under 2 µs)
// 2. memory of the monitoring state after one million requests (aim: under 20 MB)
// 3. /api/metrics p95 with a full window (aim: under 20 ms): the in-process report
//    always; over HTTP as well with --base (it first fills the server's window).
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import { RequestWindows } from '../../lib/monitoring/request-windows';
import type { RequestSample } from '../../lib/telemetry/request-sample';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const ROUTES = Array.from({ length: 40 }, (_, i) => `/api/bench/${i}`);
const STATUSES = [200, 200, 200, 200, 200, 200, 200, 201, 404, 500];

function samples(n: number, start: number): RequestSample[] {
  return Array.from({ length: n }, (_, i) => ({
    route: ROUTES[i % ROUTES.length]!,
    path: ROUTES[i % ROUTES.length]!,
    method: i % 5 === 0 ? 'POST' : 'GET',
    status: STATUSES[i % STATUSES.length]!,
    durationMs: 5 + ((i * 7919) % 1000) * Math.random(),
    endMs: start + i * 3, // ~333 req/s: a million spans about an hour
    traceId: 'a'.repeat(32),
    sessionId: `s${i % 500}`,
  }));
}

function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
}

const fmt = (n: number, digits = 2) => n.toFixed(digits);

function main() {
  const N = 1_000_000;
  const start = Date.now() - N * 3;
  // A reusable batch (alive before and after, so it does not count as state); each pass shifts its times.
  const CHUNK = 100_000;
  const batch = samples(CHUNK, start);
  let clock = start;
  const options = { capacity: 10_000, slowMs: 5_000, timeoutMs: 30_000, sessionWindowMs: 900_000, now: () => clock };

  // 1 + 2: record a million requests into fresh windows.
  gc();
  // Typed arrays live outside the JS heap: count both.
  const used = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const heapBefore = used();
  const windows = new RequestWindows(options);
  const t0 = performance.now();
  for (let pass = 0; pass < N / CHUNK; pass += 1) {
    for (const s of batch) {
      if (pass > 0) s.endMs += CHUNK * 3;
      clock = s.endMs;
      windows.record(s);
    }
  }
  const perRequestUs = ((performance.now() - t0) * 1000) / N;
  gc();
  const heapAfter = used();
  const stateMb = (heapAfter - heapBefore) / 1024 / 1024;

  // 3: what /api/metrics computes in memory, with a full last-N window.
  const times: number[] = [];
  for (let i = 0; i < 200; i += 1) {
    const t = performance.now();
    windows.lastRequests();
    windows.window('1m', 60);
    windows.window('5m', 300);
    windows.window('1h', 3600);
    windows.series('fine');
    windows.series('minute');
    windows.topEndpoints(10);
    windows.breakdown();
    windows.slowRequests();
    windows.activeSessions();
    times.push(performance.now() - t);
  }

  console.log('monitoring bench');
  console.log(`  record one request:          ${fmt(perRequestUs, 3)} µs   (aim < 2 µs)`);
  console.log(`  state after 1 000 000 reqs:  ${fmt(stateMb)} MB   (aim < 20 MB)`);
  console.log(`  metrics report (in process): p50 ${fmt(percentile(times, 0.5))} ms, p95 ${fmt(percentile(times, 0.95))} ms   (aim p95 < 20 ms)`);
  // Keep the batch reachable until after the heap was measured.
  if (batch.length !== CHUNK) throw new Error('unreachable');
  return { perRequestUs, stateMb, reportP95Ms: percentile(times, 0.95) };
}

async function overHttp(base: string) {
  const fill = 10_000;
  console.log(`  filling ${base}'s window with ${fill} requests…`);
  let sent = 0;
  const worker = async () => {
    while (sent < fill) {
      sent += 1;
      await fetch(`${base}/api/demo/work?ms=0`).then((r) => r.arrayBuffer()).catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  const times: number[] = [];
  for (let i = 0; i < 100; i += 1) {
    const t = performance.now();
    await (await fetch(`${base}/api/metrics`)).arrayBuffer();
    times.push(performance.now() - t);
  }
  console.log(`  GET /api/metrics over HTTP:  p50 ${fmt(percentile(times, 0.5))} ms, p95 ${fmt(percentile(times, 0.95))} ms   (aim p95 < 20 ms)`);
}

const { values } = parseArgs({ options: { base: { type: 'string' } } });
main();
if (values.base) {
  overHttp(values.base.replace(/\/+$/, '')).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
