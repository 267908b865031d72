import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { evaluateSets, FINDING_KINDS, type LabelledAnswer, type LabelledSet } from './evaluate';
import type { FindingKind, LabelledFigures, ServiceFacts } from './types';

/*
 * The one reader of the hand-labelled answers in tests/fixtures/grounding, for
 * npm run grounding:eval, the tests, and the pages that put the detector's
 * figures next to what users say (lib/feedback). The set is read from disk, not
 * bundled: it is data, it grows, and the standalone build copies it beside the
 * server (next.config.mjs, outputFileTracingIncludes).
 *
 * One folder per split (dev, dev-extra, dev-2, dev-3, held-out, …); a
 * folder whose name starts with "held-out" is measured only, never tuned on.
 * In each folder any `*.json` with an `answers` list counts, each answer (or
 * its file) about the fleet given inline (`fleet: { services }`), by name
 * (`fleet: "crash"` → `crash.json` or `fleets/crash.json` beside it or one level
 * up), or the folder's `fleet.json`. A label is `grounded`, `hallucination`
 * (with `kind`), or the finding kind of the hallucination (`unknown_entity`, …).
 */
// (LabelledFigures, what this file computes, is in ./types.ts for the browser.)

/** Where the repository's set is: from the working directory, which is the app's root for the server, scripts and tests alike. */
export const DEFAULT_LABELLED_DIR = () => path.join(/* turbopackIgnore: true */ process.cwd(), 'tests', 'fixtures', 'grounding');

/**
 * Where the production build leaves the figures it evaluated (scripts/write-labelled-figures.ts,
 * run by scripts/lib/build.mjs and the Dockerfile after `next build`): a server built that way
 * reads them instead of evaluating ~2 000 answers itself, which cost 2 – 3 s of CPU and tens of
 * MB of transient heap 30 s after every start. `next build` empties `.next`, so a file from an
 * earlier build cannot outlive the code it was computed with.
 */
export const PRECOMPUTED_FIGURES_FILE = () => path.join(/* turbopackIgnore: true */ process.cwd(), '.next', 'labelled-figures.json');

/** The figures the build computed, or undefined when there are none (dev, a plain `next build`) or the file is not what the script writes. */
export function readPrecomputedFigures(file = PRECOMPUTED_FIGURES_FILE()): LabelledFigures[] | undefined {
  const doc = existsSync(file) ? readJson(file) : undefined;
  const figures = doc?.figures;
  if (!Array.isArray(figures) || !figures.every((f) => f && typeof f === 'object' && typeof (f as Json).split === 'string' && typeof (f as Json).answers === 'number')) return undefined;
  return figures as LabelledFigures[];
}

/** A split measured only, never tuned on: held-out, held-out-2, held_out. */
export const isHeldOut = (split: string) => /^held[-_]?out(?:[-_][\w-]+)?$/i.test(split);

type Json = Record<string, unknown>;

function readJson(file: string): Json | undefined {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : undefined;
  } catch {
    return undefined;
  }
}

function servicesOf(value: unknown): ServiceFacts[] | undefined {
  if (Array.isArray(value)) return value as ServiceFacts[];
  if (value && typeof value === 'object' && Array.isArray((value as Json).services)) return (value as Json).services as ServiceFacts[];
  return undefined;
}

function resolveFleet(ref: unknown, dir: string, fallback: ServiceFacts[] | undefined): ServiceFacts[] | undefined {
  if (typeof ref !== 'string') return servicesOf(ref) ?? fallback;
  const name = ref.replace(/\.json$/, '');
  for (const candidate of [dir, path.dirname(dir)].flatMap((d) => [path.join(d, `${name}.json`), path.join(d, 'fleets', `${name}.json`)])) {
    const services = existsSync(candidate) ? servicesOf(readJson(candidate)) : undefined;
    if (services) return services;
  }
  return undefined;
}

/** Both label styles as evaluate() reads them: `hallucination` + kind, or the kind alone. Anything else is skipped. */
function normalise(raw: Omit<LabelledAnswer, 'label'> & { label?: string }): LabelledAnswer | undefined {
  if (!raw || typeof raw.answer !== 'string') return undefined;
  if (raw.label === 'grounded' || raw.label === 'hallucination') return raw as LabelledAnswer;
  if (raw.label && (FINDING_KINDS as readonly string[]).includes(raw.label)) return { ...raw, label: raw.label as FindingKind };
  return undefined;
}

