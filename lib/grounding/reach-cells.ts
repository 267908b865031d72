import { tidy, type Claim, type ClaimModule } from './claim';

/**
 * A table column that says whether each row's service is reachable
 * ("| model-b | no |" under "Reachable"): the reach from the service whose
 * dependencies check_dependencies listed this turn. Prose about reach is read
 * by the relations module; a bare yes or no in a cell has no verb to read.
 */
interface ReachClaim extends Claim {
  relation: 'reaches';
  /** The service reaching (the one whose dependencies were checked). */
  value: string;
}

const REACH_COLUMN = /\b(?:reachab\w*|reached|reaches|connect\w*|can reach|accessible)\b/i;
const YES = /^\s*(?:yes|y|true|ok|✅|✔️?|✓|reachable|connected|up)\s*$/i;
const NO = /^\s*(?:no|n|false|❌|✗|✘|unreachable|refused|not reachable|down)\s*$/i;

export const reachCells: ClaimModule<ReachClaim> = {
  name: 'reach-cells',
  extract({ doc, facts }) {
    const claims: ReachClaim[] = [];
    for (const unit of doc.units) {
      if (unit.kind !== 'table' || !unit.column || !REACH_COLUMN.test(unit.column) || unit.lead.length !== 1) continue;
      const yes = YES.test(unit.text);
      if (!yes && !NO.test(unit.text)) continue;
      const to = unit.lead[0]!;
      // Whose reach: the one service this turn's dependency checks found reaching (or not) the row's.
      const from = facts.names.filter((n) => n !== to && facts.reaches(n, to) !== undefined);
      if (from.length !== 1) continue;
      claims.push({ subjects: [to], relation: 'reaches', value: from[0]!, polarity: yes, ...tidy(unit.text, unit.start) });
    }
    return claims;
  },
  check(claim, { facts }) {
    const to = claim.subjects[0]!;
    const reached = facts.reaches(claim.value, to);
    if (reached === undefined || reached === claim.polarity) return undefined;
    return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Says ${claim.value} ${claim.polarity ? 'reaches' : 'cannot reach'} ${to}.`, fact: `check_dependencies this turn: ${claim.value} ${reached ? 'reaches' : 'cannot reach'} ${to}.` };
  },
};
