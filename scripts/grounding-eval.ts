/**
 * Prints the hallucination detector's precision and recall on the labelled
 * sets in tests/fixtures/grounding (npm run grounding:eval):
 * - dev (dev/, dev-extra/ and dev-2/): the sets the rules are tuned on, in full: per
 *   kind, per class, every miss and every false alarm;
 * - held-out (held-out/) and held-out-2 (held-out-2/, written later by
 *   another hand): measured only, each on its own, per kind. Their misses are
 *   printed only with --held-out-misses, which is off by default: reading them
 *   to tune the rules would turn a held-out set into a dev set.
 * --json prints the evaluations as JSON (held-out mistakes only with the flag).
 */
import { evaluateSets, FINDING_KINDS, type Evaluation, type Mistake } from '../lib/grounding/evaluate';
import { answerCount, readSets } from '../lib/grounding/labelled-sets';

const showHeldOutMisses = process.argv.includes('--held-out-misses');
const dev = [...readSets('dev'), ...readSets('dev-extra'), ...readSets('dev-2')];
const heldOut = readSets('held-out');
const devResult = evaluateSets(dev);
const heldOutResult = heldOut.length ? evaluateSets(heldOut) : undefined;
const heldOut2 = readSets('held-out-2');
const heldOut2Result = heldOut2.length ? evaluateSets(heldOut2) : undefined;

function hide(e: Evaluation): Omit<Evaluation, 'misses' | 'falseAlarms' | 'mistakes'> {
  const { misses: _m, falseAlarms: _f, mistakes: _x, ...rest } = e;
  return rest;
}

if (process.argv.includes('--json')) {
  const shown = (e: Evaluation | undefined) => e && (showHeldOutMisses ? e : hide(e));
  console.log(JSON.stringify({ dev: devResult, heldOut: shown(heldOutResult), heldOut2: shown(heldOut2Result) }, null, 2));
  process.exit(0);
}

function summary(title: string, e: Evaluation, states: number, classes = true) {
  const hallucinations = e.truePositives + e.falseNegatives;
  console.log(`\n== ${title}: ${e.total} answers over ${states} fleet states (${hallucinations} hallucinations, ${e.total - hallucinations} grounded)`);
  console.log(`Precision: ${e.precision.toFixed(3)}  (${e.truePositives} of ${e.truePositives + e.falsePositives} flagged answers are hallucinations)`);
  console.log(`Recall:    ${e.recall.toFixed(3)}  (${e.truePositives} of ${hallucinations} hallucinations flagged)`);
  console.log(`Right kind among the findings: ${e.kindAccuracy.toFixed(3)}; answers left "unverified": ${e.unverified}`);
  console.log('Per kind (caught/hallucinations):');
  for (const [kind, k] of Object.entries(e.perKind).sort()) console.log(`  ${kind.padEnd(22)} ${k.caught}/${k.total}`);
  const perClass = classes ? Object.entries(e.perClass).filter(([c]) => !(FINDING_KINDS as readonly string[]).includes(c)) : [];
  if (perClass.length) {
    console.log('Per class (hallucinations caught; grounded answers wrongly flagged):');
    for (const [cls, c] of perClass.sort()) {
      const parts = [c.hallucinations ? `caught ${c.caught}/${c.hallucinations}` : '', c.grounded ? `false alarms ${c.falseAlarms}/${c.grounded}` : ''].filter(Boolean);
      console.log(`  ${cls.padEnd(22)} ${parts.join('   ')}`);
    }
  }
}

function list(title: string, mistakes: Mistake[]) {
  if (!mistakes.length) return;
  console.log(`${title} (${mistakes.length}):`);
  for (const m of mistakes) {
    console.log(`  ${m.set} ${m.id} [${m.kind ?? m.class ?? m.label} → ${m.verdict}] Q: ${m.question ?? ''}`);
    console.log(`     A: ${m.answer.replace(/\n/g, '\n        ')}`);
    console.log(`     ${m.findings.join('\n     ') || 'no findings'}`);
  }
}

summary('dev', devResult, dev.length);
list('Misses', devResult.misses);
list('False alarms', devResult.falseAlarms);
for (const [split, sets, result] of [
  ['held-out', heldOut, heldOutResult],
  ['held-out-2', heldOut2, heldOut2Result],
] as const) {
  if (!result) {
    console.log(`\n== ${split}: no answers in tests/fixtures/grounding/${split} yet (${answerCount(sets)})`);
    continue;
  }
  // Per kind only: its classes (and, without the flag, its mistakes) stay out of sight of whoever tunes the rules.
  summary(`${split} (measured only, never tuned on)`, result, sets.length, showHeldOutMisses);
  if (showHeldOutMisses) {
    list(`${split} misses`, result.misses);
    list(`${split} false alarms`, result.falseAlarms);
  } else console.log(`(${result.misses.length} misses and ${result.falseAlarms.length} false alarms not shown: --held-out-misses prints them; do not tune on them)`);
}
