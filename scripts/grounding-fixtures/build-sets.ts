/**
 * Writes the labelled answer sets from the hand-written specs in
 * scripts/grounding-fixtures/answers/<set>.ts and the captured states:
 *
 *   npx tsx scripts/grounding-fixtures/build-sets.ts
 *
 * Each answer's tool results are copied from the capture (exactly what the
 * real tools returned in that state), so no result is typed by hand.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import devExtra from './answers/dev-extra';
import heldOut from './answers/held-out';
import type { AnswerSet } from './spec';

const root = path.resolve(__dirname, '../../tests/fixtures/grounding');

interface Capture {
  description: string;
  services: unknown[];
  tools: Record<string, { name: string; arguments: Record<string, unknown>; result: unknown; isError?: boolean }>;
}

function write(set: AnswerSet, dir: string, prefix: string) {
  mkdirSync(path.join(root, dir), { recursive: true });
  let total = 0;
  for (const [state, specs] of Object.entries(set)) {
    if (specs.length === 0) continue;
    const capture = JSON.parse(readFileSync(path.join(root, 'states', `${state}.json`), 'utf8')) as Capture;
    const answers = specs.map((spec, i) => ({
      id: `${prefix}-${state}-${String(i + 1).padStart(2, '0')}`,
      label: spec.label,
      class: spec.class,
      question: spec.question,
      answer: spec.answer.trim(),
      toolResults: spec.tools.map((key) => {
        const call = capture.tools[key];
        if (!call) throw new Error(`${state}: no captured tool result ${key}`);
        return { name: call.name, arguments: call.arguments, result: call.result, ...(call.isError ? { isError: true } : {}) };
      }),
    }));
    const file = { description: capture.description, fleet: { services: capture.services }, answers };
    writeFileSync(path.join(root, dir, `${state}.json`), `${JSON.stringify(file, null, 1)}\n`);
    total += answers.length;
  }
  console.log(`${dir}: ${total} answers`);
}

write(heldOut, 'held-out', 'h');
write(devExtra, 'dev-extra', 'd');