/**
 * The labelled sets of one split folder (`root/split`), one per file and fleet:
 * `{ description, fleet, answers: [{ id, label, kind?, class?, question, answer, toolResults? }] }`.
 * Node only (scripts, tests and the quality figures); the chat path never reads them.
 */
export function readSets(split: string, root = DEFAULT_LABELLED_DIR()): LabelledSet[] {
  const dir = split ? path.join(root, split) : root;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  const dirFleet = servicesOf(readJson(path.join(dir, 'fleet.json')));
  const sets: LabelledSet[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const doc = readJson(path.join(dir, file));
    if (!doc || !Array.isArray(doc.answers)) continue;
    const fileFleet = resolveFleet(doc.fleet, dir, dirFleet);
    const groups = new Map<ServiceFacts[], LabelledAnswer[]>();
    for (const raw of doc.answers as Array<Omit<LabelledAnswer, 'label'> & { label?: string; fleet?: unknown }>) {
      const answer = normalise(raw);
      if (!answer) continue;
      const services = raw.fleet === undefined ? fileFleet : resolveFleet(raw.fleet, dir, fileFleet);
      if (!services) continue;
      const list = groups.get(services) ?? [];
      list.push(answer);
      groups.set(services, list);
    }
    const name = `${split ? `${split}/` : ''}${file.replace(/\.json$/, '')}`;
    let i = 0;
    for (const [services, answers] of groups) {
      sets.push({ name: i++ === 0 ? name : `${name}#${i}`, description: typeof doc.description === 'string' ? doc.description : undefined, fleet: { services }, answers });
    }
  }
  return sets;
}

/** The split folders under `root`, dev ones first (sorted), then the held-out ones. */
export function splitsOf(root = DEFAULT_LABELLED_DIR()): { dev: string[]; heldOut: string[] } {
  if (!existsSync(root)) return { dev: [], heldOut: [] };
  const folders = readdirSync(root)
    .filter((name) => !name.startsWith('.') && name !== 'fleets' && statSync(path.join(root, name)).isDirectory())
    .sort();
  return { dev: folders.filter((f) => !isHeldOut(f)), heldOut: folders.filter(isHeldOut) };
}

export function answerCount(sets: LabelledSet[]): number {
  return sets.reduce((n, s) => n + s.answers.length, 0);
}

const ratio = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 1000);

function figuresOf(split: string, sets: LabelledSet[]): LabelledFigures | undefined {
  if (answerCount(sets) === 0) return undefined;
  const e = evaluateSets(sets);
  return {
    split,
    answers: e.total,
    hallucinations: e.truePositives + e.falseNegatives,
    truePositives: e.truePositives,
    falsePositives: e.falsePositives,
    falseNegatives: e.falseNegatives,
    trueNegatives: e.trueNegatives,
    precision: ratio(e.truePositives, e.truePositives + e.falsePositives),
    recall: ratio(e.truePositives, e.truePositives + e.falseNegatives),
  };
}

/**
 * The detector's precision and recall on the labelled set under `dir`: `dev`
 * (the root's own files and every tuning folder) and `held-out` (every held-out
 * folder together), or `all` without a held-out folder. Synchronous, well under
 * a second for a few hundred answers: callers run it once per process
 * (lib/feedback caches it). No set on disk: an empty list.
 */
export function labelledFigures(dir = DEFAULT_LABELLED_DIR()): LabelledFigures[] {
  if (!existsSync(dir)) return [];
  const { dev, heldOut } = splitsOf(dir);
  const devSets = [...readSets('', dir), ...dev.flatMap((s) => readSets(s, dir))];
  if (heldOut.length === 0) {
    const all = figuresOf('all', devSets);
    return all ? [all] : [];
  }
  return [figuresOf('dev', devSets), figuresOf('held-out', heldOut.flatMap((s) => readSets(s, dir)))].filter((f): f is LabelledFigures => f !== undefined);
}
