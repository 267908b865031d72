import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { evaluate, type LabelledAnswer } from './evaluate';
import type { ServiceFacts } from './types';

/**
 * The detector's figures on the hand-labelled answers in tests/fixtures/grounding,
 * for the pages that put them next to what users say (lib/feedback). The set is
 * read from disk, not bundled: it is data, it grows, and the standalone build
 * copies it beside the server (next.config.mjs, outputFileTracingIncludes).
 *
 * Layouts understood, per split (`dev/`, `held-out/`, or the folder itself when
 * it has no split folders): `fleet.json` + `answers.json`, or any number of
 * `*.json` answer files, each answer (or its file) naming its fleet inline
 * (`fleet: { services }`) or by name (`fleet: "crash"` → a `crash.json`, or
 * `fleets/crash.json`, beside the split or one level up).
 */
export interface LabelledFigures {
  split: string;
  answers: number;
  hallucinations: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  precision: number | null;
  recall: number | null;
}

export const DEFAULT_LABELLED_DIR = () => path.join(/* turbopackIgnore: true */ process.cwd(), 'tests', 'fixtures', 'grounding');

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

/** Every labelled answer of one split folder, grouped by the fleet it is about. */
function readSplit(dir: string): Array<{ services: ServiceFacts[]; answers: LabelledAnswer[] }> {
  const dirFleet = servicesOf(readJson(path.join(dir, 'fleet.json')));
  const groups = new Map<ServiceFacts[], LabelledAnswer[]>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const doc = readJson(path.join(dir, file));
    if (!doc || !Array.isArray(doc.answers)) continue;
    const fileFleet = resolveFleet(doc.fleet, dir, dirFleet);
    for (const answer of doc.answers as Array<LabelledAnswer & { fleet?: unknown }>) {
      if (!answer || typeof answer.answer !== 'string' || (answer.label !== 'grounded' && answer.label !== 'hallucination')) continue;
      const services = answer.fleet === undefined ? fileFleet : resolveFleet(answer.fleet, dir, fileFleet);
      if (!services) continue;
      const list = groups.get(services) ?? [];
      list.push(answer);
      groups.set(services, list);
    }
  }
  return [...groups].map(([services, answers]) => ({ services, answers }));
}

const ratio = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 1000);

function figuresOf(split: string, dir: string): LabelledFigures | undefined {
  const sum = { answers: 0, tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const group of readSplit(dir)) {
    const e = evaluate(group.services, group.answers);
    sum.answers += e.total;
    sum.tp += e.truePositives;
    sum.fp += e.falsePositives;
    sum.fn += e.falseNegatives;
    sum.tn += e.trueNegatives;
  }
  if (sum.answers === 0) return undefined;
  return {
    split,
    answers: sum.answers,
    hallucinations: sum.tp + sum.fn,
    truePositives: sum.tp,
    falsePositives: sum.fp,
    falseNegatives: sum.fn,
    trueNegatives: sum.tn,
    precision: ratio(sum.tp, sum.tp + sum.fp),
    recall: ratio(sum.tp, sum.tp + sum.fn),
  };
}

/**
 * The detector's precision and recall on each split of the labelled set that
 * exists under `dir` (`dev`, `held-out`, or `all` for an unsplit folder).
 * Synchronous and a few hundred milliseconds at most: callers run it once per
 * process (lib/feedback caches it). No set on disk: an empty list.
 */
export function labelledFigures(dir = DEFAULT_LABELLED_DIR()): LabelledFigures[] {
  if (!existsSync(dir)) return [];
  const splits = readdirSync(dir).filter((name) => !name.startsWith('.') && name !== 'fleets' && statSync(path.join(dir, name)).isDirectory()).sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  const figures = splits.map((name) => figuresOf(name, path.join(dir, name))).filter((f): f is LabelledFigures => f !== undefined);
  if (figures.length) return figures;
  const all = figuresOf('all', dir);
  return all ? [all] : [];
}

/** dev first, held-out second, anything else after. */
function order(split: string): number {
  if (split === 'dev') return 0;
  if (/^held[-_]?out$/.test(split)) return 1;
  return 2;
}
