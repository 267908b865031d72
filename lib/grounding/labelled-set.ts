import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { evaluate, type LabelledAnswer } from './evaluate';
import type { FindingKind, ServiceFacts } from './types';

const FINDING_KINDS: readonly string[] = ['unknown_entity', 'unperformed_action', 'contradicted_fact', 'unsupported_claim'] satisfies FindingKind[];

/**
 * The detector's figures on the hand-labelled answers in tests/fixtures/grounding,
 * for the pages that put them next to what users say (lib/feedback). The set is
 * read from disk, not bundled: it is data, it grows, and the standalone build
 * copies it beside the server (next.config.mjs, outputFileTracingIncludes).
 *
 * Two splits: **held-out** (a `held-out/` folder: measured, never tuned on) and
 * **dev** (everything else: the folder's own `answers.json` and any other
 * folder such as `dev/` or `dev-extra/`); `all` when there is no held-out
 * folder. In each folder, any `*.json` with an `answers` list counts, each
 * answer (or its file) about the fleet given inline (`fleet: { services }`),
 * by name (`fleet: "crash"` → `crash.json` or `fleets/crash.json` beside it or
 * one level up), or the folder's `fleet.json`. A label is `grounded`,
 * `hallucination`, or the finding kind of the hallucination (`unknown_entity`, …).
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
    for (const raw of doc.answers as Array<Omit<LabelledAnswer, 'label'> & { label?: string; fleet?: unknown }>) {
      const answer = normalise(raw);
      if (!answer) continue;
      const services = raw.fleet === undefined ? fileFleet : resolveFleet(raw.fleet, dir, fileFleet);
      if (!services) continue;
      const list = groups.get(services) ?? [];
      list.push(answer);
      groups.set(services, list);
    }
  }
  return [...groups].map(([services, answers]) => ({ services, answers }));
}

/** Both label styles as evaluate() reads them: `hallucination` + kind, or the kind alone. */
function normalise(raw: Omit<LabelledAnswer, 'label'> & { label?: string }): LabelledAnswer | undefined {
  if (!raw || typeof raw.answer !== 'string') return undefined;
  if (raw.label === 'grounded' || raw.label === 'hallucination') return raw as LabelledAnswer;
  if (raw.label && FINDING_KINDS.includes(raw.label)) return { ...raw, label: 'hallucination', kind: raw.label as FindingKind };
  return undefined;
}

const ratio = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 1000);

function figuresOf(split: string, dirs: string[]): LabelledFigures | undefined {
  const sum = { answers: 0, tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const group of dirs.flatMap(readSplit)) {
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

const isHeldOut = (name: string) => /^held[-_]?out$/i.test(name);

/**
 * The detector's precision and recall on each split of the labelled set under
 * `dir`: `dev` and `held-out`, or `all` without a held-out folder. Synchronous,
 * well under a second for a few hundred answers: callers run it once per
 * process (lib/feedback caches it). No set on disk: an empty list.
 */
export function labelledFigures(dir = DEFAULT_LABELLED_DIR()): LabelledFigures[] {
  if (!existsSync(dir)) return [];
  const folders = readdirSync(dir).filter((name) => !name.startsWith('.') && name !== 'fleets' && statSync(path.join(dir, name)).isDirectory()).sort();
  const heldOut = folders.filter(isHeldOut).map((name) => path.join(dir, name));
  const dev = [dir, ...folders.filter((name) => !isHeldOut(name)).map((name) => path.join(dir, name))];
  if (heldOut.length === 0) {
    const all = figuresOf('all', dev);
    return all ? [all] : [];
  }
  return [figuresOf('dev', dev), figuresOf('held-out', heldOut)].filter((f): f is LabelledFigures => f !== undefined);
}
