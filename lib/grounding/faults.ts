import { cachedRegExp, walk } from './text';
import { tidy, type Claim, type ClaimModule } from './claim';
import { isHealthy } from './facts';
import { mentionsOf, segmentsOf } from './subjects';

/**
 * Which service has which fault: "model-a is the one with the latency spike",
 * "the memory leak on model-b", "redis has the error burst". The tools name
 * each service's issues (list_services, get_service_status) and findings
 * (run_diagnostics); a fault given to a service whose issues do not have it,
 * while another service's do (or while it is healthy), is given to the wrong
 * service.
 */
interface FaultClaim extends Claim {
  relation: 'has_fault' | 'fault_over' | 'remedy';
  value: FaultName | Remedy;
}

type Remedy = 'restart' | 'scale' | 'rollback' | 'clear_cache';

/** "needs a restart", "calls for a scale-out", "the latter a rollback" (the verb said once for two). */
const REMEDY_RE = /^[\s,:—–-]*(?:(?:really\s+|just\s+|only\s+|first\s+)?(?:needs?|requires?|calls? for|wants|would need|would benefit from|is fixed by|is cured by|gets fixed by|is best fixed by|should get|must get|can be fixed (?:by|with))\s+)?(?:a|an|the|one)\s+(?:quick\s+|simple\s+|plain\s+|fresh\s+)?(restart|reboot|scale[- ]?(?:out|up)|scaling|bigger replica count|rollback|roll-?back|cache (?:flush|clear|purge)|(?:cache\s+)?flush)\b/i;

function remedyOf(words: string): Remedy {
  return /restart|reboot/i.test(words) ? 'restart' : /scal|replica/i.test(words) ? 'scale' : /roll/i.test(words) ? 'rollback' : 'clear_cache';
}

/** What the tools say fixes each service: diagnostics' suggested action, a fault's fixedBy. */
function remediesOf(calls: Array<{ result?: unknown; isError?: boolean }>, service: string): Set<Remedy> {
  const out = new Set<Remedy>();
  const add = (a: unknown) => {
    if (typeof a === 'string' && /^(restart|scale|rollback|clear_cache)$/.test(a)) out.add(a as Remedy);
  };
  for (const c of calls) {
    const r = c.result as { service?: unknown; name?: unknown; suggestedAction?: { action?: unknown; target?: unknown }; faults?: Array<{ fixedBy?: unknown }> } | undefined;
    if (c.isError || !r || typeof r !== 'object') continue;
    if (r.suggestedAction && (r.suggestedAction.target ?? r.service) === service) add(r.suggestedAction.action);
    if ((r.name === service || r.service === service) && Array.isArray(r.faults)) for (const f of r.faults) if (Array.isArray(f.fixedBy)) f.fixedBy.forEach(add);
  }
  return out;
}

type FaultName = 'latency spike' | 'memory leak' | 'error burst' | 'crash' | 'bad deployment';

const FAULTS: Array<{ name: FaultName; said: string; evidence: RegExp }> = [
  { name: 'latency spike', said: 'latency spike|slowdown|latency problem|latency issue|high latency', evidence: /latenc|slow|queue/i },
  { name: 'memory leak', said: 'memory leak|leak|leaking memory|leaking', evidence: /leak|memory/i },
  { name: 'error burst', said: 'error burst|burst of errors|poisoned cache|poisoned entr(?:y|ies)|stale cache entr(?:y|ies)', evidence: /error burst|poison|stale cache|error rate/i },
  { name: 'crash', said: 'crash', evidence: /crash|exited|not running|stopped|killed/i },
  { name: 'bad deployment', said: 'bad deploy(?:ment)?|broken release|broken deploy(?:ment)?|faulty release', evidence: /bad deploy|deployment|broken|release/i },
];

