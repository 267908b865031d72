// The README's "Run the container" commands, read from the README itself so the container test
// follows the documentation word for word, plus the few rewrites a closed test machine needs.

/** Shell-like split of one command: whitespace, single and double quotes, backslash continuations. */
export function splitCommand(line) {
  const args = [];
  let current = '';
  let quote = null;
  let started = false;
  for (const ch of line) {
    if (quote) {
      if (ch === quote) quote = null;
      else current += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      started = true;
    } else if (/\s/.test(ch)) {
      if (started || current) args.push(current);
      current = '';
      started = false;
    } else {
      current += ch;
    }
  }
  if (quote) throw new Error(`unterminated quote in: ${line}`);
  if (started || current) args.push(current);
  return args;
}

/** The fenced bash blocks of one `## ` section, each as a list of commands (argv arrays). */
export function sectionCommands(readme, heading) {
  const start = readme.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README has no section "${heading}"`);
  const rest = readme.slice(start + heading.length + 2);
  const end = rest.search(/\n## /);
  const section = end < 0 ? rest : rest.slice(0, end);
  const blocks = [...section.matchAll(/```bash\n([\s\S]*?)```/g)].map((m) => m[1]);
  return blocks.map((block) =>
    block
      .replace(/\\\n\s*/g, ' ')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'))
      .map(splitCommand),
  );
}

/**
 * One README docker command as this machine runs it. `names` maps the README's container, volume and
 * image names to this run's unique ones; `env` replaces values of `-e NAME=…`. A `-p host:container`
 * becomes `-e PORT=` (host networking has no port mapping) and the server listens on loopback only.
 */
export function adapt(argv, { image, baseImage, containers, volumes, port, env = {} }) {
  if (argv[0] !== 'docker') throw new Error(`not a docker command: ${argv.join(' ')}`);
  const [, sub, ...rest] = argv;
  const out = ['docker', sub];
  if (sub === 'build') {
    out.push('--network', 'host', '--build-arg', `BASE_IMAGE=${baseImage}`);
    for (let i = 0; i < rest.length; i += 1) {
      if (rest[i] === '-t') out.push('-t', image), (i += 1);
      else out.push(rest[i]);
    }
    return out;
  }
  if (sub === 'volume') return [...out, ...rest.map((a) => volumes[a] ?? a)];
  if (sub === 'run') {
    // --pull never: the image is the one just built; a missing one must fail here, not try a registry.
    out.push('--network', 'host', '--pull', 'never', '-e', `PORT=${port}`, '-e', 'HOSTNAME=127.0.0.1');
    for (let i = 0; i < rest.length; i += 1) {
      const arg = rest[i];
      if (arg === '-p') i += 1;
      else if (arg === '--name') out.push(arg, containers[rest[++i]] ?? rest[i]);
      else if (arg === '-v') {
        const [name, ...target] = rest[++i].split(':');
        out.push(arg, [volumes[name] ?? name, ...target].join(':'));
      } else if (arg === '-e') {
        const [name] = rest[++i].split('=');
        out.push(arg, name in env ? `${name}=${env[name]}` : rest[i]);
      } else if (i === rest.length - 1) out.push(image);
      else out.push(arg);
    }
    return out;
  }
  // logs, inspect, stop, start: the last argument names the container.
  return [...out, ...rest.slice(0, -1), containers[rest.at(-1)] ?? rest.at(-1)];
}
