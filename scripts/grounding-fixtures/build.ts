import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AnswerSet } from './spec';

export const FIXTURES_DIR = path.resolve(import.meta.dirname, '../../tests/fixtures/grounding');

interface Capture {
  description: string;
  services: unknown[];
  tools: Record<string, { name: string; arguments: Record<string, unknown>; result: unknown; isError?: boolean }>;
}

/**
 * One fixture file per state: the state's description and ServiceFacts, and
 * each hand-written answer with its tool results copied from the capture
 * (exactly what the real tools returned in that state; none typed by hand).
 */
export function buildSet(set: AnswerSet, prefix: 'h' | 'd' | 'e' | 'g' | 'k' | 'd4' | 'm' | 'd5' | 'd6' | 'd7' | 'd8' | 'd9' | 'd10' | 'd11' | 'dp'): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [state, specs] of Object.entries(set)) {
    if (specs.length === 0) continue;
    const capture = JSON.parse(readFileSync(path.join(FIXTURES_DIR, 'states', `${state}.json`), 'utf8')) as Capture;
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
    files[`${state}.json`] = `${JSON.stringify({ description: capture.description, fleet: { services: capture.services }, answers }, null, 1)}\n`;
  }
  return files;
}
