import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TOOL_CATALOG } from '@/lib/mcp/catalog';
import dev2 from './answers/dev-2';
import dev3 from './answers/dev-3';
import dev4 from './answers/dev-4';
import dev5 from './answers/dev-5';
import dev6 from './answers/dev-6';
import dev7 from './answers/dev-7';
import dev8 from './answers/dev-8';
import dev9 from './answers/dev-9';
import dev10 from './answers/dev-10';
import dev11 from './answers/dev-11';
import devPara from './answers/dev-para';
import devExtra from './answers/dev-extra';
import heldOut from './answers/held-out';
import heldOut3 from './answers/held-out-3';
import heldOut4 from './answers/held-out-4';
import { buildSet } from './build';

/**
 * The labelled answer sets must stay well-formed: the detector's figures are
 * only as good as the sets they are measured on.
 */
const root = path.resolve(import.meta.dirname, '../../tests/fixtures/grounding');
const LABELS = ['grounded', 'unknown_entity', 'unperformed_action', 'contradicted_fact', 'unsupported_claim'] as const;
const TOOLS = TOOL_CATALOG.map((t) => t.name) as [string, ...string[]];

const serviceFacts = z
  .object({
    name: z.string().min(1),
    status: z.string(),
    health: z.string(),
    version: z.string(),
    previousVersion: z.string().nullable(),
    replicas: z.number().int().min(1),
    dependencies: z.array(z.string()),
    cpuPct: z.number(),
    memoryMb: z.number(),
    memoryPct: z.number(),
    latencyMs: z.number(),
    errorRate: z.number().min(0).max(1),
    requestsPerSec: z.number(),
    uptimeSec: z.number().int().min(0),
  })
  .strict();

const answer = z
  .object({
    id: z.string().regex(/^(?:[hdegkm]|d4|d5|d6|d7|d8|d9|d10|d11|dp)-[a-z0-9-]+-\d{2}$/),
    label: z.enum(LABELS),
    class: z.string().regex(/^[a-z][a-z_]*$/),
    question: z.string().min(1),
    answer: z.string().min(1),
    toolResults: z.array(
      z
        .object({
          name: z.enum(TOOLS),
          arguments: z.record(z.string(), z.unknown()),
          result: z.unknown(),
          isError: z.literal(true).optional(),
        })
        .strict(),
    ),
  })
  .strict();

const fixtureFile = z.object({ description: z.string().min(1), fleet: z.object({ services: z.array(serviceFacts).min(1) }).strict(), answers: z.array(answer).min(1) }).strict();
type Fixture = z.infer<typeof fixtureFile>;

function load(set: string): Array<{ state: string; file: Fixture }> {
  const dir = path.join(root, set);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ state: f.replace(/\.json$/, ''), file: fixtureFile.parse(JSON.parse(readFileSync(path.join(dir, f), 'utf8'))) }));
}

const SETS = { 'held-out': 'h', 'dev-extra': 'd', 'dev-2': 'e', 'dev-3': 'g', 'held-out-3': 'k', 'dev-4': 'd4', 'held-out-4': 'm', 'dev-5': 'd5', 'dev-6': 'd6', 'dev-7': 'd7', 'dev-8': 'd8', 'dev-9': 'd9', 'dev-10': 'd10', 'dev-11': 'd11', 'dev-para': 'dp' } as const;
const loaded = Object.fromEntries(Object.keys(SETS).map((set) => [set, load(set)])) as Record<keyof typeof SETS, ReturnType<typeof load>>;
const all = (set: keyof typeof SETS) => loaded[set].flatMap(({ file }) => file.answers);
const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** Every service a tool call names: its `service` argument and the services its result describes. */
function servicesNamed(call: Fixture['answers'][number]['toolResults'][number]): string[] {
  const names: string[] = [];
  if (typeof call.arguments.service === 'string') names.push(call.arguments.service);
  const result = call.result as Record<string, unknown> | string | undefined;
  if (result && typeof result === 'object') {
    if (typeof result.service === 'string') names.push(result.service);
    if (typeof result.name === 'string') names.push(result.name);
    for (const list of [result.services, result.dependencies]) {
      if (Array.isArray(list)) for (const s of list) if (s && typeof s === 'object' && typeof (s as { name?: unknown }).name === 'string') names.push((s as { name: string }).name);
    }
  }
  return names;
}

