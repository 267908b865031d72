// npm run test:docker: the image built and run for real, following the README's "Run the container".
// Every build and container uses the host network (the engine has no bridge), so all traffic is loopback.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { docker } from './engine.mjs';
import { prepare, readmeBlocks, removeExtraCa, ROOT, stageBuildArgv } from './prepare.mjs';
import { adapt } from './readme-commands.mjs';

// Liveness bounds, not performance aims (those are printed: AIM_READY_MS): on a loaded 2-core machine the
// embedded database's first start took over 60 s. A container that never gets there still fails.
const READY_WITHIN_MS = 180_000;
// From readiness to the HEALTHCHECK's `healthy`: its next probe (every 5 s) answers as /api/health/ready did.
const HEALTHY_AFTER_READY_MS = 60_000;
const STOP_WITHIN_MS = 10_000;
const AIM_APP_LAYERS_MB = 200;
const AIM_READY_MS = 5_000;
const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

const runId = `${process.pid}-${randomBytes(3).toString('hex')}`;
const image = `aimon-test:${runId}`;
const containers = { aimon: `aimon-${runId}`, 'aimon-pg': `aimon-pg-${runId}` };
const volumes = { 'aimon-data': `aimon-data-${runId}` };
const scratchDb = `aimon_docker_${runId.replace(/\W/g, '_')}`;
const scratchUrl = `postgresql://postgres@127.0.0.1:5432/${scratchDb}`;
const created = { containers: new Set(), db: false, caFile: false };

const [embeddedBlock, postgresBlock] = readmeBlocks();
let baseImage;
let markers = []; // base64 lines of the extra CA, searched for in the final image
let caPems = [];
let port;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = server.address();
      server.close(() => resolve(p));
    });
    server.on('error', reject);
  });
}

/** The README command whose docker subcommand (and first argument) match, adapted to this machine. */
function readmeCommand(block, sub, first) {
  const argv = block.find((a) => a[1] === sub && (first === undefined || a[2] === first));
  assert.ok(argv, `README "Run the container" has no \`docker ${sub}${first ? ` ${first}` : ''}\``);
  return adapt(argv, { image, baseImage, containers, volumes, port, env: { DATABASE_URL: scratchUrl } });
}

function sh(argv, options) {
  assert.equal(argv[0], 'docker');
  const result = docker(argv.slice(1), options);
  if (argv[1] === 'run') created.containers.add(result.stdout.trim());
  return result;
}

async function get(url, init) {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
    return { status: response.status, body: await response.json().catch(() => null) };
  } catch {
    return { status: 0, body: null };
  }
}

async function waitFor(what, withinMs, probe) {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${withinMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const base = () => `http://127.0.0.1:${port}`;
/** Readiness 200; on a timeout the error carries the container's state and the end of its log. */
async function ready(container) {
  try {
    return await waitFor('readiness 200', READY_WITHIN_MS, async () => {
      const r = await get(`${base()}/api/health/ready`);
      return r.status === 200 ? r.body : undefined;
    });
  } catch (error) {
    const state = docker(['inspect', '--format', '{{json .State}}', container], { allowFailure: true }).stdout.trim();
    const logs = docker(['logs', '--tail', '30', container], { allowFailure: true });
    throw new Error(`${error.message}\nstate: ${state}\nlog:\n${logs.stdout}${logs.stderr}`, { cause: error });
  }
}

function inspect(container, format) {
  return docker(['inspect', '--format', format, container]).stdout.trim();
}

async function runWorkflow(token) {
  const response = await fetch(`${base()}/api/workflows`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ model: 'A', scenario: 'health-check' }),
    signal: AbortSignal.timeout(60_000),
  });
  const body = await response.json();
  assert.equal(response.status, 201, JSON.stringify(body));
  assert.equal(body.run.status, 'succeeded', JSON.stringify(body.run).slice(0, 500));
  return body.run.id;
}

