import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { isHeldOut, labelledFigures, readPrecomputedFigures, readSets, splitsOf } from './labelled-sets';

const FLEET = { services: [{ name: 'web-ui', status: 'running', health: 'healthy', version: '2.4.1', replicas: 2 }, { name: 'redis', status: 'stopped', health: 'critical', version: '7.2.4', replicas: 1 }] };
const OTHER_FLEET = { services: [{ name: 'web-ui', status: 'stopped', health: 'critical', version: '2.4.1', replicas: 2 }, { name: 'redis', status: 'running', health: 'healthy', version: '7.2.4', replicas: 1 }] };

// Labelled the way the fixtures are: the first two are true about FLEET, the last two invent.
const ANSWERS = [
  { id: 'a', label: 'grounded', answer: 'web-ui is running version 2.4.1.' },
  { id: 'b', label: 'grounded', answer: 'redis is stopped.' },
  { id: 'c', label: 'hallucination', kind: 'unknown_entity', answer: 'payment-gateway is healthy.' },
  { id: 'd', label: 'hallucination', kind: 'unperformed_action', answer: 'I restarted redis for you.' },
];

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const write = (file: string, value: unknown) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), JSON.stringify(value));
};

describe('labelledFigures', () => {
  it('reads an unsplit folder (fleet.json + answers.json) as one "all" split, with the counts evaluate() gives', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'labelled-'));
    write('fleet.json', FLEET);
    write('answers.json', { answers: ANSWERS });
    const expected = evaluate(FLEET.services, ANSWERS as never);
    const [all, ...rest] = labelledFigures(dir);
    expect(rest).toEqual([]);
    expect(all).toMatchObject({ split: 'all', answers: 4, hallucinations: 2, truePositives: expected.truePositives, falsePositives: expected.falsePositives, falseNegatives: expected.falseNegatives });
    expect(all!.precision).toBe(expected.truePositives + expected.falsePositives ? expected.precision : null);
  });

  it('reads a held-out/ split and everything else as dev (dev first), answer files naming their fleet inline or by file', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'labelled-'));
    write('fleets/outage.json', OTHER_FLEET);
    // Labelled by kind, as the held-out files are: the kind means "hallucination".
    write('held-out/set-1.json', { fleet: 'outage', answers: [{ id: 'h1', label: 'contradicted_fact', answer: 'web-ui is healthy.' }, { id: 'h2', label: 'grounded', answer: 'redis is running.' }, { id: 'h3', label: 'typo', answer: 'ignored' }] });
    write('states/outage.json', { services: OTHER_FLEET.services });
    write('dev/fleet.json', FLEET);
    write('dev/short.json', { answers: ANSWERS.slice(0, 2) });
    write('dev/long.json', { answers: [...ANSWERS.slice(2), { id: 'e', label: 'grounded', fleet: OTHER_FLEET, answer: 'web-ui is stopped.' }] });
    write('dev/notes.json', { description: 'no answers here' });
    write('answers.json', { fleet: FLEET, answers: [{ id: 'root', label: 'unknown_entity', answer: 'kafka is down.' }] });
    const figures = labelledFigures(dir);
    expect(figures.map((f) => [f.split, f.answers, f.hallucinations])).toEqual([['dev', 6, 3], ['held-out', 2, 1]]);
    // The held-out answers are checked against the outage fleet: "web-ui is healthy" contradicts it.
    const heldOut = evaluate(OTHER_FLEET.services, [{ id: 'h1', label: 'hallucination', answer: 'web-ui is healthy.' }, { id: 'h2', label: 'grounded', answer: 'redis is running.' }]);
    expect(figures[1]).toMatchObject({ truePositives: heldOut.truePositives, trueNegatives: heldOut.trueNegatives });
  });

  it('counts every held-out folder (held-out-2 too) as held-out, and a second dev folder as dev', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'labelled-'));
    write('dev-2/a.json', { fleet: FLEET, answers: ANSWERS.slice(0, 3) });
    write('held-out/a.json', { fleet: FLEET, answers: ANSWERS.slice(0, 1) });
    write('held-out-2/b.json', { fleet: OTHER_FLEET, answers: [{ id: 'x', label: 'contradicted_fact', answer: 'web-ui is healthy.' }] });
    expect(splitsOf(dir)).toEqual({ dev: ['dev-2'], heldOut: ['held-out', 'held-out-2'] });
    expect([isHeldOut('held-out-2'), isHeldOut('held_out'), isHeldOut('dev-2'), isHeldOut('held-outs')]).toEqual([true, true, false, false]);
    expect(readSets('held-out-2', dir)).toMatchObject([{ name: 'held-out-2/b', answers: [{ id: 'x' }] }]);
    expect(labelledFigures(dir).map((f) => [f.split, f.answers, f.hallucinations])).toEqual([['dev', 3, 1], ['held-out', 2, 1]]);
  });

  it('no set on disk: no figures', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'labelled-'));
    expect(labelledFigures(path.join(dir, 'missing'))).toEqual([]);
    expect(labelledFigures(dir)).toEqual([]);
  });

  it('finds the repository set from the working directory: dev and held-out', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'labelled-'));
    const figures = labelledFigures();
    expect(figures.map((f) => f.split)).toEqual(['dev', 'held-out']);
    expect(figures[1]!.answers).toBeGreaterThanOrEqual(100);
    for (const f of figures) {
      expect(f.answers).toBe(f.truePositives + f.falsePositives + f.falseNegatives + f.trueNegatives);
      expect(f.hallucinations).toBeGreaterThan(0);
    }
    // Checks every labelled answer of the repository (several hundred): seconds on a loaded machine.
  }, 60_000);
});

