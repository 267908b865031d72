import { tidy, type Claim, type ClaimModule } from './claim';
import type { Facts } from './facts';

/**
 * "redis ran out of memory", "web-ui was OOM-killed", "the kernel killed the
 * process": a memory exhaustion given as what happened to a service. Exit
 * code 137 only says the container was killed; a model that knows the usual
 * reason tends to add it. The claim holds only when the service's own issues
 * or tool words speak of memory (an OOM kill, a leak, its limit); given to a
 * service while another's words do, it is the wrong service; with neither,
 * it is a cause no tool reported.
 */
interface OomClaim extends Claim {
  relation: 'out_of_memory';
}

const OOM_RES: RegExp[] = [
  /\b(?:was|got|has been|had been|were|have been|is being)\s+(?:oom[- ]?killed|killed (?:by|for) (?:the\s+)?(?:oom|out[- ]of[- ]memory)[\w-]*)/gi,
  // ("ran out of GPU memory", "out of heap memory": the kind of memory named between.)
  /\b(?:ran|has run|had run|runs|is running|have run)\s+out of (?:(?:gpu|vram|ram|heap|host|system|container|its|device)\s+)?memory\b/gi,
  /\b(?:the\s+)?(?:kernel|oom[- ]killer)\s+(?:oom[- ]?)?killed\b/gi,
  /\b(?:crash\w*|died|exited|stopped|went down|was killed|got killed)\s+(?:because of|due to|from|after|with|on)\s+(?:an?\s+)?(?:oom\b|out[- ]of[- ]memory|memory exhaustion)/gi,
];
/** Words before it that make it a risk, a forecast, a denial or a question rather than what happened. */
const NOT_SAID = /\b(?:if|would|could|might|may|will|won['’]t|not|n['’]t|never|no|yet|before|until|about to|close to|near(?:ly)?|almost|risk\w*|danger|soon|going to|whether|unless|prevent\w*|avoid\w*|keep\w*|stop\w*|usually|typically|often|possibl\w*|perhaps|maybe|or)\b[^.;]*$/i;
const LATER = /^[^.;]*\b(?:soon|within|in (?:about|under|a few|\d)|at this rate|if)\b/i;
const EVIDENCE = /\boom\b|oom-?kill|out of memory|memory limit|\bleak/i;

function wordsOf(facts: Facts, service: string): string {
  return [...(facts.state(service)?.issues ?? []), ...facts.texts.filter((t) => t.service === service).map((t) => t.text)].join(' | ');
}

export const outOfMemory: ClaimModule<OomClaim> = {
  name: 'out-of-memory',
  extract({ doc }) {
    const claims: OomClaim[] = [];
    for (const unit of doc.units) {
      if (unit.kind === 'code' || /\?\s*$/.test(unit.text)) continue;
      for (const re of OOM_RES) {
        for (const m of unit.text.matchAll(re)) {
          const before = unit.text.slice(0, m.index);
          if (NOT_SAID.test(before) || LATER.test(unit.text.slice(m.index! + m[0].length))) continue;
          const who = unit.mentions.filter((x) => x.end <= m.index!).at(-1)?.service ?? unit.lead[0];
          if (!who) continue;
          claims.push({ subjects: [who], relation: 'out_of_memory', polarity: true, ...tidy(m[0], unit.start + m.index!) });
        }
      }
    }
    return claims;
  },
  check(claim, { facts }) {
    const s = claim.subjects[0]!;
    const mine = wordsOf(facts, s);
    if (EVIDENCE.test(mine)) return undefined;
    const holder = facts.names.find((n) => n !== s && EVIDENCE.test((facts.state(n)?.issues ?? []).join(' ')));
    if (holder) return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Gives ${s} the out-of-memory kill, which is ${holder}'s.`, fact: `${holder}: ${facts.state(holder)!.issues!.join(', ')}; ${s}: ${(facts.state(s)?.issues ?? []).join(', ') || 'no such issue'} (${facts.sourceOf(s)}).` };
    // Said of a service nothing this turn described: nothing to hold it to.
    if (!mine) return undefined;
    return { kind: 'unsupported_claim', severity: 'error', span: claim.span, start: claim.start, message: `Says ${s} ran out of memory; nothing the tools report about it speaks of memory.`, fact: `${s}: ${mine.slice(0, 160)} (${facts.sourceOf(s)}).` };
  },
};
