/**
 * Evaluates the detector on the labelled sets once, at build time, and writes
 * the figures where the production server reads them
 * (lib/grounding/labelled-sets.ts, PRECOMPUTED_FIGURES_FILE): `.next/` and,
 * when the build is standalone, `.next/standalone/.next/`. Run after
 * `next build` by scripts/lib/build.mjs and the Dockerfile:
 *
 *   node --conditions=react-server --import tsx scripts/write-labelled-figures.ts
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { labelledFigures } from '../lib/grounding/labelled-sets';

const started = performance.now();
const figures = labelledFigures();
const doc = JSON.stringify({ computedAt: new Date().toISOString(), figures });
const targets = [path.join('.next', 'labelled-figures.json')];
if (existsSync(path.join('.next', 'standalone', '.next'))) targets.push(path.join('.next', 'standalone', '.next', 'labelled-figures.json'));
for (const target of targets) writeFileSync(target, doc);
console.log(`AIMon: labelled grounding figures (${figures.map((f) => `${f.split} ${f.answers}`).join(', ')}) written in ${Math.round(performance.now() - started)} ms`);