describe('grounding fixture sets', () => {
  it.each(Object.entries(SETS))('%s: ids carry the set prefix and the state, and number from 01', (set, prefix) => {
    for (const { state, file } of loaded[set as keyof typeof SETS]) {
      file.answers.forEach((a, i) => expect(a.id).toBe(`${prefix}-${state}-${String(i + 1).padStart(2, '0')}`));
    }
  });

  it('held-out has at least 100 answers over at least 5 states, with grounded and every hallucination kind', () => {
    expect(loaded['held-out'].length).toBeGreaterThanOrEqual(5);
    const answers = all('held-out');
    expect(answers.length).toBeGreaterThanOrEqual(100);
    expect(new Set(answers.map((a) => a.label))).toEqual(new Set(LABELS));
  });

  it('dev-extra has at least 100 answers', () => {
    expect(all('dev-extra').length).toBeGreaterThanOrEqual(100);
  });

  it('dev-3 has at least 120 answers over at least 8 states, two of them in no other set, with grounded and every hallucination kind', () => {
    const states = loaded['dev-3'].map((s) => s.state);
    expect(states.length).toBeGreaterThanOrEqual(8);
    const elsewhere = new Set((['held-out', 'dev-extra', 'dev-2'] as const).flatMap((set) => loaded[set].map((s) => s.state)));
    expect(states.filter((s) => !elsewhere.has(s)).length).toBeGreaterThanOrEqual(2);
    const answers = all('dev-3');
    expect(answers.length).toBeGreaterThanOrEqual(120);
    expect(new Set(answers.map((a) => a.label))).toEqual(new Set(LABELS));
  });

  it('held-out-3 has at least 150 answers over all thirteen captured states, with grounded and every hallucination kind', () => {
    const captured = readdirSync(path.join(root, 'states')).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect(captured.length).toBeGreaterThanOrEqual(13);
    expect(loaded['held-out-3'].map((s) => s.state).sort()).toEqual(captured.sort());
    const answers = all('held-out-3');
    expect(answers.length).toBeGreaterThanOrEqual(150);
    expect(new Set(answers.map((a) => a.label))).toEqual(new Set(LABELS));
  });

  it.each(['dev-4', 'held-out-4', 'dev-5', 'dev-6', 'dev-7'] as const)('%s has at least 120 answers over all thirteen captured states, about half of them grounded, with every hallucination kind', (set) => {
    const captured = readdirSync(path.join(root, 'states')).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect(loaded[set].map((s) => s.state).sort()).toEqual(captured.sort());
    const answers = all(set);
    expect(answers.length).toBeGreaterThanOrEqual(120);
    expect(new Set(answers.map((a) => a.label))).toEqual(new Set(LABELS));
    const grounded = answers.filter((a) => a.label === 'grounded').length / answers.length;
    expect(grounded).toBeGreaterThan(0.4);
    expect(grounded).toBeLessThan(0.6);
  });

  it('dev-8 has at least 100 answers over all thirteen captured states, 65-85 % grounded, with every hallucination kind', () => {
    const captured = readdirSync(path.join(root, 'states')).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect(loaded['dev-8'].map((s) => s.state).sort()).toEqual(captured.sort());
    const answers = all('dev-8');
    expect(answers.length).toBeGreaterThanOrEqual(100);
    expect(new Set(answers.map((a) => a.label))).toEqual(new Set(LABELS));
    const grounded = answers.filter((a) => a.label === 'grounded').length / answers.length;
    expect(grounded).toBeGreaterThanOrEqual(0.65);
    expect(grounded).toBeLessThanOrEqual(0.85);
  });

  it('dev-9 has at least 140 answers over all thirteen captured states (10 to 12 each), 40-60 % grounded, with every hallucination kind', () => {
    const captured = readdirSync(path.join(root, 'states')).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect(loaded['dev-9'].map((s) => s.state).sort()).toEqual(captured.sort());
    for (const { state, file } of loaded['dev-9']) expect(file.answers.length, state).toBeGreaterThanOrEqual(10);
    for (const { state, file } of loaded['dev-9']) expect(file.answers.length, state).toBeLessThanOrEqual(12);
    const answers = all('dev-9');
    expect(answers.length).toBeGreaterThanOrEqual(140);
    expect(new Set(answers.map((a) => a.label))).toEqual(new Set(LABELS));
    const grounded = answers.filter((a) => a.label === 'grounded').length / answers.length;
    expect(grounded).toBeGreaterThan(0.4);
    expect(grounded).toBeLessThan(0.6);
  });

  it('dev-10 has 140 or more answers, 10 to 12 in each of the thirteen captured states, 50-62 % grounded, with every hallucination kind', () => {
    const captured = readdirSync(path.join(root, 'states')).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect(loaded['dev-10'].map((s) => s.state).sort()).toEqual(captured.sort());
    for (const { state, file } of loaded['dev-10']) {
      expect(file.answers.length, state).toBeGreaterThanOrEqual(10);
      expect(file.answers.length, state).toBeLessThanOrEqual(12);
    }
    const answers = all('dev-10');
    expect(answers.length).toBeGreaterThanOrEqual(140);
    expect(new Set(answers.map((a) => a.label))).toEqual(new Set(LABELS));
    const grounded = answers.filter((a) => a.label === 'grounded').length / answers.length;
    expect(grounded).toBeGreaterThanOrEqual(0.5);
    expect(grounded).toBeLessThanOrEqual(0.62);
  });

  it('dev-11 has 120 or more answers, 9 to 11 in each of the thirteen captured states, 70-80 % grounded, with every hallucination kind', () => {
    const captured = readdirSync(path.join(root, 'states')).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect(loaded['dev-11'].map((s) => s.state).sort()).toEqual(captured.sort());
    for (const { state, file } of loaded['dev-11']) {
      expect(file.answers.length, state).toBeGreaterThanOrEqual(9);
      expect(file.answers.length, state).toBeLessThanOrEqual(11);
    }
    const answers = all('dev-11');
    expect(answers.length).toBeGreaterThanOrEqual(120);
    expect(new Set(answers.map((a) => a.label))).toEqual(new Set(LABELS));
    const grounded = answers.filter((a) => a.label === 'grounded').length / answers.length;
    expect(grounded).toBeGreaterThanOrEqual(0.7);
    expect(grounded).toBeLessThanOrEqual(0.8);
  });

  it('dev-2 has at least 150 answers over at least 8 states, with grounded and every hallucination kind', () => {
    expect(loaded['dev-2'].length).toBeGreaterThanOrEqual(8);
    const answers = all('dev-2');
    expect(answers.length).toBeGreaterThanOrEqual(150);
    expect(new Set(answers.map((a) => a.label))).toEqual(new Set(LABELS));
  });

  it.each([
    ['held-out', heldOut, 'h'],
    ['dev-extra', devExtra, 'd'],
    ['dev-2', dev2, 'e'],
    ['dev-3', dev3, 'g'],
    ['held-out-3', heldOut3, 'k'],
    ['dev-4', dev4, 'd4'],
    ['held-out-4', heldOut4, 'm'],
    ['dev-5', dev5, 'd5'],
    ['dev-6', dev6, 'd6'],
    ['dev-7', dev7, 'd7'],
    ['dev-8', dev8, 'd8'],
    ['dev-9', dev9, 'd9'],
    ['dev-10', dev10, 'd10'],
    ['dev-11', dev11, 'd11'],
    ['dev-para', devPara, 'dp'],
  ] as const)('%s files are exactly what build-sets.ts makes from the specs and the captured states', (dir, spec, prefix) => {
    const built = buildSet(spec, prefix);
    const onDisk = readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.json'));
    expect(onDisk.sort()).toEqual(Object.keys(built).sort());
    for (const [name, text] of Object.entries(built)) expect(readFileSync(path.join(root, dir, name), 'utf8'), `${dir}/${name}: run npx tsx scripts/grounding-fixtures/build-sets.ts`).toBe(text);
  });

  it('ids are unique across every set, including the dev set (the original answers among it)', () => {
    const dev = readdirSync(path.join(root, 'dev'))
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => (JSON.parse(readFileSync(path.join(root, 'dev', f), 'utf8')) as { answers: Array<{ id: string }> }).answers);
    expect(dev.length).toBeGreaterThanOrEqual(72);
    const ids = [...(Object.keys(SETS) as Array<keyof typeof SETS>).flatMap(all), ...dev].map((a) => a.id);
    expect(ids.length - new Set(ids).size).toBe(0);
  });

  it('every service a tool result names exists in its state, and isError results carry the refusal text', () => {
    for (const set of Object.keys(SETS) as Array<keyof typeof SETS>) {
      for (const { state, file } of loaded[set]) {
        const known = new Set(file.fleet.services.map((s) => s.name));
        for (const a of file.answers) {
          for (const call of a.toolResults) {
            for (const name of servicesNamed(call)) expect(known.has(name), `${a.id}: ${call.name} names ${name}, not in ${state}`).toBe(true);
            if (call.isError) expect(typeof call.result, `${a.id}: ${call.name}`).toBe('string');
          }
        }
      }
    }
  });

  it('no answer text is shared between any two sets (nor repeated inside a set)', () => {
    const seen = new Map<string, string>();
    for (const set of Object.keys(SETS) as Array<keyof typeof SETS>) {
      const texts = all(set).map((a) => normalise(a.answer));
      expect(texts.length - new Set(texts).size, `${set} repeats an answer`).toBe(0);
      for (const text of texts) {
        expect(seen.get(text), `${set} shares an answer with ${seen.get(text)}: ${text.slice(0, 80)}`).toBeUndefined();
        seen.set(text, set);
      }
    }
  });
});
