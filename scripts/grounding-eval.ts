/**
 * Prints the hallucination detector's precision and recall on the labelled
 * answers in tests/fixtures/grounding (npm run grounding:eval; --json for JSON).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { evaluate, type LabelledAnswer } from '../lib/grounding/evaluate';
import type { ServiceFacts } from '../lib/grounding/types';

const dir = path.resolve(import.meta.dirname, '../tests/fixtures/grounding');
const fleet = JSON.parse(readFileSync(path.join(dir, 'fleet.json'), 'utf8')) as { services: ServiceFacts[] };
const { answers } = JSON.parse(readFileSync(path.join(dir, 'answers.json'), 'utf8')) as { answers: LabelledAnswer[] };
const result = evaluate(fleet.services, answers);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const hallucinations = result.truePositives + result.falseNegatives;
  console.log(`Labelled answers: ${result.total} (${hallucinations} hallucinations, ${result.total - hallucinations} grounded)`);
  console.log(`Precision: ${result.precision.toFixed(3)}  (${result.truePositives} of ${result.truePositives + result.falsePositives} flagged answers are hallucinations)`);
  console.log(`Recall:    ${result.recall.toFixed(3)}  (${result.truePositives} of ${hallucinations} hallucinations flagged)`);
  console.log(`Right kind among the findings: ${result.kindAccuracy.toFixed(3)}; answers left "unverified": ${result.unverified}`);
  for (const [kind, k] of Object.entries(result.perKind)) console.log(`  ${kind.padEnd(20)} ${k.caught}/${k.total}`);
  for (const m of result.mistakes) console.log(`  MISS ${m.id} (${m.label} → ${m.verdict}): ${m.answer}\n       ${m.findings.join('\n       ') || 'no findings'}`);
}
