/** Prints the detector's result on one tuning answer (dev, dev-extra, dev-2, …; never held-out): `npx tsx scripts/grounding-fixtures/debug.ts <id>`. */
import { checkAnswer } from '../../lib/grounding/check-answer';
import { fleetFacts } from '../../lib/grounding/fleet-facts';
import { readSets, splitsOf } from '../../lib/grounding/labelled-sets';

for (const s of splitsOf().dev.flatMap((split) => readSets(split))) {
  for (const a of s.answers) {
    if (a.id !== process.argv[2]) continue;
    console.log(JSON.stringify(checkAnswer({ answer: a.answer, question: a.question, toolResults: a.toolResults }, fleetFacts(s.fleet.services)), null, 1));
  }
}
