// Shared by the traffic scripts: where the app is, how fast to go, and a loop
// that sends requests at a steady rate and reports what came back.
import { parseArgs } from 'node:util';

export interface DriveOptions {
  base: string;
  token: string | undefined;
  rps: number;
  durationSec: number;
}

export function options(defaults: Partial<DriveOptions> = {}): DriveOptions {
  const { values } = parseArgs({
    options: {
      base: { type: 'string' },
      token: { type: 'string' },
      rps: { type: 'string' },
      duration: { type: 'string' },
    },
  });
  return {
    base: (values.base ?? process.env.AIMON_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, ''),
    token: values.token ?? process.env.ADMIN_TOKEN,
    rps: Number(values.rps ?? defaults.rps ?? 10),
    durationSec: Number(values.duration ?? defaults.durationSec ?? 30),
  };
}

/** Sends `pick()` paths at `rps` for `durationSec`; prints a status histogram at the end. */
export async function drive(o: DriveOptions, pick: (i: number) => string): Promise<Map<number, number>> {
  const statuses = new Map<number, number>();
  const deadline = Date.now() + o.durationSec * 1000;
  const pending = new Set<Promise<void>>();
  let i = 0;
  console.log(`→ ${o.base}: ${o.rps} req/s for ${o.durationSec} s`);
  while (Date.now() < deadline) {
    const path = pick(i++);
    const p: Promise<void> = fetch(o.base + path, { signal: AbortSignal.timeout(60_000) })
      .then(async (r) => {
        await r.arrayBuffer();
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      })
      .catch(() => {
        statuses.set(0, (statuses.get(0) ?? 0) + 1);
      })
      .finally(() => pending.delete(p));
    pending.add(p);
    await new Promise((resolve) => setTimeout(resolve, 1000 / o.rps));
  }
  await Promise.all(pending);
  console.log(`← ${i} requests; statuses: ${[...statuses].map(([s, n]) => `${s || 'network error'}×${n}`).join(', ')}`);
  return statuses;
}

export async function admin(o: DriveOptions, method: string, path: string, body?: unknown): Promise<unknown> {
  if (!o.token) throw new Error('This script needs the admin token: --token <ADMIN_TOKEN> or ADMIN_TOKEN=…');
  const r = await fetch(o.base + path, {
    method,
    headers: { Authorization: `Bearer ${o.token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await r.json();
  if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(json)}`);
  return json;
}

/** Prints the alerts open now, so the script shows what it caused. */
export async function showAlerts(o: DriveOptions): Promise<void> {
  const { alerts } = (await (await fetch(`${o.base}/api/alerts?state=open`)).json()) as { alerts: { title: string; state: string; message: string }[] };
  console.log(alerts.length ? alerts.map((a) => `  [${a.state}] ${a.title}: ${a.message}`).join('\n') : '  no open alerts (rules run every few seconds; wait and look at /monitoring)');
}

/** Runs a script's main function (the scripts are CommonJS for tsx: no top-level await). */
export function run(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