async function pg(sql, url = POSTGRES_ADMIN_URL) {
  const { default: pgModule } = await import('pg');
  const client = new pgModule.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Times `docker stop` and checks it exits 0 within Docker's own 10 s grace period. */
function stopAndCheck(argv, container) {
  const started = Date.now();
  sh(argv);
  const ms = Date.now() - started;
  assert.ok(ms < STOP_WITHIN_MS, `docker stop took ${ms} ms`);
  assert.equal(inspect(container, '{{.State.ExitCode}}'), '0', 'exit code after docker stop');
  assert.equal(inspect(container, '{{.State.OOMKilled}}'), 'false');
  return ms;
}

before(async () => {
  // Engine, base image, dependency stage (npm test may have run this already in the background: then
  // it finds everything cached). The extra CA stays in the context until the image is built.
  created.caFile = true;
  const prepared = await prepare({ log: (line) => console.log(`# ${line.trim()}`), keepCa: true });
  baseImage = prepared.baseImage;
  caPems = prepared.ca.pems;
  markers = caPems.map((pem) => pem.split('\n').filter((l) => /^[A-Za-z0-9+/]{64}$/.test(l)).at(-2)).filter(Boolean);
});

after(async () => {
  for (const id of created.containers) docker(['rm', '-f', '-v', id], { allowFailure: true });
  for (const name of Object.values(volumes)) docker(['volume', 'rm', '-f', name], { allowFailure: true });
  docker(['image', 'rm', '-f', image], { allowFailure: true });
  // Dangling leftovers of earlier builds (the dependency stage stays tagged, so its npm ci is kept).
  if (!docker(['images', '-q', 'aimon-test']).stdout.trim()) docker(['image', 'prune', '-f'], { allowFailure: true });
  if (created.caFile) removeExtraCa();
  if (created.db) await pg(`DROP DATABASE IF EXISTS ${scratchDb} WITH (FORCE)`).catch(() => undefined);
});

test('deploy/docker-compose.yml is valid for docker-compose', () => {
  const result = spawnSync('docker-compose', ['-f', 'deploy/docker-compose.yml', 'config', '-q'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ADMIN_TOKEN: 'compose-check-admin-token' },
  });
  assert.ok(!result.error, 'docker-compose is missing: apt-get install -y docker-compose');
  assert.equal(result.status, 0, result.stderr);
  // No default admin token: port 3000 is open, so compose refuses to start without one.
  const env = { ...process.env };
  delete env.ADMIN_TOKEN;
  const unset = spawnSync('docker-compose', ['-f', 'deploy/docker-compose.yml', 'config', '-q'], { cwd: ROOT, encoding: 'utf8', env });
  assert.notEqual(unset.status, 0);
  assert.match(unset.stderr, /ADMIN_TOKEN/);
});

