/** Prints the detector's result on one dev answer: `npx tsx scripts/grounding-fixtures/debug.ts <id>`. */
import { checkAnswer } from '../../lib/grounding/check-answer';
import { fleetFacts } from '../../lib/grounding/fleet-facts';
import { readSets } from '../../lib/grounding/labelled-sets';

for (const s of [...readSets('dev'), ...readSets('dev-extra')]) {
  for (const a of s.answers) {
    if (a.id !== process.argv[2]) continue;
    console.log(JSON.stringify(checkAnswer({ answer: a.answer, question: a.question, toolResults: a.toolResults }, fleetFacts(s.fleet.services)), null, 1));
  }
}
