import { tidy, type Claim, type ClaimModule } from './claim';
import { durationSeconds } from './quantities';
import { NUMBER, parseNumber } from './text';

/**
 * How long until a leaking service reaches its memory limit ("it hits the
 * limit in roughly 20 minutes", "about 2 minutes to the limit", "runs out of
 * memory in 5 min"): the answer's own forecast, checked as the room left (limit
 * less usage) over the growth the metrics series shows. Any growth the series
 * shows between two of its readings may be the one the answer used, so only a
 * figure outside every such reading, with a wide margin, is wrong; without a
 * usage, a limit and a growing series the claim is not read at all.
 */
interface TimeToLimitClaim extends Claim {
  relation: 'time_to_limit';
  value: number;
}

const QUAL = '(?:about|around|roughly|approximately|nearly|almost|just (?:over|under)|a (?:bit|little) (?:over|under)|some|only|under|over|~|≈)';
const DURATION = `(?:${QUAL}\\s+)?(?:\\*\\*)?(${NUMBER}|a|an|one)(?:\\*\\*)?\\s*(?:\\*\\*)?(seconds?|secs?|minutes?|mins?|hours?)(?:\\*\\*)?`;
const UNTIL_LIMIT = new RegExp(
  [
    // "reaches the limit in roughly 20 minutes", "will hit its 8 GB limit within 5 min", "runs out of memory in 3 minutes"
    `\\b(?:reach(?:es|ing)?|hit(?:s|ting)?|run(?:s|ning)? out(?: of (?:memory|room|headroom))?|be (?:oom[- ]?)?killed)(?:\\s+(?:the|its|that)\\s+(?:[\\d.,]+\\s*(?:mb|gb|gib|mib)\\s+)?(?:memory\\s+)?(?:limit|cap|ceiling))?\\s+(?:in|within|after)\\s+${DURATION}`,
    // "roughly 2 minutes to the limit", "about 5 minutes until it runs out"
    `\\b${DURATION}\\s+(?:to|until|till|before)\\s+(?:the|its|it\\s+(?:hits|reaches|runs out)|(?:the|its)\\s+(?:memory\\s+)?limit)`,
  ].join('|'),
  'gi',
);

export const timeToLimit: ClaimModule<TimeToLimitClaim> = {
  name: 'time-to-limit',
  extract({ doc, facts, questionServices }) {
    const claims: TimeToLimitClaim[] = [];
    for (const unit of doc.units) {
      if (unit.kind === 'code' || /\?\s*$/.test(unit.text)) continue;
      const text = unit.text;
      if (!/\blimit|run(?:s|ning)? out|killed\b/i.test(text)) continue;
      const named = [...new Set(unit.mentions.map((m) => m.service))];
      const subjects = named.length === 1 ? named : !named.length && unit.lead.length === 1 ? unit.lead : !named.length && questionServices.length === 1 ? questionServices : [];
      if (subjects.length !== 1) continue;
      for (const m of text.matchAll(UNTIL_LIMIT)) {
        const raw = m[1] ?? m[3];
        const unitWord = m[2] ?? m[4];
        if (!raw || !unitWord) continue;
        const amount = /^(a|an|one)$/i.test(raw) ? 1 : parseNumber(raw);
        if (!Number.isFinite(amount)) continue;
        claims.push({ subjects, relation: 'time_to_limit', value: durationSeconds(amount, unitWord) / 60, polarity: true, ...tidy(m[0], unit.start + m.index!) });
      }
    }
    return claims;
  },
  check(claim, { facts }) {
    const s = claim.subjects[0]!;
    const used = facts.observedOf(s, 'memoryMb').current[0];
    const limit = facts.observedOf(s, 'memoryLimitMb').current[0];
    const growth = facts.memoryGrowthRange(s);
    if (used === undefined || limit === undefined || !growth || growth[1] <= 0 || limit <= used) return undefined;
    const room = limit - used;
    const soonest = room / growth[1];
    const latest = growth[0] > 0 ? room / growth[0] : Infinity;
    if (claim.value >= soonest * 0.6 && claim.value <= latest * 1.5) return undefined;
    return {
      kind: 'contradicted_fact',
      severity: 'error',
      span: claim.span,
      start: claim.start,
      message: `Says ${s} reaches its memory limit in about ${Math.round(claim.value * 10) / 10} min.`,
      fact: `${s}: ${Math.round(room * 10) / 10} MB left, growing ${Math.round(growth[0])}–${Math.round(growth[1])} MB a minute over the metrics series: about ${Math.round(soonest * 10) / 10}${Number.isFinite(latest) ? `–${Math.round(latest * 10) / 10}` : ''} min.`,
    };
  },
};
