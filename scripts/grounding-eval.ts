/**
 * Prints the hallucination detector's precision and recall on the labelled
 * sets in tests/fixtures/grounding (npm run grounding:eval):
 * - dev (dev/ and dev-extra/): the sets the rules are tuned on, in full: per
 *   kind, per class, every miss and every false alarm;
 * - every other tuning folder (dev-2/, dev-3/, …) on its own, in full as well,
 *   so a set written after the rules shows how they carry over before it is
 *   tuned on;
 * - held-out (held-out/, held-out-3/, …): measured only, per kind, each folder
 *   and all together. Its misses are printed only with --held-out-misses,
 *   which is off by default: reading them to tune the rules would turn the
 *   held-out set into a dev set.
 * --json prints the evaluations as JSON (held-out mistakes only with the flag).
 * --dev-only skips the held-out folders altogether (not even their figures):
 * for tuning runs, so the held-out figures are looked at only when meant to.
 */
import { evaluateSets, FINDING_KINDS, type Evaluation, type Mistake } from '../lib/grounding/evaluate';
import { readSets, splitsOf } from '../lib/grounding/labelled-sets';

const showHeldOutMisses = process.argv.includes('--held-out-misses');
const splits = splitsOf();
const dev = [...readSets('dev'), ...readSets('dev-extra')];
const otherDev = splits.dev.filter((s) => s !== 'dev' && s !== 'dev-extra' && s !== 'states' && readSets(s).length);
const devOnly = process.argv.includes('--dev-only');
const heldOutSplits = devOnly ? [] : splits.heldOut.filter((s) => readSets(s).length);
const heldOut = heldOutSplits.flatMap((s) => readSets(s));
const devResult = evaluateSets(dev);
const otherResults = otherDev.map((s) => [s, evaluateSets(readSets(s))] as const);
const heldOutResult = heldOut.length ? evaluateSets(heldOut) : undefined;
const heldOutEach = heldOutSplits.length > 1 ? heldOutSplits.map((s) => [s, evaluateSets(readSets(s))] as const) : [];

function hide(e: Evaluation): Omit<Evaluation, 'misses' | 'falseAlarms' | 'mistakes'> {
  const { misses: _m, falseAlarms: _f, mistakes: _x, ...rest } = e;
  return rest;
}

if (process.argv.includes('--json')) {
  const held = (e: Evaluation) => (showHeldOutMisses ? e : hide(e));
  console.log(JSON.stringify({ dev: devResult, ...Object.fromEntries(otherResults), heldOut: heldOutResult && held(heldOutResult), ...Object.fromEntries(heldOutEach.map(([s, e]) => [s, held(e)])) }, null, 2));
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

summary('dev (dev/ + dev-extra/)', devResult, dev.length);
list('Misses', devResult.misses);
list('False alarms', devResult.falseAlarms);
for (const [split, result] of otherResults) {
  summary(split, result, readSets(split).length);
  list('Misses', result.misses);
  list('False alarms', result.falseAlarms);
}
for (const [split, result] of heldOutEach) summary(`${split} (measured only, never tuned on)`, result, readSets(split).length, showHeldOutMisses);
if (heldOutResult) {
  // Per kind only: its classes (and, without the flag, its mistakes) stay out of sight of whoever tunes the rules.
  summary(`held-out, all (${heldOutSplits.join(' + ')}; measured only, never tuned on)`, heldOutResult, heldOut.length, showHeldOutMisses);
  if (showHeldOutMisses) {
    list('Held-out misses', heldOutResult.misses);
    list('Held-out false alarms', heldOutResult.falseAlarms);
  } else console.log(`(${heldOutResult.misses.length} misses and ${heldOutResult.falseAlarms.length} false alarms not shown: --held-out-misses prints them; do not tune on them)`);
} else if (devOnly) console.log('\n== held-out: skipped (--dev-only)');
else console.log('\n== held-out: no answers in tests/fixtures/grounding/held-out yet');
const line = (name: string, e: Evaluation) => `${name} P ${e.precision.toFixed(3)} R ${e.recall.toFixed(3)} (${e.total})`;
console.log(`\nSummary: ${[line('dev', devResult), ...otherResults.map(([s, e]) => line(s, e)), ...heldOutEach.map(([s, e]) => line(s, e)), ...(heldOutResult ? [line('held-out all', heldOutResult)] : [])].join(' | ')}`);
