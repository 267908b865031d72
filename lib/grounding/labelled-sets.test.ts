import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { isHeldOut, labelledFigures, readSets, splitsOf } from './labelled-sets';

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
