import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// A fresh Node.js process per case (V8's flags are process-wide and cannot be
// unset): it applies limitWasmTiers, compiles a small wasm loop, runs it hot
// for up to 3 s and asks V8 (natives syntax) which tier the function runs in.
// Without the limit V8 tiers it up to TurboFan well within that time; with it,
// it must stay on Liftoff. This also fails if a Node.js release stops honouring
// flags set at run time, which the memory figures depend on.
const PROBE = `
const { limitWasmTiers } = require(${JSON.stringify(path.resolve('lib/db/wasm-tiers.ts'))});
limitWasmTiers(process.argv[1] === 'tier-up');
// (func (export "f") (param i32) (result i32) (local i32): sums n, n-1, ..., 1 in a loop)
const bytes = new Uint8Array([0,97,115,109,1,0,0,0,1,6,1,96,1,127,1,127,3,2,1,0,7,5,1,1,102,0,0,10,27,1,25,1,1,127,3,64,32,1,32,0,106,33,1,32,0,65,1,107,34,0,13,0,11,32,1,11]);
const { f } = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports;
const turbofan = new Function('f', 'return %IsTurboFanFunction(f)');
const liftoff = new Function('f', 'return %IsLiftoffFunction(f)');
let sum = 0;
for (const until = Date.now() + 3000; Date.now() < until && !turbofan(f); ) sum += f(1000);
console.log(JSON.stringify({ sum: f(4), liftoff: liftoff(f), turbofan: turbofan(f) }));
`;

function tiersAfterHotLoop(mode: 'baseline-only' | 'tier-up') {
  const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--require', path.resolve('node_modules/tsx/dist/cjs/index.cjs'), '-e', PROBE, mode], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (run.status !== 0) throw new Error(`probe failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as { sum: number; liftoff: boolean; turbofan: boolean };
}

describe('limitWasmTiers', () => {
  it('keeps hot WebAssembly on the baseline compiler when the optimizing tier is off', { timeout: 60_000 }, () => {
    expect(tiersAfterHotLoop('baseline-only')).toEqual({ sum: 10, liftoff: true, turbofan: false });
  });

  it('leaves V8 free to optimize it when DATABASE_WASM_TIER_UP is on', { timeout: 60_000 }, () => {
    expect(tiersAfterHotLoop('tier-up')).toEqual({ sum: 10, liftoff: false, turbofan: true });
  });
});
