import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// A fresh Node.js process per case (V8's flags are process-wide): it calls
// boundHeapGrowth, keeps ~40 MiB of live objects, then allocates objects that
// live long enough to be promoted and are dropped in batches, the pattern of a
// busy server, and reports the largest heap V8 kept. The figure is V8's own
// (the same code, the same allocations), so the comparison does not depend on
// the machine's speed the way a timing would.
const PROBE = `
const { boundHeapGrowth } = require(${JSON.stringify(path.resolve('lib/runtime/heap-growth.ts'))});
boundHeapGrowth(Number(process.argv[1]));
const live = Array.from({ length: 40 }, (_, i) => Array.from({ length: 10000 }, (_, j) => ({ i, j, s: 'x' + j })));
let batch = [];
let peak = 0;
for (let round = 0; round < 400; round++) {
  for (let k = 0; k < 2000; k++) batch.push({ a: new Array(50).fill(k), b: 'y'.repeat(100) + k });
  if (batch.length >= 100000) batch = [];
  peak = Math.max(peak, process.memoryUsage().heapTotal);
}
console.log(JSON.stringify({ live: live.length, peakMiB: Math.round(peak / 2 ** 20) }));
`;

function peakHeapMiB(percent: number): number {
  const run = spawnSync(process.execPath, ['--require', path.resolve('node_modules/tsx/dist/cjs/index.cjs'), '-e', PROBE, String(percent)], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (run.status !== 0) throw new Error(`probe failed (${run.status}): ${run.stderr}`);
  return (JSON.parse(run.stdout.trim().split('\n').pop()!) as { peakMiB: number }).peakMiB;
}

describe('boundHeapGrowth', () => {
  it('keeps a churning heap much closer to its live set than V8 alone', { timeout: 120_000 }, () => {
    const unbounded = peakHeapMiB(0);
    const bounded = peakHeapMiB(25);
    expect(bounded).toBeLessThan(unbounded * 0.75);
  });
});