/** The test worker's environment without its IPC channel, which a child node would otherwise write to. */
function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_CHANNEL_FD;
  delete env.NODE_CHANNEL_SERIALIZATION_MODE;
  // Run from another folder, tsx must still find the repository's path aliases.
  env.TSX_TSCONFIG_PATH = path.join(process.cwd(), 'tsconfig.json');
  return env;
}

describe('figures computed at build time', () => {
  it('the build script writes what labelledFigures evaluates, beside the build and the standalone copy; the server reads it back', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'aimon-figures-'));
    const sets = path.join(dir, 'tests', 'fixtures', 'grounding');
    mkdirSync(path.join(sets, 'dev'), { recursive: true });
    mkdirSync(path.join(sets, 'held-out'), { recursive: true });
    writeFileSync(path.join(sets, 'dev', 'a.json'), JSON.stringify({ fleet: FLEET, answers: ANSWERS }));
    writeFileSync(path.join(sets, 'held-out', 'b.json'), JSON.stringify({ fleet: FLEET, answers: ANSWERS.slice(1) }));
    mkdirSync(path.join(dir, '.next', 'standalone', '.next'), { recursive: true });
    const root = process.cwd();
    const run = spawnSync(process.execPath, ['--conditions=react-server', '--import', pathToFileURL(path.join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href, path.join(root, 'scripts', 'write-labelled-figures.ts')], { cwd: dir, encoding: 'utf8', env: childEnv() });
    expect(run.status, run.stderr).toBe(0);
    const expected = labelledFigures(sets);
    expect(expected.map((f) => f.split)).toEqual(['dev', 'held-out']);
    expect(readPrecomputedFigures(path.join(dir, '.next', 'labelled-figures.json'))).toEqual(expected);
    expect(readPrecomputedFigures(path.join(dir, '.next', 'standalone', '.next', 'labelled-figures.json'))).toEqual(expected);
  });

  it("no file, or one that is not the script's, reads as none (the server then evaluates the sets itself)", () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'aimon-figures-'));
    expect(readPrecomputedFigures(path.join(dir, 'missing.json'))).toBeUndefined();
    for (const [name, content] of [['garbage', '{not json'], ['wrong-shape', JSON.stringify({ figures: [{ split: 3 }] })], ['no-figures', JSON.stringify({ computedAt: 'x' })]] as const) {
      writeFileSync(path.join(dir, `${name}.json`), content);
      expect(readPrecomputedFigures(path.join(dir, `${name}.json`)), name).toBeUndefined();
    }
  });
});

