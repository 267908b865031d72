import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkAnswer } from '@/lib/grounding/check-answer';
import { fleetFacts } from '@/lib/grounding/fleet-facts';
import type { ServiceFacts, ToolResultInput } from '@/lib/grounding/types';

/**
 * The detector run on a captured fleet state (tests/fixtures/grounding/states)
 * with that state's real tool results, for the class tests in lib/grounding
 * (classes, robustness, personas): a case names the state, the captured
 * results the turn had, the question and the answer.
 */
interface Capture {
  services: ServiceFacts[];
  tools: Record<string, ToolResultInput>;
}
const states = new Map<string, Capture>();
function state(name: string): Capture {
  let s = states.get(name);
  if (!s) states.set(name, (s = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../fixtures/grounding/states', `${name}.json`), 'utf8')) as Capture));
  return s;
}

export interface Case {
  cls: string;
  state: string;
  tools: string[];
  q: string;
  a: string;
}

export const capturedCase = (cls: string, st: string, tools: string[], q: string, a: string): Case => ({ cls, state: st, tools, q, a });

export function runCase(c: Case) {
  const s = state(c.state);
  const toolResults = c.tools.map((k) => {
    const t = s.tools[k];
    if (!t) throw new Error(`${c.state}: no captured ${k}`);
    return { name: t.name, arguments: t.arguments, result: t.result, ...(t.isError ? { isError: true } : {}) };
  });
  return checkAnswer({ answer: c.a, question: c.q, toolResults }, fleetFacts(s.services));
}

export const showFindings = (r: ReturnType<typeof runCase>) => r.findings.map((f) => `${f.severity} ${f.kind} "${f.span}": ${f.message}`).join('\n') || 'no findings';
