// npm test: everything, in the order that fails fastest.
//   0. in the background from the start: the container's downloads (a Docker engine and the stand-in
//      base image: debootstrap and Node.js 24, scripts/docker/prepare.mjs). They wait on the network
//      more than on the 2 cores, so they overlap step 1.
//   1. the production build (type-checks the whole project; skipped when current)
//   2. vitest: unit tests, then integration tests on PGlite and PostgreSQL, with nothing else running
//   3. Playwright: the built app in Chromium, plus its server processes. Meanwhile, in the background,
//      the image's dependency and build stages (`npm ci` and `next build` in the image), capped at half
//      a CPU: one worker's specs wait on servers, time-outs and polls more than they compute, and the
//      cap leaves them a core and a half.
//   4. the container: the image built and run in a real Docker engine (npm run test:docker), which
//      finds the layers of steps 0 and 3 in the engine's cache and runs the README's commands.
// AIMON_TEST_CONTAINER=0 leaves steps 0, 3's background build and 4 out (a machine without Docker).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuild } from './lib/build.mjs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${label} failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${label} (${seconds} s)`);
}

/** Starts a step in the background, its output kept in a file; `join()` waits and prints it. */
function background(label, command, args) {
  console.log(`\n▶ ${label} (in the background)`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aimon-test-'));
  const logFile = path.join(dir, 'output.log');
  const out = openSync(logFile, 'w');
  const started = Date.now();
  const child = spawn(command, args, { stdio: ['ignore', out, out], env });
  const exited = new Promise((resolve) => {
    child.on('error', (error) => resolve({ code: 1, error, endedAt: Date.now() }));
    child.on('exit', (code, signal) => resolve({ code: code ?? 1, signal, endedAt: Date.now() }));
  });
  const join = async () => {
    const { code, error, endedAt } = await exited;
    // When it ended, not when it was joined: the step before may have outlasted it.
    const seconds = ((endedAt - started) / 1000).toFixed(1);
    console.log(`\n▶ ${label}: output`);
    process.stdout.write(readFileSync(logFile, 'utf8') + (error ? `${error.message}\n` : ''));
    rmSync(dir, { recursive: true, force: true });
    // Not fatal here: the container test repeats these steps (cached when they passed) and fails with the reason.
    if (code === 0) console.log(`✔ ${label} (${seconds} s after it started)`);
    else console.error(`✖ ${label} failed after ${seconds} s (the container tests try again and report)`);
  };
  return { join, stop: () => child.kill('SIGTERM') };
}

const withContainer = process.env.AIMON_TEST_CONTAINER !== '0';
const containerDownloads = withContainer
  ? background('container image: engine and base image', process.execPath, ['scripts/docker/prepare.mjs', '--through', 'base'])
  : undefined;
try {
  ensureBuild();
} catch (error) {
  console.error(`✖ ${error.message}`);
  containerDownloads?.stop();
  process.exit(1);
}
await containerDownloads?.join();
run('unit and integration tests (vitest)', 'npx', ['vitest', 'run']);
const imageBuild = withContainer
  ? background('container image: npm ci and next build in the image, at most half a CPU', process.execPath, ['scripts/docker/prepare.mjs', '--through', 'build', '--cpus', '0.5'])
  : undefined;
// A failing step exits at once; the background build then finishes on its own and removes the extra CA.
run('end-to-end tests (Playwright, Chromium)', 'npx', ['playwright', 'test']);
await imageBuild?.join();
if (withContainer) {
  run('container tests (Docker: the README\'s "Run the container")', process.execPath, ['scripts/docker/container.test.mjs']);
} else {
  console.log('\n(container tests left out: AIMON_TEST_CONTAINER=0)');
}
