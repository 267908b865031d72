import v8 from 'node:v8';

/**
 * V8's flags for the database's WebAssembly (PGlite's PostgreSQL, 8.7 MB of
 * wasm; Prisma's query compiler, 3.3 MB; the schema engine when migrating)
 * when the optimizing tier is off: baseline (Liftoff) code only.
 *
 * Why: by default V8 recompiles every hot wasm function with TurboFan in the
 * background. For PostgreSQL's interpreter, parser and executor that is tens
 * of MiB of optimized code and compiler zones that glibc keeps afterwards:
 * measured 50 – 75 MiB of the idle server's resident memory (PGlite alone in
 * Node.js 20: 174 MiB against 122 MiB), and on a loaded two-core machine the
 * background compiles also made the first minute of queries slower, not
 * faster. Steady state, Liftoff code runs the same queries about 1.3 × slower
 * (measured: 47 ms against 35 ms for a round of the dashboards' reads), which
 * the app's small, bounded queries can afford. DATABASE_WASM_TIER_UP=true
 * brings the optimizing tier back for a database-heavy deployment.
 */
export const BASELINE_ONLY_WASM_FLAGS = '--liftoff-only';

let applied = false;

/**
 * Applies the flags once per process, before the first wasm is compiled: V8
 * reads them for each compilation and tier-up, so they hold for every module
 * compiled afterwards (and never retroactively for one compiled before).
 */
export function limitWasmTiers(tierUp: boolean): void {
  if (tierUp || applied) return;
  v8.setFlagsFromString(BASELINE_ONLY_WASM_FLAGS);
  applied = true;
}
