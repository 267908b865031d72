// The first half of the container test: a Docker engine, the stand-in base image (debootstrap + Node.js
// 24, cached) and the image's dependency stage (`npm ci` inside the image), optionally its build stage
// (`next build` inside the image), built from the README's own `docker build` command. The container
// test calls it first; npm test runs it on its own (`node scripts/docker/prepare.mjs`) in the background,
// the engine and base image while the host builds the app, the two stages during Playwright, so the
// container test later finds every layer in the engine's cache.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { fileURLToPath } from 'node:url';
import { ensureBaseImage } from './base-image.mjs';
import { cacheDir } from './cache.mjs';
import { docker, ensureEngine } from './engine.mjs';
import { adapt, sectionCommands } from './readme-commands.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CA_FILE = path.join(ROOT, 'deploy/ca-certificates/aimon-test-proxy-ca.crt');
/** Tags that keep the first two stages' layers when leftovers are pruned. */
export const STAGE_TAGS = { deps: 'aimon-test-cache:deps', build: 'aimon-test-cache:build' };

/** The README's "Run the container" command blocks (the embedded one first, then PostgreSQL). */
export function readmeBlocks() {
  return sectionCommands(readFileSync(path.join(ROOT, 'README.md'), 'utf8'), '## Run the container');
}

/**
 * The README's `docker build`, adapted to this machine, building one stage under its own tag. `cpus`
 * caps the build's RUN steps (a CFS quota, as `docker run --cpus` does) when it shares the machine
 * with timed tests; the cap is not part of the layer cache's key, so a later uncapped build of the same
 * context finds these layers.
 */
export function stageBuildArgv(target, baseImage, { cpus } = {}) {
  const build = readmeBlocks()[0].find((argv) => argv[1] === 'build');
  assert.ok(build, 'README "Run the container" has no `docker build`');
  const argv = adapt(build, { image: STAGE_TAGS[target], baseImage });
  const cap = cpus ? ['--cpu-period', '100000', '--cpu-quota', String(Math.round(cpus * 100_000))] : [];
  return [argv[1], '--target', target, ...cap, ...argv.slice(2)];
}

/** Certificates of NODE_EXTRA_CA_CERTS that Node does not already trust: this machine's proxy CA. */
function extraCertificates() {
  const file = process.env.NODE_EXTRA_CA_CERTS;
  if (!file || !existsSync(file)) return [];
  const known = new Set(tls.rootCertificates.map((pem) => new X509Certificate(pem).fingerprint256));
  const pems = readFileSync(file, 'utf8').match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  return pems.filter((pem) => {
    try {
      return !known.has(new X509Certificate(pem).fingerprint256);
    } catch {
      return false;
    }
  });
}

/**
 * A throw-away CA when the machine has no proxy, so the extra-CA path is exercised all the same. Kept in
 * the cache folder: the same file on every run keeps the dependency stage's layers cached.
 */
function throwawayCertificate() {
  const kept = path.join(cacheDir(), 'throwaway-ca.pem');
  if (existsSync(kept)) return readFileSync(kept, 'utf8');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aimon-ca-'));
  try {
    const result = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=aimon-test-ca',
      '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'ca.pem')], { encoding: 'utf8' });
    assert.equal(result.status, 0, `openssl: ${result.stderr}`);
    const pem = readFileSync(path.join(dir, 'ca.pem'), 'utf8');
    mkdirSync(cacheDir(), { recursive: true });
    writeFileSync(kept, pem);
    return pem;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** As the README says for a proxy: its CA in deploy/ca-certificates/, the same bytes on every call. */
export function writeExtraCa() {
  const machine = extraCertificates();
  const pems = machine.length ? machine : [throwawayCertificate()];
  writeFileSync(CA_FILE, `${pems.join('\n')}\n`);
  return { pems, fromMachine: machine.length > 0 };
}

export function removeExtraCa() {
  rmSync(CA_FILE, { force: true });
}

/**
 * Engine, base image and the dependency stage, with the extra CA in the build context; `through: 'base'`
 * stops before the dependency stage, `through: 'build'` goes on to the build stage (`next build` in the
 * image); `cpus` caps both stages. The CA file is left in place when `keepCa` is set (the caller builds
 * the later stages with the same context).
 */
export async function prepare({ log = console.log, keepCa = false, through = 'deps', cpus } = {}) {
  const engine = await ensureEngine().catch((error) => {
    throw new Error(`Docker engine unavailable: ${error.message}`);
  });
  log(`Docker engine ${engine}`);
  let started = Date.now();
  const baseImage = ensureBaseImage({ log });
  log(`base image ${baseImage} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (through === 'base') return { engine, baseImage };
  const ca = writeExtraCa();
  log(`extra CA for the dependency stage: ${ca.pems.length} certificate(s) (${ca.fromMachine ? 'this machine\'s proxy' : 'throw-away'})`);
  try {
    started = Date.now();
    docker(stageBuildArgv('deps', baseImage, { cpus }));
    log(`stage deps${cpus ? ` (at most ${cpus} CPU)` : ''}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (through === 'build') {
      started = Date.now();
      docker(stageBuildArgv('build', baseImage, { cpus }));
      log(`stage build (next build in the image${cpus ? `, at most ${cpus} CPU` : ''}): ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    if (!keepCa) removeExtraCa();
  }
  return { engine, baseImage, ca };
}

// node scripts/docker/prepare.mjs [--through base|deps|build] [--cpus N]
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const option = (name) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? process.argv[at + 1] : undefined;
  };
  const cpus = option('--cpus') === undefined ? undefined : Number(option('--cpus'));
  assert.ok(cpus === undefined || (cpus > 0 && cpus <= os.cpus().length), '--cpus takes a number of CPUs');
  prepare({ log: (line) => console.log(`  ${line.trim()}`), through: option('--through') ?? 'deps', cpus }).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