const SAID = FAULTS.map((f) => f.said).join('|');
/** "X is the one with the F", "X has/shows/suffers from (a|the) F", "X's F". */
const OWNS = new RegExp(`\\b([\\w-]+)(?:['’]s\\s+(?:${SAID})\\b|\\s+(?:is|was)\\s+the\\s+(?:one|service)\\s+(?:with|having|that has|that is|that's)?\\s*(?:the\\s+|a\\s+)?(?:${SAID})\\b|\\s+(?:has|had|shows|is having|suffers from|is suffering from|is hit by|was hit by)\\s+(?:the\\s+|a\\s+)(?:${SAID})\\b|\\s+(?:is|was|has been)\\s+(?:still\\s+|clearly\\s+|the one\\s+)?(?:leaking(?: memory)?)\\b|\\s+leaks\\s+memory\\b)`, 'gi');
/** "the F (is) on/in/at X", "the F hitting X". */
const ON = new RegExp(`\\bthe\\s+(${SAID})\\s+(?:is\\s+|was\\s+)?(?:on|in|at|of|hitting|affecting)\\s+([\\w-]+)`, 'gi');

const OVER = new RegExp(`(?:\\bthe\\s+|\\bits\\s+|\\btheir\\s+|['’]s\\s+)(${SAID})\\s+(?:has|have|is|was)\\s+(?:now\\s+|finally\\s+|completely\\s+|fully\\s+)?(?:been\\s+)?(?:stopped|halted|stemmed|gone|over|fixed|solved|sorted|resolved|cleared|ended|cured|under control|levell?ed off|plugged|contained)\\b`, 'gi');

/**
 * "rollback complete; leak stopped", "— crash cleared": an incident timeline's terse clause, the fault with
 * no article or auxiliary, said ended at the start of a clause (not "leak stopped growing", a trend).
 */
const OVER_BARE = new RegExp(`(?:^|[;:,(]|\\s[—–-])\\s*(?:and\\s+)?(${SAID})\\s+(?:now\\s+|finally\\s+|fully\\s+)?(?:stopped|halted|stemmed|ended|cleared|resolved|fixed|cured|plugged|contained|gone|over)\\b(?!\\s+\\w+ing\\b)`, 'gim');

/** "the rollback stopped the leak", "restarting it fixed the latency spike": the fault said ended by something done. */
const ENDED = new RegExp(`\\b(?:stopped|halted|stemmed|arrested|curbed|fixed|cured|solved|sorted out|ended|plugged|resolved|cleared|killed|eliminated|got rid of|took care of|put an end to|put a stop to|stamped out)\\s+(?:the|its|their)\\s+(${SAID})\\b`, 'gi');

