import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BASELINE_ONLY_WASM_FLAGS } from './wasm-tiers';

/** How a data directory came to be ready: it was already, a child process made it, or this process must (initdb on open). */
export type InitdbOutcome = 'existing' | 'child' | 'in-process';

/** PostgreSQL writes PG_VERSION into a data directory as initdb finishes its first step. */
export function isInitialised(dataDir: string): boolean {
  return existsSync(path.join(/* turbopackIgnore: true */ dataDir, 'PG_VERSION'));
}

// Runs in the child: PGlite's own initdb, nothing of the app. Arguments come through the
// environment (a plain `node -e` script cannot take named ones), never a secret.
const CHILD_SCRIPT = `
const { PGlite } = await import(process.env.AIMON_PGLITE_MODULE);
const db = await PGlite.create(process.env.AIMON_PGLITE_DIR, { startParams: JSON.parse(process.env.AIMON_PGLITE_START_PARAMS) });
await db.close();
`;

/**
 * Creates an embedded data directory (initdb) in a child process that exits,
 * so that the server only ever opens an initialised directory.
 *
 * Why: PGlite runs initdb inside its WebAssembly, and what it mallocs on the
 * way stays in glibc's main arena for the rest of the process. Measured on the
 * standalone server, a first start on an empty directory: the main malloc
 * heap at 80 – 88 MiB for the process's life (ten minutes of soak later still
 * 88), against 30 MiB when the directory had been initialised by another
 * process, and the idle server at ~280 MiB against ~230 MiB. A warm start
 * never pays it; a first start did, for as long as that server ran.
 *
 * The child writes into a sibling directory, renamed into place once initdb
 * has finished, so that a child killed half-way never leaves a directory that
 * looks initialised. If the child cannot run (no PGlite to resolve from the
 * working directory, a sandbox without child processes), the caller's own
 * PGlite does the initdb as before: 'in-process'.
 */
export function initialiseInChild(dataDir: string, startParams: string[], options: { wasmTierUp?: boolean; timeoutMs?: number } = {}): Promise<InitdbOutcome> {
  // A retry while the first attempt's child still runs (a slow initdb on a busy machine) waits for that one.
  const key = path.resolve(dataDir);
  let attempt = inFlight.get(key);
  if (!attempt) {
    attempt = initialise(dataDir, startParams, options).finally(() => inFlight.delete(key));
    inFlight.set(key, attempt);
  }
  return attempt;
}

const inFlight = new Map<string, Promise<InitdbOutcome>>();

async function initialise(dataDir: string, startParams: string[], options: { wasmTierUp?: boolean; timeoutMs?: number }): Promise<InitdbOutcome> {
  if (isInitialised(dataDir)) return 'existing';
  // Something that is not a database is there: PGlite says what, as it did before.
  if (existsSync(dataDir) && (await readdir(/* turbopackIgnore: true */ dataDir)).length > 0) return 'in-process';
  const pgliteModule = resolvePglite();
  if (!pgliteModule) return 'in-process';
  const staging = `${dataDir}.initdb-${process.pid}-${randomBytes(4).toString('hex')}`;
  await rm(/* turbopackIgnore: true */ staging, { recursive: true, force: true });
  await mkdir(/* turbopackIgnore: true */ path.dirname(dataDir), { recursive: true });
  const ok = await runChild(staging, startParams, pgliteModule, options);
  if (!ok || !isInitialised(staging)) {
    await rm(/* turbopackIgnore: true */ staging, { recursive: true, force: true });
    return 'in-process';
  }
  try {
    // An empty directory in the way (made by a caller, or by an earlier start that stopped here) goes first.
    if (existsSync(dataDir)) await rmdir(/* turbopackIgnore: true */ dataDir);
    await rename(/* turbopackIgnore: true */ staging, /* turbopackIgnore: true */ dataDir);
    return 'child';
  } catch {
    // Someone wrote into it meanwhile: theirs stays, and PGlite opens it as before.
    await rm(/* turbopackIgnore: true */ staging, { recursive: true, force: true });
    return 'in-process';
  }
}

/** PGlite's entry point as the server resolves it (in the standalone build, its node_modules beside server.js). */
function resolvePglite(): string | undefined {
  try {
    const require = createRequire(path.join(/* turbopackIgnore: true */ process.cwd(), 'package.json'));
    return pathToFileURL(require.resolve('@electric-sql/pglite')).href;
  } catch {
    return undefined;
  }
}

function runChild(dir: string, startParams: string[], pgliteModule: string, options: { wasmTierUp?: boolean; timeoutMs?: number }): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [...(options.wasmTierUp ? [] : [BASELINE_ONLY_WASM_FLAGS]), '--input-type=module', '-e', CHILD_SCRIPT],
      {
        // Only what initdb needs: none of the server's secrets reach the child.
        env: { NODE_ENV: process.env.NODE_ENV, PATH: process.env.PATH ?? '', AIMON_PGLITE_MODULE: pgliteModule, AIMON_PGLITE_DIR: dir, AIMON_PGLITE_START_PARAMS: JSON.stringify(startParams) },
        stdio: ['ignore', 'ignore', 'ignore'],
        timeout: options.timeoutMs ?? 120_000,
      },
    );
    child.once('error', () => resolve(false));
    child.once('exit', (code) => resolve(code === 0));
  });
}
