import { tidy, type Claim, type ClaimModule } from './claim';
import type { Facts } from './facts';

/**
 * One service's trouble said to have caused another's: "model-a's slowness
 * made mcp-server's requests time out", "redis going down took web-ui with
 * it", "ai-agent fails because of model-b's spike". Trouble travels along
 * dependencies (a dependency failing its callers, callers loading a
 * dependency); between two services with no dependency path either way, the
 * link is a cause no tool reported, however plausible it sounds.
 */
interface CausalClaim extends Claim {
  relation: 'caused';
  /** The service whose trouble is the cause; `subjects[0]` the one said to suffer it. */
  value: string;
}

const VERBS = 'made|makes|caused|causes|pushed|pushes|led to|leads to|triggered|triggers|brought down|took down|takes down|knocked (?:out|over)|starved|overloaded|overwhelmed|flooded|slowed(?: down)?|poisoned|dragged(?: down)?|cascaded (?:to|into)|spilled (?:over )?(?:to|into|onto)|took out';
/** "X's crash made Y …", "X crashing took down Y", "X, by crashing, overloaded Y". */
const CAUSE_FIRST = new RegExp(`\\b([\\w-]+)(?:['’]s\\s+(?:[\\w-]+\\s+){0,2}?|\\s+(?:\\w+ing)\\s+(?:[\\w-]+\\s+){0,1}?|\\s+)(${VERBS})\\b([^.;!?]{0,80})`, 'gi');
/** "Y fails because of X's spike", "Y is slow due to X". */
const EFFECT_FIRST = /\b([\w-]+)\b([^.;!?]{0,60}?)\b(?:because of|due to|as a result of|owing to|thanks to|caused by|triggered by|brought on by)\s+(?:the\s+)?([\w-]+)(?:['’]s)?\b/gi;
const NOT_SAID = /\b(?:not|n['’]t|no|never|if|would|could|might|unlikely|rather than|instead of|whether|nothing|neither|nor|rule out|ruled out)\b/i;

function linked(facts: Facts, a: string, b: string): boolean {
  const reaches = (from: string, to: string) => {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length) {
      const n = stack.pop()!;
      for (const d of facts.dependencies(n) ?? []) {
        if (d === to) return true;
        if (!seen.has(d)) stack.push(d), seen.add(d);
      }
    }
    return false;
  };
  return reaches(a, b) || reaches(b, a);
}

export const causalLinks: ClaimModule<CausalClaim> = {
  name: 'causal-links',
  extract({ doc, facts }) {
    const claims: CausalClaim[] = [];
    const service = (word: string) => (facts.names.includes(word) ? word : undefined);
    for (const unit of doc.units) {
      const text = unit.text;
      if (unit.kind === 'code' || /\?\s*$/.test(text)) continue;
      for (const m of text.matchAll(CAUSE_FIRST)) {
        const cause = service(m[1]!);
        // The effect is the verb's object: named before the clause ends ("…, and model-b can't keep up" is another clause).
        const object = m[3]!.split(/[,(—–]|\b(?:and|while|but|whereas)\b/)[0]!;
        const objectAt = m.index! + m[0].length - m[3]!.length;
        const effect = unit.mentions.find((x) => x.start >= objectAt && x.start < objectAt + object.length && x.service !== cause);
        if (!cause || !effect || NOT_SAID.test(text.slice(0, m.index!).split(/[.;:]/).at(-1)!) || NOT_SAID.test(m[0])) continue;
        claims.push({ subjects: [effect.service], relation: 'caused', value: cause, polarity: true, ...tidy(text.slice(m.index!, effect.end), unit.start + m.index!) });
      }
      for (const m of text.matchAll(EFFECT_FIRST)) {
        const effect = service(m[1]!);
        const cause = service(m[3]!);
        if (!effect || !cause || effect === cause || NOT_SAID.test(m[2]!) || NOT_SAID.test(text.slice(0, m.index!).split(/[.;:]/).at(-1)!)) continue;
        claims.push({ subjects: [effect], relation: 'caused', value: cause, polarity: true, ...tidy(m[0], unit.start + m.index!) });
      }
    }
    return claims;
  },
  check(claim, { facts }) {
    const effect = claim.subjects[0]!;
    const cause = claim.value;
    // Without the dependencies of both, there is no path to look for.
    if (facts.dependencies(effect) === undefined || facts.dependencies(cause) === undefined || linked(facts, cause, effect)) return undefined;
    return {
      kind: 'unsupported_claim',
      severity: 'error',
      span: claim.span,
      start: claim.start,
      message: `Says ${cause}'s trouble caused ${effect}'s; neither depends on the other, and no tool links them.`,
      fact: `${effect} depends on ${(facts.dependencies(effect) ?? []).join(', ') || 'nothing'}; ${cause} on ${(facts.dependencies(cause) ?? []).join(', ') || 'nothing'}.`,
    };
  },
};
