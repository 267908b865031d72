import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LabelledSet } from './evaluate';

/**
 * Reads the labelled sets of tests/fixtures/grounding: one directory per split
 * (dev, dev-extra, dev-2, held-out, held-out-2), one JSON file per fleet state:
 * `{ description, fleet: { services }, answers: [{ id, label, kind?, class?, question, answer, toolResults? }] }`.
 * Node only (scripts and tests); the app never reads them.
 */
export const FIXTURES_DIR = path.resolve(import.meta.dirname, '../../tests/fixtures/grounding');

export function readSets(split: string, root = FIXTURES_DIR): LabelledSet[] {
  const dir = path.join(root, split);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const json = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Omit<LabelledSet, 'name'>;
      if (!json.fleet?.services || !Array.isArray(json.answers)) throw new Error(`${split}/${f}: expected { fleet: { services }, answers }`);
      return { name: `${split}/${f.replace(/\.json$/, '')}`, description: json.description, fleet: json.fleet, answers: json.answers };
    });
}

export function answerCount(sets: LabelledSet[]): number {
  return sets.reduce((n, s) => n + s.answers.length, 0);
}
