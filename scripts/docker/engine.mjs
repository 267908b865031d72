// The Docker engine for the container tests. When none answers, start Debian's dockerd with no bridge and
// no iptables rules: every build and container then runs with `--network host`, so all traffic stays on
// the machine's own interfaces and nothing else on the host network changes.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import { cacheDir } from './cache.mjs';

const START_TIMEOUT_MS = 60_000;

export function docker(args, { input, allowFailure = false, env } = {}) {
  const result = spawnSync('docker', args, {
    encoding: 'utf8',
    input,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, DOCKER_BUILDKIT: '0', ...env },
  });
  if (result.error) throw new Error(`docker ${args[0]}: ${result.error.message}`);
  if (result.status !== 0 && !allowFailure) {
    // Both streams: the classic builder writes the failing step's own output (a compiler error) to
    // stdout and only its deprecation notice and "returned a non-zero code" to stderr.
    const output = [result.stdout.trim().slice(-6000), result.stderr.trim().slice(-2000)].filter(Boolean).join('\n');
    throw new Error(`docker ${args.join(' ')} exited ${result.status ?? result.signal}:\n${output}`);
  }
  return result;
}

function engineAnswers() {
  const result = spawnSync('docker', ['version', '--format', '{{.Server.Version}}'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function findDockerd() {
  for (const dir of (process.env.PATH ?? '').split(':').concat(['/usr/sbin', '/usr/bin'])) {
    const candidate = path.join(dir, 'dockerd');
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Returns the engine's version; starts dockerd when nothing answers, or throws saying what to do. */
export async function ensureEngine() {
  if (spawnSync('docker', ['--version']).status !== 0) {
    throw new Error('the docker command is missing: install Debian\'s docker.io (apt-get install -y docker.io)');
  }
  const running = engineAnswers();
  if (running) return running;
  const dockerd = findDockerd();
  if (!dockerd) throw new Error('no Docker engine answers and dockerd is not installed: apt-get install -y docker.io');
  if (process.getuid?.() !== 0) {
    throw new Error('no Docker engine answers and starting dockerd needs root: run `sudo dockerd --bridge=none --iptables=false` first');
  }
  const logDir = cacheDir();
  mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, 'dockerd.log');
  const log = openSync(logFile, 'a');
  // Detached: the engine outlives this test run, so the next run (and its layer cache) finds it warm.
  const child = spawn(dockerd, ['--bridge=none', '--iptables=false', '--ip6tables=false'], {
    detached: true,
    stdio: ['ignore', log, log],
  });
  child.unref();
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const version = engineAnswers();
    if (version) return version;
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`dockerd did not come up within ${START_TIMEOUT_MS / 1000} s; see ${logFile}`);
}
