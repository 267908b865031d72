// Side-by-side CPU per request of several servers (a build kept from before a change and the
// current one, say): all started at once, loaded in turn, the order reversed every other round,
// each server's idle CPU (measured between its turns) subtracted. For checking a change on a
// shared machine, where req/s swings with what else runs; not part of `npm run bench`.
//   npx tsx scripts/bench/ab.ts --server before=/tmp/old/server.js --server after=.next/standalone/server.js [--env after:OTEL_SDK_DISABLED=true] [--path /api/health/live] [--rounds 4]
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { cpuMs, freePort } from './profile';

const { values } = parseArgs({
  options: {
    server: { type: 'string', multiple: true, default: [] },
    env: { type: 'string', multiple: true, default: [] },
    path: { type: 'string', default: '/api/health/live' },
    rounds: { type: 'string', default: '4' },
    seconds: { type: 'string', default: '8' },
    connections: { type: 'string', default: '10' },
    ready: { type: 'string', default: '/api/health/live' },
    settle: { type: 'string', default: '45' },
  },
});
let stopping = false;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aimon-ab-'));
  const servers = await Promise.all(
    values.server.map(async (spec) => {
      const [name, file] = spec.split('=') as [string, string];
      const extra = Object.fromEntries(values.env.filter((e) => e.startsWith(`${name}:`)).map((e) => e.slice(name.length + 1).split(/=(.*)/s).slice(0, 2)));
      const port = await freePort();
      const child = spawn(process.execPath, [path.resolve(file)], {
        env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', HOSTNAME: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'error', AIMON_DATA_DIR: path.join(dir, name), ADMIN_TOKEN: 'bench-admin-token-0123456789', RATE_LIMIT_READ_PER_MIN: '1000000', AIMON_SIM_LATENCY_SCALE: '0', ...extra },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      child.once('exit', (code, signal) => {
        if (!stopping) console.error(`${name} exited (code ${code}, signal ${signal}): left out from here on`);
      });
      return { name, child, url: `http://127.0.0.1:${port}`, cpu: [] as number[], rps: [] as number[] };
    }),
  );
  try {
    for (const s of servers) {
      for (let i = 0; ; i++) {
        try {
          if ((await fetch(s.url + values.ready)).ok) break;
        } catch {
          // not yet
        }
        if (i > 900) throw new Error(`${s.name} not ready`);
        await wait(100);
      }
    }
    await wait(Number(values.settle) * 1000);
    for (const s of servers) await autocannon({ url: s.url + values.path, connections: Number(values.connections), duration: 3 });
    for (let round = 0; round < Number(values.rounds); round++) {
      const order = round % 2 ? [...servers].reverse() : servers;
      for (const s of order) {
        if (s.child.exitCode !== null || s.child.signalCode !== null) continue;
        const idle0 = cpuMs(s.child.pid!);
        await wait(2_000);
        const idlePerMs = (cpuMs(s.child.pid!) - idle0) / 2_000;
        const before = cpuMs(s.child.pid!);
        const r = await autocannon({ url: s.url + values.path, connections: Number(values.connections), duration: Number(values.seconds) });
        const used = cpuMs(s.child.pid!) - before - idlePerMs * Number(values.seconds) * 1000;
        s.cpu.push((1000 * used) / r.requests.total);
        s.rps.push(r.requests.average);
      }
      console.log(`round ${round + 1}: ` + servers.map((s) => `${s.name} ${s.cpu.at(-1)?.toFixed(0)} µs ${s.rps.at(-1)?.toFixed(0)} req/s`).join(', ') + `; load ${os.loadavg()[0]!.toFixed(1)}`);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    for (const s of servers) console.log(`${s.name}: median ${median(s.cpu).toFixed(0)} µs CPU/request (${s.cpu.map((c) => c.toFixed(0)).join(', ')}), ${median(s.rps).toFixed(0)} req/s`);
  } finally {
    stopping = true;
    for (const s of servers) s.child.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
