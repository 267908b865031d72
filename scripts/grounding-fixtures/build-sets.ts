/**
 * Writes the labelled answer sets from the hand-written specs in
 * scripts/grounding-fixtures/answers/ and the captured states:
 *
 *   npx tsx scripts/grounding-fixtures/build-sets.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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
import { buildSet, FIXTURES_DIR } from './build';

for (const [dir, files] of [
  ['held-out', buildSet(heldOut, 'h')],
  ['dev-extra', buildSet(devExtra, 'd')],
  ['dev-2', buildSet(dev2, 'e')],
  ['dev-3', buildSet(dev3, 'g')],
  ['held-out-3', buildSet(heldOut3, 'k')],
  ['dev-4', buildSet(dev4, 'd4')],
  ['held-out-4', buildSet(heldOut4, 'm')],
  ['dev-5', buildSet(dev5, 'd5')],
  ['dev-6', buildSet(dev6, 'd6')],
  ['dev-7', buildSet(dev7, 'd7')],
  ['dev-8', buildSet(dev8, 'd8')],
  ['dev-9', buildSet(dev9, 'd9')],
  ['dev-10', buildSet(dev10, 'd10')],
  ['dev-11', buildSet(dev11, 'd11')],
  ['dev-para', buildSet(devPara, 'dp')],
] as const) {
  mkdirSync(path.join(FIXTURES_DIR, dir), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(FIXTURES_DIR, dir, name), text);
  console.log(`${dir}: ${Object.keys(files).length} files`);
}