/** "cleared it", "it's gone", "that's fixed": the fault a question names, said ended. */
const ENDED_IT = /\b(?:(?:stopped|fixed|cured|ended|plugged|resolved|cleared|killed|eliminated|got rid of|took care of|put an end to|sorted)\s+(?:it|that|this)\b(?!\s+(?:up|out|off|down)\b)|(?:it|that|this)(?:['’]s|\s+is|\s+has)\s+(?:now\s+|finally\s+|completely\s+|fully\s+)?(?:been\s+)?(?:gone|over|fixed|resolved|stopped|cured|plugged))/gi;

/** Log words that say a fault goes on, and words that say it has settled. */
const ONGOING: Partial<Record<FaultName, RegExp>> = {
  'memory leak': /\b(?:memory|heap)\b[^|]*\b(?:rising|climbing|growing|increasing)\b|\bleak/i,
  'latency spike': /\blatency\b[^|]*\b(?:rising|above|climbing|high)\b/i,
  'error burst': /\berror rate above\b|\bpoison|\bstale cache entr/i,
};
const SETTLED = /\b(?:stable|flat|steady|recovered|back to normal|levell?ed off|no longer)\b/i;

/**
 * The service's latest log line about the fault, when it says the fault goes
 * on ("memory usage 60% of 1024 MB limit and rising"): the tools' last word,
 * later than whatever was done this turn.
 */
type Call = { arguments?: Record<string, unknown>; result?: unknown; isError?: boolean };

function ongoingInLogs(calls: Call[], service: string, fault: FaultName): string | undefined {
  const ongoing = ONGOING[fault];
  if (!ongoing) return undefined;
  const lines: Array<{ at: string; message: string }> = [];
  for (const c of calls) {
    if (c.isError) continue;
    // A line names its service, or is the service's the call was about.
    const about = c.arguments?.service ?? (c.result as { service?: unknown } | undefined)?.service;
    walk(c.result, (v) => {
      const o = v as { at?: unknown; message?: unknown; service?: unknown } | null;
      if (o && typeof o === 'object' && !Array.isArray(o) && typeof o.at === 'string' && typeof o.message === 'string' && (o.service ?? about) === service) lines.push({ at: o.at, message: o.message });
    });
  }
  const about = lines.filter((l) => ongoing.test(l.message) || SETTLED.test(l.message)).sort((a, b) => a.at.localeCompare(b.at));
  const last = about.at(-1);
  return last && ongoing.test(last.message) && !SETTLED.test(last.message) ? last.message : undefined;
}

/** The one service this turn's logs show with the fault still going on. */
function loneOngoing(calls: Call[], names: readonly string[], fault: FaultName): string | undefined {
  const holders = names.filter((n) => ongoingInLogs(calls, n, fault));
  return holders.length === 1 ? holders[0] : undefined;
}

function faultOf(words: string): FaultName | undefined {
  return FAULTS.find((f) => cachedRegExp(`^(?:${f.said})$`, 'i').test(words.trim()))?.name;
}

export const faults: ClaimModule<FaultClaim> = {
  name: 'faults',
  extract({ doc, facts, question }) {
    const claims: FaultClaim[] = [];
    // "So is the leak gone?" → "Yes; the rollback cleared it": a pronoun for the fault the question names.
    const asked = cachedRegExp(`\\b(${SAID})\\b`, 'i').exec(question)?.[1];
    for (const unit of doc.units) {
      if (unit.kind === 'code' || /\?\s*$/.test(unit.text)) continue;
      const text = unit.text;
      const add = (who: string | undefined, words: string, at: number, span: string) => {
        const fault = faultOf(words);
        if (!who || !fault) return;
        // "if model-a had a leak", "model-a does not have the leak": not a claim that it has it.
        if (/\b(if|would|could|might|not|n['’]t|no|never|unlike|whether)\b[^.;]*$/i.test(text.slice(0, at))) return;
        claims.push({ subjects: [who], relation: 'has_fault', value: fault, polarity: true, ...tidy(span, unit.start + at) });
      };
      for (const m of text.matchAll(OWNS)) {
        // "The former is the one with …": the unit resolved "the former" to a service already.
        const pronoun = /^(it|this|that|which)$/i.test(m[1]!) ? (unit.mentions.filter((x) => x.end <= m.index!).at(-1)?.service ?? unit.lead[0]) : undefined;
        const who = mentionsOf(m[1]!, facts.names)[0]?.service ?? unit.mentions.find((x) => x.start <= m.index! + m[1]!.length && x.end >= m.index!)?.service ?? pronoun;
        const words = cachedRegExp(`(${SAID})\\b`, 'i').exec(m[0].slice(m[1]!.length))?.[1] ?? '';
        add(who, words, m.index!, m[0]);
      }
      for (const m of text.matchAll(ON)) add(mentionsOf(m[2]!, facts.names)[0]?.service, m[1]!, m.index!, m[0]);
      // "mcp-server needs a restart, model-a a scale-out", "the former needs a rollback": the remedy said for each service.
      let verbSeen = false;
      for (const seg of segmentsOf(unit)) {
        const m = REMEDY_RE.exec(seg.text);
        const hasVerb = !!m && /\b(?:needs?|requires?|calls? for|wants|would|is fixed|is cured|gets fixed|is best fixed|should get|must get|can be fixed)\b/i.test(m[0]);
        if (!m || seg.services.length !== 1 || (!hasVerb && !verbSeen) || /\b(if|not|n['’]t|no|never|whether|unlike)\b/i.test(unit.text.slice(0, seg.offset).split(/[.;]/).at(-1)!)) {
          verbSeen = verbSeen || hasVerb;
          continue;
        }
        verbSeen = true;
        claims.push({ subjects: seg.services, relation: 'remedy', value: remedyOf(m[1]!), polarity: true, ...tidy(`${seg.subjectText}${seg.text.slice(0, m[0].length)}`, unit.start + (seg.subjectText ? seg.subjectStart : seg.offset)) });
      }
      // "the leak has stopped", "the latency spike is over": the fault said gone.
      const pronouns = asked ? [...text.matchAll(ENDED_IT)].map((m) => Object.assign(m, { 1: asked })) : [];
      for (const m of [...text.matchAll(OVER), ...text.matchAll(OVER_BARE), ...text.matchAll(ENDED), ...pronouns]) {
        const fault = faultOf(m[1]!);
        if (!fault || /\b(if|would|could|might|not|n['’]t|never|once|until|when|whether|should|will)\b[^.;]*$/i.test(text.slice(0, m.index!))) continue;
        // "the leak" with no service named: the one service the tools show with that fault.
        const holders = facts.names.filter((n) => (facts.state(n)?.issues ?? []).some((i) => cachedRegExp(`\\b(?:${FAULTS.find((f) => f.name === fault)!.said})`, 'i').test(i)));
        const who = unit.mentions.filter((x) => x.end <= m.index!).at(-1)?.service ?? unit.lead[0] ?? (holders.length === 1 ? holders[0] : loneOngoing(facts.calls, facts.names, fault));
        if (who) claims.push({ subjects: [who], relation: 'fault_over', value: fault, polarity: true, ...tidy(m[0], unit.start + m.index!) });
      }
    }
    return claims;
  },
  check(claim, { facts }) {
    if (claim.relation === 'remedy') {
      // Only a remedy that is another service's and not this one's is called wrong (a swap); any other advice is the answer's own.
      const s = claim.subjects[0]!;
      const mine = remediesOf(facts.calls, s);
      if (!mine.size || mine.has(claim.value as Remedy)) return undefined;
      const theirs = facts.names.find((n) => n !== s && remediesOf(facts.calls, n).has(claim.value as Remedy));
      if (!theirs) return undefined;
      const name = (r: string) => r.replace('_', ' ');
      return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Gives ${s} the remedy of ${theirs} (${name(claim.value)}).`, fact: `The tools suggest ${[...mine].map(name).join(' or ')} for ${s}, ${name(claim.value)} for ${theirs}.` };
    }
    const fault = FAULTS.find((f) => f.name === claim.value)!;
    const s = claim.subjects[0]!;
    const state = facts.state(s);
    if (claim.relation === 'fault_over') {
      const going = ongoingInLogs(facts.calls, s, fault.name);
      if (going) return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Says the ${fault.name} of ${s} is over; its latest log line says it goes on.`, fact: `${s} logs: "${going}" (${facts.sourceOf(s)}).` };
    }
    if (!state || !state.issues || !facts.reports(s)) return undefined;
    if (claim.relation === 'fault_over') {
      const still = state.issues.filter((i) => cachedRegExp(`\\b(?:${fault.said})`, 'i').test(i));
      if (!still.length) return undefined;
      return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Says the ${fault.name} of ${s} is over.`, fact: `${s}: ${state.issues.join(', ')} (${facts.sourceOf(s)}).` };
    }
    const words = (name: string) => [...(facts.state(name)?.issues ?? []), ...facts.texts.filter((t) => t.service === name).map((t) => t.text)].join(' | ');
    if (fault.evidence.test(words(s))) return undefined;
    const holder = facts.names.find((n) => n !== s && facts.state(n)?.issues && fault.evidence.test((facts.state(n)!.issues ?? []).join(' ')));
    if (!holder && !isHealthy(state)) return undefined;
    return {
      kind: 'contradicted_fact',
      severity: 'error',
      span: claim.span,
      start: claim.start,
      message: `Gives ${s} the ${fault.name}${holder ? `, which is ${holder}'s` : ''}.`,
      fact: `${s}: ${state.issues.length ? state.issues.join(', ') : 'no issues'}${holder ? `; ${holder}: ${facts.state(holder)!.issues!.join(', ')}` : ''} (${facts.sourceOf(s)}).`,
    };
  },
};
