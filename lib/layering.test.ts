import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The layering docs/DESIGN.md describes, held by the code: no import cycle, and
// no import into a lib folder from outside it except through its index.ts (server
// code) or types.ts (what the browser may import). The rules are in
// .dependency-cruiser.cjs; `npx depcruise app components lib instrumentation.ts
// proxy.ts --config .dependency-cruiser.cjs` prints the same report.
const ROOT = path.resolve(__dirname, '..');
const CRUISER = path.join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}

describe('layering', () => {
  it('has no import cycle and enters every lib folder through its index.ts or types.ts', () => {
    const run = spawnSync(process.execPath, [CRUISER, 'app', 'components', 'lib', 'instrumentation.ts', 'proxy.ts', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.error).toBeUndefined();
    // The report names every violation; a clean run says how much it cruised.
    expect(run.stdout + run.stderr).toMatch(/no dependency violations found \((\d{3,}) modules/);
    expect(run.status).toBe(0);
  }, 120_000);

  it('leaves audit writes, cache invalidation and database access out of app/ (route handlers parse, call lib/, respond)', () => {
    const offenders = sourceFiles(path.join(ROOT, 'app')).flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      const found = [/\brecordAudit\s*\(/, /\binvalidateCache\s*\(/, /\bsharedCache\s*\(/, /from '@\/lib\/db'/].filter((re) => re.test(source));
      return found.map((re) => `${path.relative(ROOT, file)}: ${re.source}`);
    });
    expect(offenders).toEqual([]);
  });
});