test('the README build command builds the image on the Node.js 24 base', () => {
  const argv = readmeCommand(embeddedBlock, 'build');
  // The build stage tagged first (same layers as the README build; the deps stage was in before()), so
  // pruning old images never drops the cache of the latest npm ci and next build: an unchanged context
  // builds in seconds.
  let started = Date.now();
  docker(stageBuildArgv('build', baseImage));
  console.log(`# stage build (next build in the image): ${((Date.now() - started) / 1000).toFixed(1)} s`);
  started = Date.now();
  sh(argv);
  console.log(`# image ${image}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  removeExtraCa();
  const nodeVersion = docker(['run', '--rm', '--network', 'host', '--entrypoint', 'node', image, '--version']).stdout.trim();
  assert.match(nodeVersion, /^v24\./);
  const size = (tag) => Number(docker(['image', 'inspect', '--format', '{{.Size}}', tag]).stdout.trim());
  const appMb = (size(image) - size(baseImage)) / 1e6;
  console.log(`# final image ${(size(image) / 1e6).toFixed(0)} MB; app layers over the base ${appMb.toFixed(0)} MB (aim < ${AIM_APP_LAYERS_MB} MB); Node.js ${nodeVersion}`);
  assert.ok(appMb < AIM_APP_LAYERS_MB, `app layers ${appMb.toFixed(0)} MB`);
});

test('no certificate or secret in any layer of the final image', async () => {
  const history = docker(['history', '--no-trunc', '--format', '{{.CreatedBy}}', image]).stdout;
  for (const needle of ['extra-ca', 'ca-certificates', 'NODE_EXTRA_CA_CERTS', 'ADMIN_TOKEN=', 'SESSION_SECRET=', 'DATABASE_URL=', 'PASSWORD']) {
    assert.ok(!history.includes(needle), `docker history mentions ${needle}`);
  }
  const env = docker(['image', 'inspect', '--format', '{{json .Config.Env}}', image]).stdout;
  assert.doesNotMatch(env, /TOKEN|SECRET|PASSWORD|DATABASE_URL|CA_CERTS/);
  // Every file of the final image: names, and the contents searched for the CA's own lines.
  const id = docker(['create', '--network', 'host', image]).stdout.trim();
  created.containers.add(id);
  const listing = spawnSync('sh', ['-c', `docker export ${id} | tar -t`], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).stdout.split('\n');
  assert.ok(listing.includes('app/server.js'), 'docker export lists the image\'s files');
  const suspicious = listing.filter((f) => /(^|\/)(extra-ca[^/]*|ca-certificates\/[^/]+\.(crt|pem)|\.env(\.[^/]*)?|session-secret)$/.test(f) || /^tmp\/./.test(f) || /^app\/\.data\/./.test(f));
  assert.deepEqual(suspicious, []);
  // Minimal: the app's standalone output, no tests, tooling or build context beyond it. The hand-labelled
  // answers are the one part of tests/ the app reads at run time (the Compare page's labelled-set figures).
  const strays = listing.filter((f) => !f.endsWith('/') && /^app\/(?!node_modules\/)/.test(f) && (/\.(test|spec)\.[cm]?[jt]sx?$/.test(f)
    || /^app\/(e2e|docs|bench|\.ci|scripts|deploy|tests\/(?!fixtures\/grounding\/))/.test(f) || /^app\/(Dockerfile|\.dockerignore|[^/]+\.md)$/.test(f)));
  assert.deepEqual(strays.slice(0, 20), [], 'files of the build context that the app does not need are in the final image');
  assert.ok(listing.some((f) => /^app\/tests\/fixtures\/grounding\/held-out\/[^/]+\.json$/.test(f)), 'the labelled grounding set is in the image');
  assert.ok(markers.length > 0, 'no marker lines taken from the extra CA');
  assert.deepEqual(await markersIn(id), [], 'the extra CA is inside the final image');
  // The same search finds the CA when it is there: a container of the base with the file copied in.
  const control = docker(['create', '--network', 'host', baseImage]).stdout.trim();
  created.containers.add(control);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aimon-ca-control-'));
  try {
    writeFileSync(path.join(dir, 'ca.crt'), caPems.join('\n'));
    docker(['cp', path.join(dir, 'ca.crt'), `${control}:/tmp/ca.crt`]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.deepEqual((await markersIn(control)).sort(), [...markers].sort(), 'the search finds a CA copied into an image');
  docker(['rm', '-f', control]);
  created.containers.delete(control);
});

/** Which CA marker lines occur anywhere in a container's files (the whole `docker export` stream). */
function markersIn(id) {
  return new Promise((resolve, reject) => {
    const child = spawn('docker', ['export', id]);
    const needles = markers.map((m) => Buffer.from(m));
    let tail = Buffer.alloc(0);
    const hits = new Set();
    child.stdout.on('data', (chunk) => {
      const window = Buffer.concat([tail, chunk]);
      needles.forEach((n, i) => window.includes(n) && hits.add(markers[i]));
      tail = window.subarray(Math.max(0, window.length - 128));
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve([...hits]) : reject(new Error(`docker export exited ${code}`))));
  });
}

/** Removes the containers a test started, even when it failed: a leftover would keep its port. */
function removeContainers() {
  for (const id of created.containers) docker(['rm', '-f', '-v', id], { allowFailure: true });
  created.containers.clear();
}

test('embedded PGlite on a named volume, read-only root: ready, healthy, a workflow, restart, new container, stop', async (t) => {
  port = await freePort();
  t.after(removeContainers);
  sh(readmeCommand(embeddedBlock, 'volume'));
  const started = Date.now();
  const runArgv = readmeCommand(embeddedBlock, 'run');
  assert.ok(runArgv.includes('--read-only') && runArgv.includes('--tmpfs'), 'README runs the container read-only');
  sh(runArgv);
  const name = containers.aimon;
  // README: the HEALTHCHECK asks /api/health/ready every 5 s (60 s start period); `starting`, then `healthy`.
  const inspectArgv = readmeCommand(embeddedBlock, 'inspect');
  assert.equal(sh(inspectArgv).stdout.trim(), 'starting');
  const check = JSON.parse(docker(['image', 'inspect', '--format', '{{json .Config.Healthcheck}}', image]).stdout);
  assert.deepEqual({ interval: check.Interval / 1e9, startPeriod: check.StartPeriod / 1e9 }, { interval: 5, startPeriod: 60 });
  assert.match(check.Test.join(' '), /\/api\/health\/ready/);
  const readyBody = await ready(name);
  const readyMs = Date.now() - started;
  console.log(`# start-up to ready (docker run → /api/health/ready 200, PGlite, first start): ${readyMs} ms (aim < ${AIM_READY_MS} ms)`);
  assert.equal(readyBody.database?.kind, 'embedded', JSON.stringify(readyBody));

  const logs = sh(readmeCommand(embeddedBlock, 'logs')).stdout;
  const token = /admin token[^:]*:\s*(\S+)/i.exec(logs)?.[1];
  assert.ok(token, 'the generated admin token is in docker logs');

  await waitFor('HEALTHCHECK healthy after ready', HEALTHY_AFTER_READY_MS, () => sh(inspectArgv).stdout.trim() === 'healthy');
  console.log(`# healthy after ${Date.now() - started} ms`);

  assert.equal(docker(['exec', name, 'id', '-u']).stdout.trim(), '1001');
  assert.equal(docker(['exec', name, 'sh', '-c', 'grep ^Uid: /proc/1/status']).stdout.split(/\s+/)[1], '1001');
  assert.equal(inspect(name, '{{.HostConfig.ReadonlyRootfs}}'), 'true');
  const write = docker(['exec', name, 'touch', '/app/probe'], { allowFailure: true });
  assert.notEqual(write.status, 0);
  assert.match(write.stderr, /Read-only file system/);

  const runId1 = await runWorkflow(token);
  // The labelled-set figures the Compare page shows, computed from the files the image ships.
  const quality = await get(`${base()}/api/grounding/quality`);
  assert.equal(quality.status, 200);
  const labelled = quality.body.labelled ?? [];
  assert.ok(labelled.length > 0 && labelled.every((split) => split.answers > 0), `labelled figures: ${JSON.stringify(labelled)}`);

  const stopArgv = readmeCommand(embeddedBlock, 'stop');
  const stopMs = stopAndCheck(stopArgv, name);
  console.log(`# docker stop (PGlite): ${stopMs} ms, exit 0`);
  assert.match(docker(['logs', name]).stdout + docker(['logs', name]).stderr, /handing back job leases/);

  const restarted = Date.now();
  sh(readmeCommand(embeddedBlock, 'start'));
  await ready(name);
  console.log(`# restart to ready (docker start → 200, PGlite with data): ${Date.now() - restarted} ms (aim < ${AIM_READY_MS} ms)`);
  const token2 = /admin token[^:]*:\s*(\S+)/gi;
  const tokens = [...docker(['logs', name]).stdout.matchAll(token2)].map((m) => m[1]);
  const kept = await get(`${base()}/api/workflows/${runId1}`);
  assert.equal(kept.status, 200, 'the run survives a container restart');
  assert.equal(kept.body.run?.id ?? kept.body.id, runId1);
  assert.ok(tokens.length >= 2);
  stopAndCheck(stopArgv, name);

  // A new container on the same volume (an upgrade) finds the same data.
  removeContainers();
  sh(runArgv);
  await ready(name);
  const again = await get(`${base()}/api/workflows/${runId1}`);
  assert.equal(again.status, 200, 'the run survives a new container on the same volume');
  stopAndCheck(stopArgv, name);
});

test('PostgreSQL through DATABASE_URL: ready, healthy, a workflow, leases handed back on docker stop', async (t) => {
  port = await freePort();
  t.after(removeContainers);
  await pg(`CREATE DATABASE ${scratchDb}`);
  created.db = true;
  const runArgv = readmeCommand(postgresBlock, 'run');
  assert.ok(runArgv.includes(`DATABASE_URL=${scratchUrl}`));
  const started = Date.now();
  sh(runArgv);
  const name = containers['aimon-pg'];
  const body = await ready(name);
  console.log(`# start-up to ready (PostgreSQL, fresh database): ${Date.now() - started} ms`);
  assert.equal(body.database?.kind, 'postgres', JSON.stringify(body));
  const token = runArgv.find((a) => a.startsWith('ADMIN_TOKEN=')).slice('ADMIN_TOKEN='.length);
  await runWorkflow(token);
  const runs = await pg('SELECT count(*)::int AS n FROM workflow_runs', scratchUrl);
  assert.equal(runs[0].n, 1);
  await waitFor('HEALTHCHECK healthy after ready', HEALTHY_AFTER_READY_MS, () => inspect(name, '{{.State.Health.Status}}') === 'healthy');
  const held = await waitFor('a job lease held', 20_000, async () => {
    const rows = await pg('SELECT name, holder FROM job_leases', scratchUrl);
    return rows.length ? rows : undefined;
  });
  const stopMs = stopAndCheck(adapt(['docker', 'stop', 'aimon-pg'], { containers }), name);
  console.log(`# docker stop (PostgreSQL): ${stopMs} ms, exit 0; leases held before: ${held.map((r) => r.name).join(', ')}`);
  assert.deepEqual(await pg('SELECT name, holder FROM job_leases', scratchUrl), [], 'leases handed back on docker stop');
});
