import { tidy, type Claim, type ClaimModule } from './claim';
import { mentionsOf } from './subjects';

/**
 * "Are its dependencies OK?" → "Yes, all four are reachable: A, B, C and D":
 * a list given as the dependencies of a service the question leaves to a
 * pronoun. Whose they are is the one service this turn's check_dependencies
 * ran for; each name listed must be one of the dependencies it checked. (A
 * question or a sentence that names the service is read by the relations
 * module.)
 */
interface DependencyListClaim extends Claim {
  relation: 'checked_dependencies';
  /** The service whose dependencies were checked. */
  value: string;
}

const ABOUT_DEPENDENCIES = /\b(?:its|their|the)\s+(?:dependencies|deps|upstreams?|upstream services)\b/i;
/** Words before the colon that present the list as the whole set checked: "all four are reachable", "each of them answers". */
const PRESENTS_ALL = /\b(?:all|both|each|every one)\b[^:]{0,50}\b(?:reachab\w*|healthy|fine|ok|okay|up|running|answer\w*|respond\w*)\b[^:]{0,20}:\s*$/i;

export const dependencyLists: ClaimModule<DependencyListClaim> = {
  name: 'dependency-lists',
  extract({ doc, facts, question, questionServices }) {
    if (!ABOUT_DEPENDENCIES.test(question) || questionServices.length) return [];
    const checked = [...new Set(facts.calls.filter((c) => c.name === 'check_dependencies' && !c.isError).map((c) => c.arguments?.service))];
    const owner = checked.length === 1 && typeof checked[0] === 'string' && facts.names.includes(checked[0]) ? checked[0] : undefined;
    if (!owner) return [];
    const claims: DependencyListClaim[] = [];
    for (const unit of doc.units) {
      if (unit.kind !== 'prose') continue;
      // The colon whose words before it (since the last colon) present the set: "It can: all three answer: A, B, C".
      const colons = [...unit.text.matchAll(/:/g)].map((m) => m.index!);
      const colon = colons.find((c, i) => {
        const lead = unit.text.slice(i > 0 ? colons[i - 1]! + 1 : 0, c + 1);
        return PRESENTS_ALL.test(lead) && !mentionsOf(lead, facts.names).length;
      });
      if (colon === undefined) continue;
      const list = unit.text.slice(colon + 1).split(/[.;]|\s[—–-]\s/)[0]!;
      const listed = [...new Set(mentionsOf(list, facts.names).map((m) => m.service))];
      if (listed.length < 2) continue;
      claims.push({ subjects: listed, relation: 'checked_dependencies', value: owner, polarity: true, ...tidy(list, unit.start + colon + 1) });
    }
    return claims;
  },
  check(claim, { facts }) {
    const owner = claim.value;
    const strangers = claim.subjects.filter((s) => facts.reaches(owner, s) === undefined);
    // Only when the check listed some of them: then a name it did not list is none of the owner's dependencies.
    if (!strangers.length || strangers.length === claim.subjects.length) return undefined;
    const deps = facts.names.filter((n) => facts.reaches(owner, n) !== undefined);
    return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Lists ${strangers.join(', ')} among ${owner}'s dependencies.`, fact: `check_dependencies this turn: ${owner} depends on ${deps.join(', ')}.` };
  },
};
