// Soak run: mixed load against the production server for a while, then a
// verdict. Not part of `npm test` (it takes minutes); meant for `npm run bench`.
//
//   npm run soak                     # 10 minutes, 16 clients, embedded database
//   SOAK_MINUTES=2 SOAK_CLIENTS=8 npm run soak
//   DATABASE_URL=postgresql://… REDIS_URL=redis://… npm run soak
//
// It starts .next/standalone/server.js (building first if needed) with budgets
// high enough that the limiter does not shape the load (429s are counted, not
// failures), and drives pages, reads, sessions, wrong and right admin logins,
// malformed bodies and unknown paths. It passes when no response is a 5xx,
// no request fails at the network level, and the server's resident memory at
// the end is within 15 % of its level after warm-up (median of the first and
// last minute's samples).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ensureBuild, STANDALONE_SERVER } from './lib/build.mjs';

const minutes = Number(process.env.SOAK_MINUTES ?? 10);
const clients = Number(process.env.SOAK_CLIENTS ?? 16);
const maxGrowth = Number(process.env.SOAK_MAX_MEMORY_GROWTH ?? 0.15);
const WARMUP_MS = Math.min(60_000, minutes * 60_000 * 0.2);
const SAMPLE_MS = 5_000;
const ADMIN_TOKEN = 'soak-admin-token-0123456789abcdef';

ensureBuild();
const port = await new Promise((resolve) => {
  const probe = net.createServer().listen(0, '127.0.0.1', () => {
    const { port: p } = probe.address();
    probe.close(() => resolve(p));
  });
});
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aimon-soak-'));
const server = spawn(process.execPath, [path.resolve(STANDALONE_SERVER)], {
  env: {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    PORT: String(port),
    HOSTNAME: '127.0.0.1',
    AIMON_DATA_DIR: dataDir,
    ADMIN_TOKEN,
    LOG_LEVEL: 'warn',
    RATE_LIMIT_READ_PER_MIN: '1000000',
    RATE_LIMIT_LOGIN_PER_MIN: '1000000',
    RATE_LIMIT_CHAT_PER_MIN: '1000000',
    RATE_LIMIT_EXPENSIVE_PER_MIN: '1000000',
  },
  stdio: ['ignore', 'ignore', 'pipe'],
});
let serverErrors = '';
server.stderr.on('data', (d) => (serverErrors += d));
const base = `http://127.0.0.1:${port}`;

for (let ready = false; !ready; ) {
  if (server.exitCode !== null) throw new Error(`server exited:\n${serverErrors}`);
  ready = await fetch(`${base}/api/health/ready`).then((r) => r.ok, () => false);
  if (!ready) await new Promise((r) => setTimeout(r, 300));
}

const json = (body) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body });
const MIX = [
  [5, () => ['/', {}]],
  [2, () => ['/monitoring', {}]],
  [8, () => ['/api/health', {}]],
  [4, () => ['/api/session', {}]],
  [2, () => ['/api/admin/login', json(JSON.stringify({ token: 'wrong-token' }))]],
  [1, () => ['/api/admin/login', json(JSON.stringify({ token: ADMIN_TOKEN }))]],
  [1, () => ['/api/admin/logout', { method: 'POST' }]],
  [2, () => ['/api/admin/audit?limit=50', { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } }]],
  [2, () => ['/api/admin/login', json('{"token":' + 'x'.repeat(Math.floor(Math.random() * 5000)))]],
  [1, () => ['/api/no-such-thing', { method: 'DELETE' }]],
];
const totalWeight = MIX.reduce((sum, [w]) => sum + w, 0);
function pick() {
  let r = Math.random() * totalWeight;
  for (const [w, make] of MIX) if ((r -= w) < 0) return make();
  return MIX[0][1]();
}

const counts = { total: 0, status5xx: 0, limited: 0, networkErrors: 0 };
const latencies = [];
const memory = [];
const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
const started = Date.now();
const endAt = started + minutes * 60_000;
const sampler = setInterval(() => memory.push({ at: Date.now() - started, rss: rss() }), SAMPLE_MS);

async function client() {
  while (Date.now() < endAt) {
    const [pathname, init] = pick();
    const t0 = performance.now();
    try {
      const response = await fetch(base + pathname, { ...init, signal: AbortSignal.timeout(30_000) });
      await response.arrayBuffer();
      counts.total += 1;
      if (response.status >= 500) counts.status5xx += 1;
      if (response.status === 429) counts.limited += 1;
      latencies.push(performance.now() - t0);
    } catch {
      counts.networkErrors += 1;
    }
  }
}
const progress = setInterval(() => {
  const left = Math.max(0, Math.round((endAt - Date.now()) / 1000));
  console.log(`soak: ${counts.total} requests, ${counts.status5xx} 5xx, rss ${(rss() / 2 ** 20).toFixed(0)} MiB, ${left} s left`);
}, 30_000);
await Promise.all(Array.from({ length: clients }, client));
clearInterval(sampler);
clearInterval(progress);
server.kill('SIGTERM');
rmSync(dataDir, { recursive: true, force: true });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const afterWarmup = memory.filter((m) => m.at >= WARMUP_MS);
const firstMinute = afterWarmup.filter((m) => m.at < WARMUP_MS + 60_000).map((m) => m.rss);
const lastMinute = afterWarmup.filter((m) => m.at >= minutes * 60_000 - 60_000).map((m) => m.rss);
const growth = firstMinute.length && lastMinute.length ? median(lastMinute) / median(firstMinute) - 1 : 0;
latencies.sort((a, b) => a - b);
const p = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]?.toFixed(1);
const report = {
  minutes,
  clients,
  ...counts,
  requestsPerSec: Math.round(counts.total / ((Date.now() - started) / 1000)),
  latencyMs: { p50: p(0.5), p95: p(0.95), p99: p(0.99) },
  rssMiB: { afterWarmup: +(median(firstMinute) / 2 ** 20).toFixed(1), end: +(median(lastMinute) / 2 ** 20).toFixed(1) },
  memoryGrowth: `${(growth * 100).toFixed(1)} %`,
};
console.log(JSON.stringify(report, null, 2));
const failures = [
  counts.status5xx > 0 && `${counts.status5xx} responses were 5xx`,
  counts.networkErrors > 0 && `${counts.networkErrors} requests failed at the network level`,
  growth > maxGrowth && `memory grew ${(growth * 100).toFixed(1)} % (limit ${maxGrowth * 100} %)`,
].filter(Boolean);
if (failures.length) {
  console.error(`soak FAILED: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('soak passed');
