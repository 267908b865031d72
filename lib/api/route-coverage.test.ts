import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// CSRF is refused inside apiHandler (proxy.ts no longer runs for /api), so a
// state-changing handler that is not wrapped would have no CSRF lock at all.
const APP = path.resolve(__dirname, '../../app');
const CATCH_ALL = path.join(APP, 'api', '[...path]', 'route.ts');

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? routeFiles(path.join(dir, e.name)) : e.name === 'route.ts' ? [path.join(dir, e.name)] : [],
  );
}

describe('route handlers', () => {
  const files = routeFiles(APP);

  it('finds the routes', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(files.map((f) => [path.relative(APP, f), f]))('%s: every state-changing method goes through apiHandler (or answers 405)', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    const offenders: string[] = [];
    for (const m of source.matchAll(/export\s+(?:async\s+)?function\s+(POST|PUT|PATCH|DELETE)\b/g)) offenders.push(`function ${m[1]}`);
    for (const m of source.matchAll(/export\s+const\s+(POST|PUT|PATCH|DELETE)\s*=\s*(\w+)/g)) if (m[2] !== 'apiHandler') offenders.push(`${m[1]} = ${m[2]}`);
    for (const m of source.matchAll(/export\s+const\s*\{([^}]*)\}\s*=\s*(\w+)/g)) if (m[2] !== 'otherMethods' && /POST|PUT|PATCH|DELETE/.test(m[1]!)) offenders.push(`{${m[1]}} = ${m[2]}`);
    // The catch-all answers 404 to every method and changes nothing.
    if (file !== CATCH_ALL) for (const m of source.matchAll(/export\s*\{[^}]*\bas\s+(POST|PUT|PATCH|DELETE)\b/g)) offenders.push(`re-export as ${m[1]}`);
    expect(offenders).toEqual([]);
  });
});
