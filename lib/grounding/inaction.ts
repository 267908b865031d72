import { tidy, type Claim, type ClaimModule } from './claim';
import { segmentsOf } from './subjects';

/**
 * "Nothing has been done about it yet", "redis hasn't been restarted", "no
 * action has been taken": a claim that nothing was done to a service. It is
 * contradicted when the tools show an action on it under way (its state has
 * one, or it is restarting) or a call that changed it succeeded this turn. In
 * the first person ("I haven't restarted it") only this turn's own calls
 * count: someone else's restart does not make the assistant's words wrong.
 */
type Kind = 'restart' | 'scale' | 'rollback' | 'clear_cache' | 'any';

interface InactionClaim extends Claim {
  relation: 'nothing_done';
  value: Kind;
  own: boolean;
}

const TOOL_OF: Record<Exclude<Kind, 'any'>, string> = { restart: 'restart_service', scale: 'scale_service', rollback: 'rollback_deployment', clear_cache: 'clear_cache' };

const ACTED = '(restarted|rebooted|bounced|scaled(?: up| out| down)?|rolled (?:[\\w-]+ )?back|reverted|flushed|cleared|purged|touched)';
const DENIAL = new RegExp(
  [
    // "nothing has been done (about it)", "no action has been taken", "nobody has touched it"
    // ("nothing's been done", "nobody's touched it": the contracted "has".)
    `\\b(?:nothing|no action|no fix|no remediation|no one|nobody)(?:\\s+(?:has|have|had)\\s+|['’]s\\s+(?=(?:yet\\s+|so far\\s+)?been\\b|(?:yet\\s+)?[a-z]+ed\\b))(?:yet\\s+|so far\\s+)?(?:been\\s+)?(done|taken|attempted|tried|${ACTED.slice(1, -1)})`,
    // "I haven't restarted it", "we have not flushed anything"
    `\\b(i|we)\\s+(?:have|had)(?:n['’]t|\\s+not)\\s+(?:yet\\s+)?${ACTED}`,
    // "redis hasn't been restarted", "it has not been rolled back yet" (not "the restart hasn't fixed it", which says one happened)
    `\\b(?:[\\w-]+)\\s+(?:has|have)(?:n['’]t|\\s+not)\\s+(?:yet\\s+)?been\\s+${ACTED}`,
    // "no restart has been attempted", "no rollback was issued"
    `\\bno\\s+(restart|reboot|scale(?:-out|-up)?|rollback|roll-back|flush|cache clear)\\s+(?:has|have|was|were)\\s+(?:yet\\s+)?(?:been\\s+)?(?:attempted|tried|issued|started|done|run|made|requested|triggered|kicked off)`,
  ].join('|'),
  'gi',
);

function kindOf(words: string): Kind {
  if (/restart|reboot|bounc/i.test(words)) return 'restart';
  if (/scal/i.test(words)) return 'scale';
  if (/roll|revert/i.test(words)) return 'rollback';
  if (/flush|clear|purg/i.test(words)) return 'clear_cache';
  return 'any';
}

export const inaction: ClaimModule<InactionClaim> = {
  name: 'inaction',
  extract(ctx) {
    const claims: InactionClaim[] = [];
    for (const unit of ctx.doc.units) {
      if (unit.kind === 'code' || /\?\s*$/.test(unit.text)) continue;
      const segments = segmentsOf(unit);
      for (const m of unit.text.matchAll(DENIAL)) {
        const before = unit.text.slice(0, m.index!);
        // "If nothing has been done by then…", "whether it hasn't been restarted": a condition, not a report.
        if (/\b(if|unless|whether|when|once|until|would|could|should|might)\b[^.;]*$/i.test(before)) continue;
        const who = m[2]?.toLowerCase();
        const own = who === 'i' || who === 'we';
        const seg = segments.findLast((s) => s.subjectStart <= m.index! || s.offset <= m.index!);
        const subjects = seg?.services ?? (unit.lead.length ? unit.lead : ctx.questionServices);
        if (!subjects.length) continue;
        claims.push({ subjects, relation: 'nothing_done', value: kindOf(m[0]), own, polarity: false, ...tidy(m[0], unit.start + m.index!) });
      }
    }
    return claims;
  },
  check(claim, { facts }) {
    const mutating = (n: string) => (claim.value === 'any' ? facts.fleet.mutatingTools.includes(n) : n === TOOL_OF[claim.value]);
    for (const service of claim.subjects) {
      const called = facts.calls.find((c) => !c.isError && mutating(c.name) && c.arguments?.service === service);
      const s = facts.state(service);
      const underway = !claim.own && s && ((s.action && (claim.value === 'any' || s.action.kind === claim.value)) || (s.status === 'restarting' && (claim.value === 'any' || claim.value === 'restart')));
      if (!called && !underway) continue;
      return {
        kind: 'contradicted_fact',
        severity: 'error',
        span: claim.span,
        start: claim.start,
        message: `Says nothing was done to ${service}; the tools show ${called ? `a successful ${called.name} call this turn` : `${s!.action ? `a ${s!.action.kind.replace('_', ' ')}` : 'a restart'} under way`}.`,
        fact: `${service}: ${[s?.status, s?.action ? `${s.action.kind.replace('_', ' ')} in progress${s.action.completesAt ? ` until ${s.action.completesAt}` : ''}` : ''].filter(Boolean).join(', ')} (${facts.sourceOf(service)}).`,
      };
    }
    return undefined;
  },
};
