// npm start: build if needed, start the standalone server on the embedded
// defaults (or whatever the environment says), and say where it is once ready.
//
// The server runs in this process (not a child): one process, so Ctrl-C and
// systemd's or Docker's SIGTERM to the process group reach the server once
// and its own handler (lib/server/start.ts) shuts it down gracefully,
// instead of a wrapper forwarding a second signal; and no second Node.js
// process's memory just to print a banner.
import { createRequire } from 'node:module';
import path from 'node:path';
import { ensureBuild, STANDALONE_SERVER } from './lib/build.mjs';

const READY_TIMEOUT_MS = 90_000;

try {
  ensureBuild();
} catch (error) {
  console.error(`AIMon: ${error.message}`);
  process.exit(1);
}

const port = process.env.PORT?.trim() || '3000';
const env = {
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  PORT: port,
  // The standalone server changes its working directory to .next/standalone,
  // which every build replaces: anchor the data directory to where we started.
  AIMON_DATA_DIR: path.resolve(process.env.AIMON_DATA_DIR?.trim() || '.data'),
  HOSTNAME: process.env.HOST?.trim() || '0.0.0.0',
  // The app's own SIGTERM handler hands back job leases and closes the database (Next.js would exit at once).
  NEXT_MANUAL_SIG_HANDLE: 'true',
};

Object.assign(process.env, env);

// The generated admin token is printed by the server at start; kept for the banner.
let adminToken;
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  const match = /admin token[^:]*:\s*(\S+)/i.exec(String(chunk));
  if (match) adminToken = match[1];
  return write(chunk, ...rest);
};

// server.js changes the working directory to .next/standalone and starts listening.
const serverPath = path.resolve(STANDALONE_SERVER);
createRequire(serverPath)(serverPath);

const base = `http://127.0.0.1:${port}`;
const deadline = Date.now() + READY_TIMEOUT_MS;
async function get(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(7_000) });
    return { status: response.status, body: await response.json().catch(() => ({})) };
  } catch {
    return undefined;
  }
}

while (Date.now() < deadline) {
  const live = await get(`${base}/api/health/live`);
  if (live?.status === 200) {
    const ready = await get(`${base}/api/health/ready`);
    const lines = [
      '',
      `  AIMon is running at http://localhost:${port}`,
      adminToken
        ? `  Admin token (this run): ${adminToken}  →  http://localhost:${port}/admin/login`
        : '  Admin token: the ADMIN_TOKEN you set',
      ready?.status === 200
        ? `  Database: ${ready.body.database?.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${env.AIMON_DATA_DIR}`}`
        : `  Database not ready yet: ${ready?.body?.reason ?? 'no answer'} (retrying in the background)`,
      '',
    ];
    console.log(lines.join('\n'));
    process.stdout.write = write;
    break;
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
}
