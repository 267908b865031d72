import { tidy, type Claim, type ClaimModule } from './claim';

/**
 * What the diagnostics suggest, retold: "Mitigation (suggested): restart
 * mcp-server", "diagnostics recommend rolling back web-ui", "the suggested fix
 * is a cache flush". run_diagnostics names one suggested action per service;
 * an answer that credits the tools with another fix for that service
 * misreports them. Advice the answer gives as its own ("I'd restart it") is
 * not a report of the tools and is left alone.
 */
type Fix = 'restart' | 'rollback' | 'scale' | 'clear_cache';
type SuggestedClaim = Claim & { relation: 'suggested_fix'; value: Fix };

/** Words that credit the suggestion to the tools, not to the answer. */
const CREDITED = /\(\s*(?:suggested|recommended)\s*\)|\b(?:suggested\s+(?:action|fix|mitigation|remedy|next step|step)s?|recommended\s+(?:action|fix|mitigation|remedy|next step|step)s?|(?:diagnostics?|the tools?|the checks?|run_diagnostics|the diagnosis|it)\s+(?:\w+\s+)?(?:suggests?|suggested|recommends?|recommended|advises?|advised|proposes?|proposed|says?\s+to|said\s+to))\b/i;
/** The answer's own advice: "I suggest", "we'd recommend", "my suggestion". */
const OWN = /\b(?:i|we)(?:['’]d|\s+would|\s+\w+)?\s+(?:suggest|recommend|advise|propose)|\bmy\s+(?:suggestion|recommendation)\b/i;
/** Whether a question asks what the tools recommend, so a bare imperative answers it. */
const ASKS = /\b(?:diagnos\w*|tools?|checks?)\b[^?]*\b(?:recommend|suggest|advis|propos)\w*|\b(?:recommended|suggested)\s+(?:action|fix|step)/i;

const FIXES: Array<{ fix: Fix; re: RegExp }> = [
  { fix: 'clear_cache', re: /\b(?:clear(?:ing)?|flush(?:ing)?|purg(?:e|ing)|wip(?:e|ing)|invalidat(?:e|ing))\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+)?cache\b|\bcache\s+(?:flush|clear|purge|wipe)\b/i },
  { fix: 'rollback', re: /\b(?:roll(?:ing)?\s+(?:[\w-]+\s+)?back|rollback|revert(?:ing)?|downgrad(?:e|ing))\b/i },
  { fix: 'restart', re: /\b(?:restart(?:ing)?|reboot(?:ing)?|bounc(?:e|ing)|recycl(?:e|ing))\b/i },
  { fix: 'scale', re: /\b(?:scal(?:e|ing)(?:\s+(?:up|out))?|add(?:ing)?\s+(?:more\s+)?replicas?)\b/i },
];

type Call = { name?: string; result?: unknown; isError?: boolean };

/** The diagnostics' suggested actions, by the service they are for. */
function suggestions(calls: Call[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const c of calls) {
    const r = c.result as { service?: unknown; suggestedAction?: { action?: unknown; target?: unknown } } | undefined;
    if (c.isError || !r || typeof r !== 'object' || !r.suggestedAction || typeof r.suggestedAction.action !== 'string') continue;
    const target = typeof r.suggestedAction.target === 'string' ? r.suggestedAction.target : r.service;
    if (typeof target !== 'string') continue;
    out.set(target, (out.get(target) ?? new Set()).add(r.suggestedAction.action));
  }
  return out;
}

export const suggestedActions: ClaimModule<SuggestedClaim> = {
  name: 'suggested-actions',
  extract({ doc, facts, question }) {
    const claims: SuggestedClaim[] = [];
    const asked = ASKS.test(question);
    for (const unit of doc.units) {
      if (unit.kind === 'code' || /\?\s*$/.test(unit.text)) continue;
      for (const sentence of unit.text.matchAll(/[^.;!?\n]+/g)) {
        const text = sentence[0];
        const credit = CREDITED.exec(text);
        if ((!credit && !asked) || OWN.test(text) || /\b(?:if|unless|not|n['’]t|never|instead of|rather than|whether)\b/i.test(text)) continue;
        // Without words that credit the tools, only an answer to "what do the diagnostics recommend?" that opens on the fix.
        const from = credit ? credit.index + credit[0].length : 0;
        const rest = text.slice(from);
        const found = FIXES.map((f) => ({ f, m: f.re.exec(rest) })).filter((x) => x.m).sort((a, b) => a.m!.index - b.m!.index)[0];
        if (!found || (!credit && !/^[\s*_:-]*(?:to\s+)?$/.test(rest.slice(0, found.m!.index)))) continue;
        // Too far from the credit to be what it names: "suggested action: investigate redis, which we may restart later".
        if (found.m!.index > 40) continue;
        const at = sentence.index! + from + found.m!.index;
        const who = unit.mentions.find((x) => x.start >= at)?.service ?? unit.mentions.filter((x) => x.end <= at).at(-1)?.service ?? unit.lead[0];
        if (who && facts.names.includes(who)) claims.push({ subjects: [who], relation: 'suggested_fix', value: found.f.fix, polarity: true, ...tidy(text.slice(credit ? credit.index : 0), unit.start + sentence.index! + (credit ? credit.index : 0)) });
      }
    }
    return claims;
  },
  check(claim, { facts }) {
    const s = claim.subjects[0]!;
    const theirs = suggestions(facts.calls).get(s);
    // No suggestion for that service, or one that is no fix ("investigate its dependency"): nothing to hold the retelling to.
    if (!theirs || theirs.has(claim.value) || theirs.has('investigate_dependency') || ![...theirs].some((a) => /^(?:restart|rollback|scale|clear_cache)$/.test(a))) return undefined;
    const name = (a: string) => a.replace('_', ' ');
    return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Says the diagnostics suggest a ${name(claim.value)} for ${s}.`, fact: `run_diagnostics suggests ${[...theirs].map(name).join(' or ')} for ${s}.` };
  },
};
