// Builds the production server when the sources changed since the last build,
// and lays out `.next/standalone` the way the Docker image does (static assets
// and public/ beside server.js), so `npm start`, the tests and the image run
// the same thing.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const INPUTS = [
  'app', 'components', 'lib', 'prisma', 'public', 'instrumentation.ts', 'proxy.ts',
  'next.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json',
  // Copied into the build for the pages' labelled-set figures.
  'tests/fixtures/grounding',
];
const STAMP = '.next/aimon-build.json';
export const STANDALONE_SERVER = '.next/standalone/server.js';

function* files(entry) {
  if (!existsSync(entry)) return;
  const stat = statSync(entry);
  if (stat.isFile()) {
    if (!/\.test\.tsx?$/.test(entry)) yield entry;
    return;
  }
  for (const name of readdirSync(entry).sort()) yield* files(path.join(entry, name));
}

/** A hash of every input of the build: paths and contents. */
export function sourceFingerprint(root = process.cwd()) {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of files(path.join(root, input))) {
      hash.update(path.relative(root, file));
      hash.update(readFileSync(file));
    }
  }
  return hash.digest('hex');
}

export function buildIsCurrent(root = process.cwd()) {
  try {
    const stamp = JSON.parse(readFileSync(path.join(root, STAMP), 'utf8'));
    return stamp.fingerprint === sourceFingerprint(root) && existsSync(path.join(root, STANDALONE_SERVER));
  } catch {
    return false;
  }
}

export function ensureBuild({ root = process.cwd(), log = console.log } = {}) {
  if (buildIsCurrent(root)) return false;
  log('AIMon: building the production app (first start or sources changed)…');
  const started = Date.now();
  // Fingerprint what is about to be built, so an edit made during the build triggers the next one.
  const fingerprint = sourceFingerprint(root);
  const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
  const result = spawnSync(process.execPath, [nextBin, 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
  if (result.status !== 0) {
    throw new Error(`next build failed (exit ${result.status ?? result.signal})`);
  }
  const standalone = path.join(root, '.next', 'standalone');
  rmSync(path.join(standalone, '.next', 'static'), { recursive: true, force: true });
  cpSync(path.join(root, '.next', 'static'), path.join(standalone, '.next', 'static'), { recursive: true });
  if (existsSync(path.join(root, 'public'))) {
    cpSync(path.join(root, 'public'), path.join(standalone, 'public'), { recursive: true });
  }
  // The labelled sets' figures, computed once here instead of in every server (lib/grounding/labelled-sets.ts).
  const figures = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', path.join('scripts', 'write-labelled-figures.ts')], { cwd: root, stdio: 'inherit' });
  if (figures.status !== 0) throw new Error(`writing the labelled figures failed (exit ${figures.status ?? figures.signal})`);
  writeFileSync(path.join(root, STAMP), JSON.stringify({ fingerprint, builtAt: new Date().toISOString() }));
  log(`AIMon: build finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}
