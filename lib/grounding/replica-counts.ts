import { cachedRegExp, NUMBER, parseNumber } from './text';
import { tidy, type Claim, type ClaimModule } from './claim';

/**
 * How many services run a given number of replicas: "6 of 8 services run a
 * single replica", "Single-replica services: 6 of 8". Held to the whole
 * fleet's counts when the turn read every service; a count of "the other"
 * ones, a count said of before or after a change, or one under a negation is
 * left alone.
 */
type ReplicaCountClaim = Claim & { relation: 'count:replicas'; value: number; replicas: number; total?: number };

const K = '(?:a single|just one|only one|one|1|two|2|three|3|four|4)';
const kOf = (w: string) => (/single|one|\b1\b/i.test(w) ? 1 : /two|2/i.test(w) ? 2 : /three|3/i.test(w) ? 3 : 4);

export const replicaCounts: ClaimModule<ReplicaCountClaim> = {
  name: 'replica-counts',
  extract({ doc }) {
    const claims: ReplicaCountClaim[] = [];
    const said = cachedRegExp(`\\b(${NUMBER})(?:\\s+(?:of|out of)\\s+(?:the\\s+)?(${NUMBER}))?\\s+(?:services|svcs)\\s+(?:now\\s+)?(?:run|have|are on|sit on|are running)\\s+(${K})\\s+replicas?\\b`, 'gi');
    const labelled = cachedRegExp(`\\b(single|one|two|2|three|3)[- ]replica\\s+(?:services|svcs)\\s*[:=]\\s*(${NUMBER})(?:\\s+(?:of|out of)\\s+(${NUMBER}))?\\b`, 'gi');
    for (const unit of doc.units) {
      if (unit.kind === 'code' || /\?\s*$/.test(unit.text)) continue;
      const text = unit.text;
      const skip = (at: number) => /\b(?:other|remaining|rest|not|n['’]t|never|no|if|once|after|before|will|would|could|until|when)\b[^.;]*$/i.test(text.slice(0, at));
      for (const m of text.matchAll(said)) {
        if (skip(m.index!)) continue;
        claims.push({ subjects: [], relation: 'count:replicas', value: parseNumber(m[1]!), total: m[2] ? parseNumber(m[2]) : undefined, replicas: kOf(m[3]!), polarity: true, ...tidy(m[0], unit.start + m.index!) });
      }
      for (const m of text.matchAll(labelled)) {
        if (skip(m.index!)) continue;
        claims.push({ subjects: [], relation: 'count:replicas', value: parseNumber(m[2]!), total: m[3] ? parseNumber(m[3]) : undefined, replicas: kOf(m[1]!), polarity: true, ...tidy(m[0], unit.start + m.index!) });
      }
    }
    return claims.filter((c) => Number.isFinite(c.value));
  },
  check(claim, { facts }) {
    if (!facts.knowsWholeFleet()) return undefined;
    const all = facts.all();
    // A scale still on its way makes the count a matter of when: left alone (one whose count is reached is done).
    if (all.some((s) => s.action && (s.action as { replicas?: unknown }).replicas !== undefined && (s.action as { replicas?: unknown }).replicas !== s.replicas) || (claim.total !== undefined && claim.total !== all.length)) return undefined;
    const holding = all.filter((s) => s.replicas === claim.replicas);
    if (holding.length === claim.value) return undefined;
    return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Says ${claim.value} service(s) run ${claim.replicas} replica(s).`, fact: `${holding.length} of ${all.length} services run ${claim.replicas} replica(s)${holding.length && holding.length < 5 ? `: ${holding.map((s) => s.name).join(', ')}` : ''}.` };
  },
};
