import { readFileSync } from 'node:fs';
import { checkAnswer } from '../../lib/grounding/check-answer';
import { fleetFacts } from '../../lib/grounding/fleet-facts';
import { quantitiesOf } from '../../lib/grounding/quantities';
const [st, keys, answer] = process.argv.slice(2);
const s = JSON.parse(readFileSync(`/work/wt/gr-tuner/tests/fixtures/grounding/states/${st}.json`, 'utf8'));
const toolResults = (keys ? keys.split(',') : []).map((k: string) => s.tools[k]);
console.log(JSON.stringify(quantitiesOf(answer!)));
console.log(JSON.stringify(checkAnswer({ answer: answer!, toolResults }, fleetFacts(s.services)), null, 1));
