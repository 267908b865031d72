import { cachedRegExp, NUMBER } from './text';
import { tidy, type CheckContext, type Claim, type ClaimModule } from './claim';
import { mentionsOf } from './subjects';
import type { GroundingFinding } from './types';

/**
 * Claims that something was done to the fleet: "I restarted web-ui", "redis
 * has been flushed", "scale-out complete for ai-agent", "brought postgres back
 * up", "the rollback went through". Each service the claim names needs a
 * successful call of a tool that does that (a read-only check does not count,
 * nor a call that came back with isError); a claim that an action finished
 * while the tools show it still in progress is contradicted.
 */
type ActionKind = 'restart' | 'scale' | 'rollback' | 'clear_cache' | 'any' | 'none';

interface ActionClaim extends Claim {
  relation: `did:${ActionKind}`;
  kind: ActionKind;
  verb: string;
  /** Says the action is finished ("complete", "back up"), not only started. */
  finished: boolean;
  /** Says so in words of completion ("done", "finished"), not only with a past verb ("I restarted"). */
  complete?: boolean;
  /** First person ("I restarted"): only the assistant's own tool calls back it. */
  own: boolean;
  /** How many such actions the words claim ("both restarts", "the two rollbacks"). */
  times?: number;
  /** The replica count a change of replicas is said to reach ("went from 3 to 4 replicas", "2 → 1"): a reading of it backs the claim. */
  replicasTo?: number;
  /** A time of day the action is said to finish at ("completes at 14:00:13"): checked, not claimed done. */
  endsAt?: string;
}

const TOOL_OF: Record<ActionKind, string | null> = { restart: 'restart_service', scale: 'scale_service', rollback: 'rollback_deployment', clear_cache: 'clear_cache', any: null, none: null };

/** Past participles and what they claim. */
const VERBS: Array<{ re: RegExp; kind: ActionKind; ambiguous?: boolean }> = [
  { re: /^(restarted|rebooted|bounced|recycled|relaunched|power-cycled|cycled|re-?started|kicked)$/i, kind: 'restart' },
  { re: /^(scaled(?: (?:up|out|down|back|in))?|resized)$/i, kind: 'scale' },
  { re: /^(rolled back|reverted|downgraded|rolled (?:it |them )?back)$/i, kind: 'rollback' },
  { re: /^(cleared|flushed|purged|wiped|invalidated|emptied)$/i, kind: 'clear_cache' },
  { re: /^(fixed|repaired|resolved|remediated|healed|mitigated|sorted out|taken care of|took care of|patched up|re-?established|reconnected|restored|unblocked|unstuck|recovered|sorted|squared away|handled|dealt with)$/i, kind: 'any' },
  { re: /^(deployed|redeployed|killed|stopped|deleted|removed|drained|migrated|upgraded|patched|terminated|failed over|promoted|shut down|disabled|reset|rotated|rebuilt|reinstalled|tuned|increased|raised|bumped|added|freed|doubled|tripled|reduced|lowered|expanded|grown)$/i, kind: 'none', ambiguous: true },
];
const VERB_ALT =
  "restarted|re-?started|rebooted|bounced|recycled|relaunched|power-cycled|cycled|kicked|scaled(?: (?:up|out|down|back|in))?|resized|rolled (?:it |them )?back|reverted|downgraded|cleared|flushed|purged|wiped|invalidated|emptied|fixed|repaired|resolved|remediated|healed|mitigated|sorted out|taken care of|took care of|patched up|re-?established|reconnected|restored|unblocked|unstuck|recovered|sorted|squared away|handled|dealt with|deployed|redeployed|killed|stopped|deleted|removed|drained|migrated|upgraded|patched|terminated|failed over|promoted|shut down|disabled|reset|rotated|rebuilt|reinstalled|tuned|increased|raised|bumped|added|freed|doubled|tripled|reduced|lowered|expanded|grown";

const IMPLIED_I = /^[\s*_>✅✔•-]*(?:then\s+|also\s+|just\s+|successfully\s+)?(?:checked|ran|looked|ran|went|kicked|triggered|initiated|issued|performed|did|executed|started|requested|queued|applied|restarted|rebooted|bounced|scaled|rolled|reverted|cleared|flushed|purged|fixed|repaired|resolved|deployed|redeployed|killed|stopped|re-?established|reconnected|restored|brought|added|bumped|increased|removed|deleted)\b/i;
const IMPERATIVE = /^[\s*_>•-]*(?:(?:next(?:\s+steps?)?|plan|to-?do|recommendation|action items?)\s*:[\s*_]*)?(?:\d+[.)]\s*)?(?:then\s+|next\s+|first\s+|finally\s+|now\s+)?(?:confirm|check|watch|restart|run|verify|make sure|ensure|monitor|look|open|call|use|scale|roll|clear|flush|wait|re-?check|keep|consider|try|escalate|page|notify|investigate|review|compare|inspect|tail|set|add|increase|bump|reduce|apply|trigger|kick|follow|go|see|note|expect|redeploy|deploy|purge|reboot|bounce|revert|pull|capture|grab|validate|test|retry|re-?run|re-?try)\s+(?:(?:the|a|an|its|their|it|them|this|that|these|those|with|for|on|at|to|in|again|until|if|once|every|all|both|any|up|out|down|back|whether|how|what|which|each|over|into|from|after|before|`)\b|([\w-]+))/i;
const FIRST_PERSON = /\b(i|we)(?:['’](?:ve|d))?(?:\s+(?:have|had|just|now|already|successfully|also|then|quickly|finally|immediately|went ahead and|proceeded to|manually|gracefully|safely|did|both))*\s*$/i;
const PASSIVE = /\b(has|have|had|was|were|is|are|got|gets|been|['’]s)(?:\s+(?:just|now|already|successfully|also|all|both|finally|been|fully|properly|cleanly|gracefully))*\s*$/i;
const NEGATED = /\b(not|never|\w*n['’]t|no|nothing|none|neither|nor|without|unable|cannot|can['’]t|couldn['’]t|wasn['’]t|haven['’]t|hasn['’]t|didn['’]t|refuse|refused|instead of)\b/i;
const HYPOTHETICAL = /\b(if|unless|whether|would|could|might|may|should|can|once|when|will|['’]ll|going to|want|need|needs|needed|require|requires|recommend|recommended|suggest|suggested|consider|try|trying|plan|planning|to be|ask|asking|asked|able to|allowed|permission|before|until|how|whenever|option|please|shall|let me|you)\b/i;

/** Nouns of an action and the words that say it happened. */
const NOUNS: Array<{ re: RegExp; kind: ActionKind }> = [
  { re: /\b(restart|reboot|bounce|re-?start|kick(?!\s*(?:off|in)\b))s?\b/gi, kind: 'restart' },
  { re: /\b(scale[- ]?(?:out|up|down|in)|scaling|scale operation|scale action|scale)\b/gi, kind: 'scale' },
  { re: /\b(roll[- ]?back|revert|downgrade)s?\b/gi, kind: 'rollback' },
  { re: /\b(flush|cache clear|cache flush|purge|cache purge|clear_cache call|cache-clear)\b/gi, kind: 'clear_cache' },
  { re: /\b(fix|remediation|repair)\b/gi, kind: 'any' },
];
const DONE_AFTER = /^[\s\w'’:—–.-]{0,30}?\b(is |was |has been |have been |got |went )?(done|complete|completed|finished|succeeded|successful|went through|is through|applied|initiated|triggered|kicked off|issued|requested|under ?way|in progress|started|has begun|executed|took effect|worked|ok|went fine|went well|in place|landed|rolled out|sent|submitted|queued|handled|taken care of|dealt with|actioned|sorted(?: out)?(?! by)|squared away|wrapped up|gone through|come through)\b/i;
const LIGHT_VERB = /\b(gave|have given|'ve given|went ahead with|proceeded with|did|performed|ran|fired off|pushed through|carried out)\s+(?:\w+\s+)?(?:a|an|the|one)\s+(?:quick\s+|full\s+|fresh\s+|clean\s+|graceful\s+|rolling\s+)?$/i;
// ("I've re-applied the scale", "we reran the flush": the verb said again is the same report that the action was done.)
const DONE_BEFORE = /\b(i|we)(?:['’]ve| have| had)?\s+(?:just\s+|already\s+|now\s+|also\s+)*(?:re-?)?(kicked off|set off|triggered|initiated|issued|ran|run|performed|did|done|executed|started|requested|queued|applied|completed|finished|carried out|pushed|sent|fired off|went with)\s+(?:a|an|the|one|its|their|another)?\s*(?:\w+\s+)?$/i;
const FINISHED = /\b(done|complete|completed|finished|succeeded|successful|went through|gone through|come through|handled|taken care of|dealt with|actioned|sorted|squared away|wrapped up|is through|took effect|worked|back (?:up|online|to normal)|now (?:runs|running|has|on)|ready|recovered)\b/i;

/** Lines the tools wrote that show an action happened (a restart the fleet logged). */
const EVIDENCE: Record<Exclude<ActionKind, 'any' | 'none'>, RegExp> = {
  restart: /restart (complete|requested)|process running again/i,
  scale: /scal(ed|ing) from \d+ to \d+/i,
  rollback: /rolled back from|rolling back from/i,
  clear_cache: /cache flush|cache cleared|flush requested/i,
};

/** "I looked at the logs and restarted it", "I restarted model-a, scaled model-b, …": a verb after "and", "then" or a comma of a series shares the first person before it. */
function sharesFirstPerson(before: string): boolean {
  const rest = before.replace(/^\s*(?:\w+\s+){0,3}?(i|we)\b/i, '');
  return (
    /^\s*(?:\w+\s+){0,3}?(i|we)\b(?!['’]?(?:d|ll)\b)(?:[^.;]|\.(?=\d))*(?:\b(and|then)\s+(?:then\s+|also\s+|just\s+)?|,\s*)$/i.test(before) &&
    !/\b(it|they|which|that|who|is|are|was|were)\b(?:[^.;]|\.(?=\d))*(?:\b(and|then)\s+(?:then\s+|also\s+|just\s+)?|,\s*)$/i.test(rest) &&
    (!/,\s*$/.test(before) || VERB_ONE_RE.test(rest))
  );
}

function clauseOf(text: string, index: number): { start: number; text: string } {
  const before = text.slice(0, index);
  // ("Since the flush was refused, I restarted it": a comma before "I" or "we" ends the subordinate clause, and its words do not deny the main one.)
  const cut = Math.max(before.lastIndexOf(';'), before.search(/[^;]*$/) - 1, ...[...before.matchAll(/,\s*(?:but|and then|then|so|because|although|though|while)\b|,\s*(?=(?:i|we)\s+(?!(?:would|could|can|will|should|might|may)\b))|\s[—–]\s*(?=(?:i|we)(?:['’]ve)?\s+(?!(?:would|could|can|will|should|might|may)\b))|\bbut\b|\bbecause\b|\bsince\b|\bso that\b|\bwhich\b|\bthen\b/gi)].map((m) => m.index! + m[0].length - 1));
  // ("Since the rollback didn't help, ai-agent was restarted": a leading clause of reason or time ends at its comma, whoever the main clause's subject is.)
  const lead = [...before.matchAll(/(?:^|[.;:]\s+|[—–]\s*)[\s*_>•-]*(?:since|because|as|although|though|after|given that|now that|seeing that|with)\b[^,;.:]*,/gi)].map((m) => m.index! + m[0].length - 1);
  const start = Math.max(0, cut + 1, ...lead.map((i) => i + 1));
  const rest = text.slice(index);
  const endRel = rest.search(/[;]|\bbut\b|\bbecause\b|\bwhich\b|\bso (?:that )?\b|\bthen\b|,\s*(?:and|but|so)\b/i);
  return { start, text: text.slice(start, endRel < 0 ? text.length : index + endRel) };
}

/**
 * "model-a was restarted and model-b scaled to 3": a passive or verbless claim
 * is about the services named since the previous action verb, not every one
 * earlier in the clause.
 */
function sinceLastVerb(before: string): string {
  let cut = 0;
  for (const m of before.matchAll(VERB_ALT_RE)) cut = m.index! + m[0].length;
  return before.slice(cut);
}

/**
 * "a redis restart and a model-b scale-out", "the rollback of web-ui": a noun
 * of an action names its service right before it or in the of/for/on phrase
 * after it; undefined when neither does (then the whole clause counts).
 */
function nounTargets(before: string, after: string, ctx: CheckContext): string[] | undefined {
  const pre = /([\w.-]+)(?:['’]s)?[\s*_`]*$/.exec(before)?.[1];
  if (pre) {
    const named = servicesIn(pre, ctx);
    if (named.length) return named;
  }
  // "model-a is up 34 s (its restart finished at …) and web-ui 32 s (the rollback …)": a bracket glosses what was just named, so its action is the last service's.
  if (/\(\s*(?:the|its|their|a|an)?\s*$/i.test(before) && !/\b(?:of|for|on)\s/i.test(after.slice(0, 6))) {
    const last = mentionsOf(before, ctx.facts.names).at(-1);
    if (last) return [last.service];
  }
  const post = /^\s*(?:of|for|on|to)\s+(?:the\s+)?((?:[\w.-]+(?:,\s*|\s+and\s+|\s+))*?[\w.-]+)/i.exec(after);
  if (post) {
    const named = servicesIn(post[1]!, ctx);
    if (named.length) return named;
  }
  return undefined;
}

function servicesIn(text: string, ctx: CheckContext): string[] {
  return [...new Set(mentionsOf(text, ctx.facts.names).map((m) => m.service))];
}


const ENDS_AT_RE = /\b(restart|reboot|scale[- ]?(?:up|out|down)?|scaling|rollback|roll-back|revert|flush|cache clear)\w*\b[^.;!?]{0,40}?\b(?:completes?|finish(?:es)?|ends?|is due|(?:will|should) (?:be )?(?:done|finished|complete|finish|end)|is expected to (?:finish|complete|end))\s+(?:at|by|around)\s+(\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)/gi;
const PROGRESSIVE_RE = /^[\s*_>•-]*(?:(?:ok(?:ay)?|sure|on it|got it|will do)[\s,!.:—–-]*)?(i['’]m|i am|we['’]re|we are)?\s*(?:now\s+)?(restarting|rebooting|bouncing|recycling|scaling|rolling|reverting|downgrading|clearing|flushing|purging)\b/i;

/** Words after an action that say it is not over yet. */
/** "- expected 14:00:13 — scale done; 14:00:15 — restart done": a line of the answer opened by a forecast word tells what should happen, not what has (read on the whole answer: a unit may start mid-line). */
const FORECAST_LINE = /^[\s*_>•-]*(?:\*\*)?(?:expected|due|eta|scheduled|planned|projected|estimated|forecast|should end|will end)\b/i;
const forecastLine = (text: string, at: number) => FORECAST_LINE.test(text.slice(0, at).split('\n').at(-1)!);
const STILL_PENDING = /\b(?:in progress|under ?way|still (?:in progress|running|going|restarting|scaling|rolling|pending|under ?way)|due (?:at |by |around )?\d|not (?:yet )?(?:done|finished|complete)|pending|(?:completes?|finish(?:es)?|ends?) (?:at|by|around) \d)\b/i;

/** "2 → 1", "from 3 to 4 replicas": a change of replica count. */
const REPLICA_CHANGE_RE = /(?<![\d.:])(\d{1,2})\s*(?:→|->|⟶|=>)\s*(\d{1,2})(?![\d:]|\.\d)|\bfrom\s+(\d{1,2})\s+to\s+(\d{1,2})\s+(?:replicas?|instances?|pods?)\b/g;

/** A purpose after the verb: "to clear the lock", "in order to free memory" (not "to 3 replicas", "to 2.3.0", "to be safe"). */
export const PURPOSE = /^\s*(?:(?:anyway|again|now|just|first)\s+)?(?:in order |so as )?to\s+(?!be\b|the\b|a\b|an\b|its\b|their\b|version\b|release\s+v?\d|v?\d|one\b|two\b|three\b|four\b|five\b|six\b|single\b|previous\b|[\w-]+\s+replicas?\b)[a-z]{3,}/i;

/** Words that say the action named before was done: "that's what was done", "which is what I did", "so we did". */
const ANAPHOR_RE = /\b(?:that['’]s|that is|this is|which is|which was)\s+(?:exactly\s+|just\s+|precisely\s+)?what\s+(?:(?:i|we)\s+(?:have\s+|just\s+|then\s+)?(?:did|ran|went with|carried out|went ahead with)|(?:was|got|has been|have been)\s+done)\b|\b(?:i|we)(?:['’]ve|\s+have)?\s+(?:did|done)\s+(?:so|exactly that|just that|precisely that)\b|\bso\s+(?:i|we)\s+did(?=\s*[.;,!]|\s*$)|\b(?:i|we)\s+(?:then\s+|just\s+|simply\s+)?(?:re-?ran|re-?tried|retried|re-?issued|redid|re-?did|re-?submitted|re-?sent)\s+(?:it|that|them)\b|\b(?:i|we)\s+(?:then\s+|just\s+|simply\s+)?(?:ran|tried|issued|did|sent)\s+(?:it|that|them)\s+again\b/gi;

// Built once (the parts are constants); used per unit of every answer.
const VERB_ALT_RE = new RegExp(`\\b(${VERB_ALT})\\b`, 'gi');
const VERB_ONE_RE = new RegExp(`\\b(${VERB_ALT})\\b`, 'i');
export const actions: ClaimModule<ActionClaim> = {
  name: 'actions',
  extract(ctx) {
    const claims: ActionClaim[] = [];
    const seen = new Set<number>();
    for (const unit of ctx.doc.units) {
      if (unit.kind === 'code' || /\?\s*$/.test(unit.text)) continue;
      // "[ ] Restart redis": an empty box is a to-do, not a report; "[x] Flushed the cache" is ticked, as ✅ says.
      if (/^[\s*_>•-]*\[\s\]/.test(unit.text)) continue;
      // "14:02:10 — restarted redis": a timeline's time of day opens the line; the claim is what follows it (same length, so spans keep their place).
      const text = unit.text
        // Slack's emoji codes are the ticks and hourglasses they draw (":white_check_mark:" is ✅), a variation selector nothing.
        .replace(/:(?:white_check_mark|heavy_check_mark|ballot_box_with_check|check|done|green_tick|tick):/gi, (code: string) => `✅${' '.repeat(code.length - 1)}`)
        .replace(/:(?:hourglass_flowing_sand|hourglass|loading|spinner|arrows_counterclockwise):/gi, (code: string) => `⏳${' '.repeat(code.length - 1)}`)
        .replace(/:(?:x|no_entry|no_entry_sign|heavy_multiplication_x|red_circle):/gi, (code: string) => `❌${' '.repeat(code.length - 1)}`)
        .replace(/\uFE0F/gu, ' ')
        .replace(/^([\s*_>•-]*)\[[xX✓✔]\]/u, (_, lead: string) => `${lead}✅  `)
        .replace(/^([\s*_>•✅-]*)(\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:utc|z)\b)?\s*[—–:-]?\s*)(?=\D)/iu, (_, lead: string, time: string) => lead + ' '.repeat(time.length));
      // "Restart redis.", "3. Confirm the leak stops after the restart.": an instruction, not a report of something done.
      const imperative = IMPERATIVE.exec(text);
      if (imperative && (!imperative[1] || servicesIn(imperative[1], ctx).length) && !/\b(done|complete[d]?|finished|succeeded|successful(?:ly)?|went through|initiated|triggered|requested|kicked off|issued)\b|✅|✔/i.test(text)) continue;
      const push = (kind: ActionKind, verb: string, at: number, subjects: string[], finished: boolean, own: boolean) => {
        if (seen.has(unit.start + at)) return;
        seen.add(unit.start + at);
        const targets = subjects.length ? subjects : unit.lead.length ? unit.lead : ctx.questionServices;
        claims.push({ subjects: targets, relation: `did:${kind}`, kind, verb, finished, own, polarity: true, ...tidy(text.slice(at, at + Math.max(verb.length, 1)), unit.start + at) });
      };

      for (const m of text.matchAll(VERB_ALT_RE)) {
        const verb = m[1]!;
        const found = VERBS.find((v) => v.re.test(verb));
        if (!found) continue;
        const clause = clauseOf(text, m.index!);
        // "its replicas have been increased to three", "the cache was wiped": a general verb whose object names the action.
        const objectKind: ActionKind | undefined = found.kind === 'none' ? (/\b(replicas?|instances?|capacity|pods?|replica count)\b/i.test(clause.text) && /^(increased|raised|bumped|added|doubled|tripled|reduced|lowered|expanded|grown)$/i.test(verb) ? 'scale' : /\b(cache|keys|entries)\b/i.test(clause.text) && /^(deleted|removed|reset)$/i.test(verb) ? 'clear_cache' : undefined) : undefined;
        const rule = objectKind ? { re: found.re, kind: objectKind } : found;
        // "To be safe I restarted it": a purpose, not a hypothesis.
        const before = text.slice(clause.start, m.index!).replace(/\bto be (?:safe|sure|thorough|certain)\b/gi, '');
        const after = text.slice(m.index! + verb.length, clause.start + clause.text.length);
        // "kicked off the restart" is the noun's; "the OOM killer kicked in" no action at all.
        if (/^kicked$/i.test(verb) && /^\s*(?:off|in|out|up|back|into)\b/i.test(after)) continue;
        // "postgres is sorted", "the redis restart was handled": soft words of a repair claim one only of a service or an action, not "sorted by latency" or "errors are handled".
        if (/^(sorted|squared away|handled|dealt with)$/i.test(verb)) {
          if (/^\s*(?:by|in|into|from|as|alphabetically|asc\w*|desc\w*|about|around|roughly|~|\d|(?:the |its |all |their )?(?:requests?|traffic|load|calls?|queries|errors?|retries|reconnects?))\b/i.test(after) || /^\s*\d/.test(after)) continue;
          const subject = sinceLastVerb(text.slice(clause.start, m.index!));
          // (After an action noun, "the reboot is dealt with" is the noun's claim, read with it.)
          if (/\b(restart|reboot|bounce|scale|scaling|roll-?back|revert|flush|purge|cache clear)\w*\b/i.test(subject)) continue;
          if (!servicesIn(subject, ctx).length && !/\b(fix|repair|incident|outage|issue|problem)\w*\b/i.test(subject) && !FIRST_PERSON.test(text.slice(clause.start, m.index!)) && !/^\s*(?:it|them|that|this)\b/i.test(after) && !servicesIn(after.slice(0, 30), ctx).length) continue;
        }
        // (An aside in brackets, "(nothing odd, postgres and redis are fine)", has its own subject and polarity: it neither denies the verb nor ends the first verb's reach.)
        const bare = before.replace(/\([^)]*\)/g, ' ');
        if (NEGATED.test(bare) || HYPOTHETICAL.test(bare)) continue;
        if (/^\s*(?:\w+ly\s+)?(?:itself|on its own|by itself|automatically)\b/i.test(after)) continue;
        // "web-ui restarted only seconds ago": an event of the service's own past (its uptime says whether), not an action claimed.
        if (!FIRST_PERSON.test(before) && !PASSIVE.test(before) && /^\s*(?:\w+\s+){0,4}?(?:ago|earlier today|recently)\b/i.test(after)) continue;
        if (/\b(the|a|an|its|last|recent)\s*$/i.test(before)) continue;
        // "Stopped: one (redis)", "**Stopped** — redis": a state word as a tally's label names a state, not an action.
        if (/^(stopped|killed|terminated|shut down|disabled)$/i.test(verb) && /^[\s*_]*$/.test(before) && /^[\s*_]*(?::|\s[—–])/.test(after)) continue;
        // "Checked X and restarted Y.": a sentence that opens on a past verb has the assistant as its subject.
        const impliedI = (unit.kind === 'prose' || unit.kind === 'list') && text.trim().split(/\s+/).length >= 3 && (!rule.ambiguous || servicesIn(after.slice(0, 20), ctx).length > 0) && IMPLIED_I.test(text) && !/\b(is|are|was|were|has|have|had|it|they|which|that)\b/i.test(before) && servicesIn(before, ctx).length <= 1;
        // "I looked at the logs and restarted it": the second verb shares the first one's subject.
        // ("I restarted model-a, scaled model-b, … and restarted postgres": a series of verbs after commas shares it too.)
        const shared = sharesFirstPerson(bare);
        const own = FIRST_PERSON.test(before) || impliedI || shared;
        const passive = !own && PASSIVE.test(before);
        // "Only ai-agent and web-ui are scaled out, with 2 replicas each": a bare present "is/are scaled out" tells how the service is set up (its replica count is checked as a figure), not that it was just scaled.
        const particle = /\b(?:out|up)$/i.test(verb) ? after : /^\s*(?:out|up|horizontally)\b/i.test(after) ? after.replace(/^\s*(?:out|up|horizontally)\b/i, '') : undefined;
        if (passive && rule.kind === 'scale' && /\b(?:is|are)(?:\s+(?:both|all|each|also))?\s*$/i.test(bare) && particle !== undefined && !/^\s*(?:to|from)\b/i.test(particle)) continue;
        // "Restarted web-ui.", "web-ui: restarted", "Done — cache cleared": a claim with no verb phrase around it.
        const lastWord = /([\w-]+)[\s*_`'’:]*$/.exec(before)?.[1] ?? '';
        // ("mcp-server cache cleared", "web-ui's deployment rolled back": the service's cache or deployment before the verb.)
        const ownedObject = /([\w-]+)(?:['’]s)?\s+(?:cache|deployment|deploy|replicas?|release|pods?|instances?)[\s*_`]*$/i.exec(before);
        // ("Cache cleared on mcp-server", "Deployment rolled back for web-ui": the thing acted on, then the verb, then whose it is.)
        const object = /^[\s✅✔☑*_>•-]*(?:the\s+)?(caches?|deployment|release|services?|replicas?|instances?|pods?)\s*$/i.exec(before)?.[1]?.toLowerCase();
        const objectFirst = !!object && rule.kind === (/^cache/.test(object) ? 'clear_cache' : /^(deployment|release)$/.test(object) ? 'rollback' : /^service/.test(object) ? 'restart' : 'scale');
        const stative = !own && !passive && (objectFirst || /^[\s✅✔☑*_:>•-]*(?:done|ok|success|update)?[\s:—–-]*$/i.test(before) || /^[\s✅✔☑*_`]*[\w-]+[\s*_`]*[:—–]\s*(?:[\w -]{2,30}?\s*[✅✔☑✓]\uFE0F?\s*[,;]\s*(?:and\s+)?)*(?:(?:the\s+|its\s+)?(?:cache|deployment|release|replicas?)\s+)?$/u.test(before) || ((servicesIn(lastWord, ctx).length > 0 || (!!ownedObject && servicesIn(ownedObject[1]!, ctx).length > 0)) && rule.kind !== 'none' && rule.kind !== 'any'));
        // "web-ui is being scaled": an action said to be under way.
        const progressive = /\b(is|are)\s+(?:now\s+|currently\s+)?being\s*$/i.test(before);
        if (!own && !passive && !stative && !progressive) continue;
        if (rule.ambiguous && !own) continue;
        // The words after the verb name the services for "I restarted X"; before it for "X was restarted".
        // ("I restarted redis and scaled model-b": the object of the first verb ends where the next action verb starts.)
        const ownObject = after.slice(0, Math.min(...[after.search(VERB_ONE_RE), after.search(/,\s*(?:and\s+|then\s+)?[a-z]+ed\b/i)].map((n) => (n < 0 ? after.length : n))));
        // ("The model-a restart took 5 s, model-b scaled to 3": a name right before the verb is its subject; names before another verb or action are that one's.)
        const ownClause = before.slice(Math.max(0, ...[...before.matchAll(/\b(?:took|takes|taking|was|were|is|are|has|had|finished|completed|ran|went|got|restart\w*|rollback\w*|roll(?:ed)? back|scal\w+|flush\w*)\b/gi)].map((x) => x.index! + x[0].length)));
        const subjects = own || /^[\s✅✔*_:>•-]*$/.test(before) ? (servicesIn(ownObject, ctx).length ? servicesIn(ownObject, ctx) : servicesIn(after, ctx)) : servicesIn(sinceLastVerb(before), ctx).length && sinceLastVerb(before) !== before ? servicesIn(sinceLastVerb(before), ctx) : stative && !passive && servicesIn(lastWord, ctx).length && servicesIn(ownClause, ctx).length ? servicesIn(ownClause, ctx) : servicesIn(before, ctx);
        // ("web-ui: restarted ✔, rolled back ✔": a line's "X:" label is the subject of each verb after it.)
        const label = /^[\s*_`>•-]*([\w-]+)[\s*_`]*(?::|\s[—–]\s)/.exec(text);
        const labelled = label && label.index + label[0].length <= m.index! ? servicesIn(label[1]!, ctx) : [];
        const fallback = subjects.length ? subjects : servicesIn(clause.text, ctx).length ? servicesIn(clause.text, ctx) : labelled;
        // "postgres was restarted to clear …": a passive with its purpose says why the action was taken, not that it is over (an action under way backs it).
        const purpose = passive && !FINISHED.test(after) && PURPOSE.test(after);
        // "Restarted redis (in progress, due 14:00:35)", "scaled model-b — both still in progress": the words after the verb say it is not over.
        const pending = STILL_PENDING.test(text.slice(m.index! + verb.length).split(/[.!?](?:\s|$)/)[0]!) || forecastLine(ctx.doc.text, unit.start + m.index!);
        push(rule.kind, verb, m.index!, fallback, !progressive && !purpose && !pending && (FINISHED.test(after) || rule.kind !== 'none'), own);
        // "✅ postgres restarted": a tick says the action is done, as "done" would.
        if (!progressive && !pending && (FINISHED.test(after) || /^[\s*_>•-]*(?:\d+[.)]\s*)?[✅✔☑]/u.test(text)) && claims.at(-1)?.start === unit.start + m.index!) claims.at(-1)!.complete = true;
      }

      for (const noun of NOUNS) {
        for (const m of text.matchAll(noun.re)) {
          const at = m.index!;
          const clause = clauseOf(text, at);
          const before = text.slice(clause.start, at);
          const after = text.slice(at + m[0].length, clause.start + clause.text.length);
          if (/_/.test(text.slice(Math.max(0, at - 1), at + m[0].length + 1))) continue;
          if (NEGATED.test(before) || HYPOTHETICAL.test(before) || forecastLine(ctx.doc.text, unit.start + at)) continue;
          // "queued behind the restart", "waiting on the rollback": an action named as a point of reference, not the subject of what follows.
          if (/\b(?:behind|ahead of|awaiting|waiting (?:for|on)|pending|until|till|than)\s+(?:the|a|an|its|their)\s*$/i.test(before)) continue;
          const done = DONE_AFTER.exec(after);
          // "The flush was queued and has gone through": a weak word first ("queued", "requested"), then the claim that it finished.
          const laterDone = done && /^(in progress|under ?way|requested|queued|sent|submitted|issued|initiated|triggered|started)$/i.test(done[2]!) ? /^[^;]{0,80}?\b(?:and|then)\s+(?:has\s+|have\s+|had\s+|is\s+|was\s+)?(?:now\s+|since\s+|already\s+|also\s+)?(gone through|went through|completed|complete|finished|succeeded|done|taken effect|took effect)\b/i.exec(after.slice(done.index! + done[0].length)) : null;
          // "web-ui: restart ✔", "✅ rollback": a tick beside the noun says it is done.
          const ticked = /^\s*(?:(?:of|for|on)\s+(?:the\s+)?[\w-]+(?:\s+cache)?\s*)?[:—–-]?\s*[✅✔☑✓]/u.test(after) || /[✅✔☑✓]\uFE0F?\s*$/u.test(before);
          // "I checked redis and gave it a restart", "went ahead with a restart of redis": a light verb whose object is the action.
          const light = LIGHT_VERB.test(before) && /\b(i|we)\b/i.test(text.slice(0, at)) && !/\b(you|should|could|would|can|may|might)\b/i.test(text.slice(0, at));
          const did = light || DONE_BEFORE.test(before) || (IMPLIED_I.test(text.slice(clause.start)) && /^[\s*_>✅✔•-]*(?:then\s+|also\s+|just\s+)?(kicked off|triggered|initiated|issued|ran|performed|did|executed|started|requested|queued|applied|completed|finished|carried out|pushed|sent)\s+(?:a|an|the|one|its|their|another)?\s*(?:\w+\s+)?$/i.test(before));
          // "the rollback line", "the restart request": the noun names something else.
          if (/^\s*(?:line|lines|entry|entries|message|log|logs|record|event|step|plan|option|button|tool|endpoint|command|policy|window|script)\b/i.test(after)) continue;
          // "after my restart" claims it; "after the rollback" presupposes one, whoever did it and whenever.
          const afterMy = /\b(after|since|following|thanks to|with)\s+(my|our)\s+(?:\w+\s+)?$/i.test(before) && !HYPOTHETICAL.test(clause.text);
          // "The leaked memory was released by a restart": a passive whose agent is a new action ("a", "my") reports that action done ("the restart" may be one the tools show).
          // (In the present, "the fault is fixed by a restart" says how it is cured, as the tools' fixedBy does, not that it was.)
          const agent = /\b(?:was|were|has been|have been|had been|got)\s+(?:\w+ly\s+)?(?:\w+ed|freed|undone|brought back|fixed|sorted)\s+(?:\w+\s+)?by\s+(?:a|an|my|our|one)\s+(?:quick\s+|simple\s+|fresh\s+|single\s+)?$/i.test(before) && !/\b(?:would|could|should|might|may|can|will|if|unless)\b/i.test(before);
          if (!done && !did && !afterMy && !ticked && !agent) continue;
          if (done && /\b(not|\w*n['’]t|never)\b/i.test(done[0])) continue;
          // "the scale should complete in a few seconds", "will finish at 14:00:13": a forecast that says when, not a report that it has ended
          // ("should be done by now" still says it has).
          if (done && !did && /\b(should|will|would|could|may|might|expected to|about to|due to|going to|set to)\s+(?:\w+\s+)?$/i.test(done[0].slice(0, done[0].length - done[2]!.length)) && /^\s*(?:in\b|within\b|at\b|around\b|by (?!now)|soon\b|shortly\b|momentarily\b|any (?:second|moment|minute)\b)/i.test(after.slice(done.index! + done[0].length))) continue;
          if (done && !laterDone && /^(in progress|under ?way|requested|queued)$/i.test(done[2]!) && !did && !/\b(my|our|i|we)\b/i.test(before)) {
            // "a restart is in progress" reports the fleet's state, which the status check reads.
            continue;
          }
          const subjects = nounTargets(before, after, ctx) ?? servicesIn(clause.text, ctx);
          // ("[x] Scale model-b requested": the tick marks the request done, not the scale.)
          const finished = (ticked && !(done && /^(in progress|under ?way|requested|queued|sent|submitted|issued|initiated|triggered|started|kicked off)$/i.test(done[2]!)) && !/\b(?:requested|queued|submitted|initiated|triggered|kicked off|started)\b/i.test(after) && !STILL_PENDING.test(after)) || !!laterDone || (!!done && FINISHED.test(done[0]));
          push(noun.kind, m[0], at, subjects, finished || agent, did || /\b(my|our)\b/i.test(before));
          if (finished && claims.at(-1)?.start === unit.start + at) claims.at(-1)!.complete = true;
          // "Both restarts of postgres went through": as many successful calls as the words count.
          const counted = /\b(both|two|three|four|all (?:two|three|four))\s+(?:of\s+)?(?:the\s+|my\s+|our\s+)?$/i.exec(before);
          if (counted && /s$/i.test(m[0]) && claims.at(-1)?.start === unit.start + at) claims.at(-1)!.times = /both|two/i.test(counted[1]!) ? 2 : /three/i.test(counted[1]!) ? 3 : 4;
        }
      }

      // Phrasal verbs split by their object: "rolled mcp-server back", "scaled ai-agent up to 4", "booted redis up again".
      for (const m of text.matchAll(/\b(rolled|scaled|spun|booted|started|fired|cycled|turned|powered|took|taken|moved|stepped|put|brought|bumped|dropped|cut|trimmed)\s+((?:[\w-]+\s+){1,5}?)(back|up|out|down|off)\b/gi)) {
        const clause = clauseOf(text, m.index!);
        const before = text.slice(clause.start, m.index!);
        if (NEGATED.test(before) || HYPOTHETICAL.test(before) || /\b(the|a|an)\s*$/i.test(before)) continue;
        const services = servicesIn(m[2]!, ctx);
        if (!services.length) continue;
        const verb = m[1]!.toLowerCase();
        // "brought load-generator down to 1", "bumped web-ui up to 3": a count after it makes the move a scale; without one the words say nothing of an action.
        const toCount = cachedRegExp(`^\\s+to\\s+(?:${NUMBER})\\b`, 'i').test(text.slice(m.index! + m[0].length));
        if (/^(brought|bumped|dropped|cut|trimmed)$/.test(verb) && (!toCount || !/^(up|down)$/i.test(m[3]!))) continue;
        // "took ai-agent one release back", "moved web-ui a version back": a rollback in other words.
        if (/^(took|taken|moved|stepped|put)$/.test(verb) && !(m[3] === 'back' && /\b(release|version|build)s?\b/i.test(m[2]! + text.slice(m.index! + m[0].length, m.index! + m[0].length + 30)))) continue;
        const kind: ActionKind = toCount && /^(brought|bumped|dropped|cut|trimmed)$/.test(verb) ? 'scale' : verb === 'rolled' || /^(took|taken|moved|stepped|put)$/.test(verb) ? 'rollback' : verb === 'scaled' || (verb === 'spun' && /up|out/i.test(m[3]!)) ? 'scale' : /^(turned|powered)$/.test(verb) || /down|off/i.test(m[3]!) ? 'none' : 'restart';
        // ("I set off a postgres restart …, and rolled ai-agent back": a verb after "and" shares the sentence's "I".)
        const own = FIRST_PERSON.test(before) || IMPLIED_I.test(text.slice(clause.start)) || /^[\s*_>✅✔•-]*$/.test(before) || sharesFirstPerson(before.replace(/\([^)]*\)/g, ' '));
        if (!own && !PASSIVE.test(before)) continue;
        push(kind, m[0], m.index!, services, true, own);
      }

      // "model-b went from 3 to 4 replicas", "web-ui 2 → 1, mcp-server 2 → 1": a change of replicas said of a service claims the scale that made it.
      for (const m of text.matchAll(REPLICA_CHANGE_RE)) {
        const to = Number(m[2] ?? m[4]);
        const end = m.index! + m[0].length;
        if (m[1] !== undefined) {
          // (An arrow between two small numbers is a replica change only where replicas or scaling are spoken of, and no other unit follows.)
          if (!/\b(replicas?|instances?|pods?|scal\w*)\b/i.test(text + ' ' + ctx.question)) continue;
          if (/^\s*(?:ms|%|mb|gb|s\b|sec|min|req|requests|queued|errors?|minutes?|seconds?|hours?|x\b|times|of\b)/i.test(text.slice(end))) continue;
        }
        const head = text.slice(0, m.index!);
        const segment = head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('('), head.search(/\band\s+(?!then\b)[^,;]*$/i)) + 1);
        const clause = text.slice(clauseOf(text, m.index!).start, m.index!);
        if (NEGATED.test(clause) || HYPOTHETICAL.test(clause) || /\b(before|was|were|had|earlier|previously|used to)\b/i.test(segment)) continue;
        const service = servicesIn(segment, ctx).at(-1);
        if (!service) continue;
        if (seen.has(unit.start + m.index!)) continue;
        seen.add(unit.start + m.index!);
        claims.push({ subjects: [service], relation: 'did:scale', kind: 'scale', verb: m[0], finished: false, own: false, polarity: true, replicasTo: to, ...tidy(m[0], unit.start + m.index!) });
      }

      // "The ai-agent scale completes at 14:00:13": when an action under way ends is in its result.
      for (const m of text.matchAll(ENDS_AT_RE)) {
        const clause = clauseOf(text, m.index!);
        // "postgres's restart completes at …, ai-agent's scale at …": the service right before the noun owns it.
        const services = nounTargets(text.slice(clause.start, m.index!), text.slice(m.index! + m[1]!.length), ctx) ?? servicesIn(clause.text, ctx);
        const word = m[1]!.toLowerCase();
        const kind: ActionKind = /^(restart|reboot)/.test(word) ? 'restart' : /^scal/.test(word) ? 'scale' : /^(roll|revert)/.test(word) ? 'rollback' : 'clear_cache';
        const targets = services.length ? services : unit.lead.length ? unit.lead : ctx.questionServices;
        if (targets.length !== 1) continue;
        claims.push({ subjects: targets, relation: `did:${kind}`, kind, verb: m[1]!, finished: false, own: false, polarity: true, endsAt: m[2]!, ...tidy(m[0], unit.start + m.index!) });
      }

      // "Rolling web-ui back to 2.3.0 now", "I'm restarting redis": an action said to be under way needs its call as much as a finished one.
      for (const m of [PROGRESSIVE_RE.exec(text)].filter((x): x is RegExpExecArray => !!x)) {
        const rest = text.slice(m.index! + m[0].length);
        const clause = rest.split(/[;!]|\.(?=\s|$)|\s[—–-]\s|,\s*(?:and|but|so)\b/)[0]!;
        const firstPerson = !!m[1];
        if (!firstPerson && !/^(?:[^,;]{0,60}?)\b(now|right now|right away|as we speak|for you|as requested|immediately)\b/i.test(clause)) continue;
        if (/\b(would|could|should|might|may|is what|is the|helps?|will help|recommended|suggested|is an option)\b/i.test(clause)) continue;
        const services = servicesIn(clause.slice(0, 60), ctx);
        if (!services.length) continue;
        const verb = m[2]!.toLowerCase();
        const kind: ActionKind = /^(restart|reboot|bounc|recycl)/.test(verb) ? 'restart' : /^scal/.test(verb) ? 'scale' : /^(roll|revert|downgrad)/.test(verb) ? 'rollback' : 'clear_cache';
        push(kind, m[2]!, m.index! + m[0].length - m[2]!.length, services, false, true);
      }

      // "redis has finished restarting", "model-b is done scaling": the action said to be over.
      for (const m of text.matchAll(/\b(?:has\s+|have\s+|is\s+|are\s+)?(?:finished|completed|done|through)\s+(?:with\s+)?(restarting|rebooting|scaling(?: out| up| down)?|rolling back|reverting|flushing|clearing)\b/gi)) {
        const before = text.slice(clauseOf(text, m.index!).start, m.index!);
        if (NEGATED.test(before) || HYPOTHETICAL.test(before)) continue;
        const verb = m[1]!.toLowerCase();
        const kind: ActionKind = /^(restart|reboot)/.test(verb) ? 'restart' : /^scal/.test(verb) ? 'scale' : /^(roll|revert)/.test(verb) ? 'rollback' : 'clear_cache';
        const who = servicesIn(before, ctx);
        push(kind, m[1]!, m.index! + m[0].length - m[1]!.length, who.length ? [who.at(-1)!] : [], true, false);
        if (claims.at(-1)?.start === unit.start + m.index! + m[0].length - m[1]!.length) claims.at(-1)!.complete = true;
      }
      // "model-b is scaling to 3" after the scale was refused: a refused call said to be under way.
      for (const m of text.matchAll(/\b([\w-]+)\s+(?:is|are)\s+(?:now\s+)?(restarting|scaling|rolling back|being (?:restarted|scaled|rolled back|flushed))\b/gi)) {
        const service = mentionsOf(m[1]!, ctx.facts.names)[0]?.service;
        if (!service || NEGATED.test(text.slice(0, m.index!).split(/[,;]/).at(-1)!) || HYPOTHETICAL.test(text.slice(0, m.index!).split(/[,;]/).at(-1)!)) continue;
        const kind: ActionKind = /restart/i.test(m[2]!) ? 'restart' : /scal/i.test(m[2]!) ? 'scale' : /roll/i.test(m[2]!) ? 'rollback' : 'clear_cache';
        const tool = TOOL_OF[kind]!;
        // (A refusal because the same action is already running says it is under way: "busy: restart in progress".)
        const refused = ctx.facts.calls.some((c) => c.name === tool && c.isError && c.arguments?.service === service && !/in progress|busy|already (?:running|under ?way)/i.test(String(c.result)));
        if (refused) push(kind, m[2]!, m.index! + m[0].length - m[2]!.length, [service], false, false);
      }

      // "leak handled", "the outage has been dealt with", "memory reset by a restart": a fault said to be handled, or a state set by an action noun, claims the action done.
      for (const m of text.matchAll(/\b(?:leak|outage|crash|spike|burst|fault|incident|problem|issue|regression)s?\s+(?:(?:has|have|is|was|were)\s+)?(?:been\s+)?(?:now\s+|already\s+|fully\s+)?(handled|dealt with|addressed|taken care of)\b|\b(?:reset|cleared|fixed|freed|resolved|restored|recovered|brought back|reclaimed)\s+by\s+(?:a|an|the|my|our)\s+(restart|reboot|rollback|roll-?back|scale[- ]?(?:out|up)?|flush|cache flush|cache clear)\b/gi)) {
        const before = text.slice(clauseOf(text, m.index!).start, m.index!);
        if (NEGATED.test(before) || HYPOTHETICAL.test(before) || /\b(?:not|n['’]t|never|yet)\b/i.test(text.slice(m.index!, m.index! + m[0].length + 12))) continue;
        // "a dependency failure, fixed by a restart", "the fault is fixed by a restart": how a fault is cured (the tools' fixedBy), not a report that it was.
        const lead = text.slice(0, m.index!);
        if (m[2] && /\bby\s+an?\s/i.test(m[0]) && !/\b(?:was|were|been|got|had)\s+(?:\w+ly\s+)?$/i.test(lead) && (/\b(?:is|are|gets|get|can be)\s+$/i.test(lead) || /\b(?:fault|failure|leak|spike|burst|issue|problem|crash)\w*\b[^.;]*[,(]\s*$/i.test(lead))) continue;
        const noun = m[2]?.toLowerCase();
        const kind: ActionKind = !noun ? 'any' : /restart|reboot/.test(noun) ? 'restart' : /roll/.test(noun) ? 'rollback' : /scale/.test(noun) ? 'scale' : 'clear_cache';
        const verb = m[1] ?? m[2]!;
        push(kind, verb, m.index! + m[0].lastIndexOf(verb), servicesIn(text.slice(clauseOf(text, m.index!).start, m.index! + m[0].length), ctx), true, false);
      }

      // "brought postgres back up", "got redis back online", "put web-ui back on 2.2.4", "added two replicas".
      for (const m of text.matchAll(/\b(?:i|we)?(?:['’]ve| have)?\s*(brought|got(?!\s+(?:brought|put|moved|spun)\b)|put|moved|spun|spinned)\s+((?:[\w-]+\s+){0,3}?)(back (?:up|online|on|to|in(?:to)? (?:service|rotation))|back(?=\s*(?:[,.;!)—–]|$|\s+(?:and|now|from|again|after|by|with|for you)\b))|up \w+ more|up (?:a |an |\d+ |two |three |another )?(?:new |more |extra )?replicas?)\b/gi)) {
        const before = text.slice(clauseOf(text, m.index!).start, m.index!);
        if (NEGATED.test(before) || HYPOTHETICAL.test(before)) continue;
        const kind: ActionKind = /\bon\b|\bto\b/i.test(m[3]!) && /\d+\.\d+/.test(text.slice(m.index!, m.index! + m[0].length + 12)) ? 'rollback' : /replica|more/i.test(m[3]!) ? 'scale' : 'restart';
        // "redis has been brought back (online)": passive, the service is the subject before the verb, not a name after it.
        const passiveSubject = !servicesIn(m[2]!, ctx).length && /\b(?:has|have|had|was|were|is|are|got|been|being)(?:\s+(?:\w+ly|now|just|finally))?\s*$/i.test(before) ? servicesIn(sinceLastVerb(before), ctx) : [];
        // (A bare "back" needs a subject that names a service or the one who did it: "the latency got back" is no action.)
        // ("web-ui latency got back to 45 ms": with no service as its object nor as a passive subject, "got back" is no action.)
        if (/^back/i.test(m[3]!) && !passiveSubject.length && !servicesIn(m[2]!, ctx).length && !/\b(?:it|them|both|everything|all of them)\b/i.test(m[2]!) && !/\b(i|we)\b/i.test(m[0])) continue;
        push(kind, m[0].trim(), m.index! + (m[0].length - m[0].trimStart().length), passiveSubject.length ? passiveSubject : servicesIn(m[2]! + text.slice(m.index! + m[0].length, m.index! + m[0].length + 30), ctx), true, /\b(i|we)\b/i.test(m[0]));
      }
    }
    // "diagnostics recommended a restart, so that's what was done", "…a rollback, which is what I did": the action is the one named before.
    const units = ctx.doc.units;
    units.forEach((unit, i) => {
      if (unit.kind === 'code') return;
      for (const m of unit.text.matchAll(ANAPHOR_RE)) {
        const before = unit.text.slice(0, m.index!);
        if (NEGATED.test(before.split(/[,;]/).at(-1)!)) continue;
        // The nearest action noun before the words, in this unit or the one before it.
        const pool = [{ unit, text: before }, ...(i > 0 && units[i - 1]!.kind !== 'code' ? [{ unit: units[i - 1]!, text: units[i - 1]!.text }] : [])];
        let found: { kind: ActionKind; at: number; unit: typeof unit; word: string } | undefined;
        for (const { unit: u, text } of pool) {
          for (const noun of NOUNS) {
            if (noun.kind === 'any') continue;
            for (const n of text.matchAll(noun.re)) if (!found || (found.unit === u && n.index! > found.at)) found = { kind: noun.kind, at: n.index!, unit: u, word: n[0] };
          }
          if (found) break;
        }
        if (!found) continue;
        const named = servicesIn(found.unit.text, ctx);
        const earlier = i > 0 ? servicesIn(units[i - 1]!.text, ctx) : [];
        const subjects = named.length ? named : found.unit.lead.length ? found.unit.lead : earlier.length ? earlier : ctx.questionServices;
        const at = unit.start + m.index!;
        if (claims.some((c) => c.start === at)) continue;
        claims.push({ subjects, relation: `did:${found.kind}`, kind: found.kind, verb: m[0], finished: true, own: /\b(i|we)\b/i.test(m[0]), polarity: true, ...tidy(m[0], at) });
      }
    });
    // "| rollback | ✅ 2.3.0 live |", "| restart | done |": a table row whose one cell names an action and the next ticks it off says the action was done.
    for (let i = 0; i + 1 < units.length; i++) {
      const a = units[i]!;
      const b = units[i + 1]!;
      if (a.kind !== 'table' || b.kind !== 'table' || ctx.doc.text.slice(a.start, b.start).includes('\n')) continue;
      const noun = /^[\s*_`]*(restart(?:ed)?|reboot|roll[- ]?back|rolled back|revert|scale(?:[- ](?:out|up|down|in))?|scaled|(?:cache )?(?:flush|clear)|flushed|cleared)[\s*_`]*$/i.exec(a.text);
      if (!noun || seen.has(a.start)) continue;
      if (!/^[\s*_`]*(?:[✅✔☑✓]|done\b|complete[d]?\b|succeeded\b|success\b|ok\b|applied\b)/iu.test(b.text) || NEGATED.test(b.text) || HYPOTHETICAL.test(b.text) || /[❌⏳⚠]|\b(?:pending|suggested|proposed|recommended|todo|to do|planned|failed|refused|skipped|in progress|running)\b/iu.test(b.text)) continue;
      const w = noun[1]!.toLowerCase();
      const kind: ActionKind = /restart|reboot/.test(w) ? 'restart' : /roll|revert/.test(w) ? 'rollback' : /scal/.test(w) ? 'scale' : 'clear_cache';
      const named = [...new Set([...a.mentions, ...b.mentions].map((m) => m.service))];
      const subjects = named.length ? named : a.lead.length ? a.lead : ctx.questionServices;
      seen.add(a.start);
      claims.push({ subjects, relation: `did:${kind}`, kind, verb: noun[1]!, finished: true, complete: true, own: true, polarity: true, ...tidy(noun[1]!, a.start + a.text.indexOf(noun[1]!)) });
    }
    return claims;
  },
  check(claim, ctx) {
    const { facts } = ctx;
    const tool = TOOL_OF[claim.kind];
    const subjects = claim.subjects.length ? claim.subjects : [undefined];
    if (claim.endsAt) {
      const service = claim.subjects[0]!;
      const due = facts.state(service)?.action;
      if (!due?.completesAt || due.kind !== claim.kind) return undefined;
      const said = claim.endsAt.split(/[:.]/).map(Number);
      const real = new Date(due.completesAt);
      const parts = [real.getUTCHours(), real.getUTCMinutes(), real.getUTCSeconds()];
      // Compared to the precision the answer gives (minutes, or seconds, rounded either way).
      const saidSec = said[0]! * 3600 + said[1]! * 60 + (said[2] ?? 0);
      const realSec = parts[0]! * 3600 + parts[1]! * 60 + (said.length > 2 ? parts[2]! + real.getUTCMilliseconds() / 1000 : parts[2]!);
      if (Math.abs(saidSec - realSec) <= (said.length > 2 ? 1.5 : 60)) return undefined;
      return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Says the ${claim.kind.replace('_', ' ')} of ${service} ends at ${claim.endsAt}.`, fact: `${service}: ${due.kind.replace('_', ' ')} in progress until ${due.completesAt} (${facts.sourceOf(service)}).` };
    }
    for (const service of subjects) {
      // "went from 1 to 3 replicas": the count read this turn (now, or as the scale's target) shows the change, whoever made it.
      if (claim.replicasTo !== undefined && service) {
        const s = facts.state(service);
        if (s?.replicas === claim.replicasTo || (s?.action?.kind === 'scale' && s.action.replicas === claim.replicasTo)) continue;
      }
      // "restarted it a second time", "again": one successful call does not back two.
      const repeated = tool && /\b(again|a second time|twice|once more|another time|one more time)\b/i.test(ctx.doc.text.slice(claim.start, claim.start + 60).split(/[.;\n]/)[0]!);
      if (repeated && facts.calls.filter((c) => c.name === tool && !c.isError && (service === undefined || c.arguments?.service === service)).length < 2 && facts.calls.some((c) => c.name === tool && c.isError && (service === undefined || c.arguments?.service === service))) {
        return { kind: 'unperformed_action', severity: 'error', span: claim.span, start: claim.start, message: `Claims "${claim.verb}" a second time${service ? ` on ${service}` : ''}; only one such call succeeded this turn.`, fact: `The repeated ${tool} call${service ? ` for ${service}` : ''} failed (isError).` };
      }
      if (tool && claim.times && facts.calls.filter((c) => c.name === tool && !c.isError && (service === undefined || c.arguments?.service === service)).length < claim.times) {
        return { kind: 'unperformed_action', severity: 'error', span: claim.span, start: claim.start, message: `Claims ${claim.times} ${claim.verb}${service ? ` of ${service}` : ''}; fewer such calls succeeded this turn.`, fact: `${facts.calls.filter((c) => c.name === tool && !c.isError && (service === undefined || c.arguments?.service === service)).length} successful ${tool} call(s)${service ? ` for ${service}` : ''}; ${facts.calls.filter((c) => c.name === tool && c.isError).length} refused (isError).` };
      }
      const done =
        claim.kind === 'any'
          ? facts.succeeded((n) => facts.fleet.mutatingTools.includes(n), service)
          : tool
            ? facts.succeeded((n) => n === tool, service)
            : false;
      const evidence =
        !claim.own &&
        claim.kind !== 'any' &&
        claim.kind !== 'none' &&
        (facts.texts.some((t) => (service === undefined || t.service === service) && EVIDENCE[claim.kind as keyof typeof EVIDENCE].test(t.text)) ||
          // "web-ui was restarted": an uptime of a few minutes says it did restart, whoever did it.
          (claim.kind === 'restart' && !!service && isUpSince(facts.state(service), 600)));
      // An action the tools show under way backs a claim that it is happening (not that it is finished).
      // ("Two incidents are being repaired": a repair of no one kind, under way when the tools show any action running.)
      const busy = (n: string) => !!facts.state(n)?.action || facts.state(n)?.status === 'restarting' || facts.texts.some((t) => t.service === n && /\b(?:restart|scal\w*|rollback|roll-back|flush|cache clear)\w* (?:in progress|under ?way)\b/i.test(t.text));
      const underway = !claim.finished && (claim.kind === 'any' ? (service ? busy(service) : facts.names.some(busy)) : !!service && facts.state(service)?.action?.kind === claim.kind);
      if (done || evidence || underway) {
        const s = service ? facts.state(service) : undefined;
        if (claim.finished && s && (s.status === 'restarting' || inProgress(ctx, service!) || (claim.complete && justStarted(ctx, service!, claim.kind)))) {
          return {
            kind: 'contradicted_fact',
            severity: 'error',
            span: claim.span,
            start: claim.start,
            message: `Says the ${claim.kind.replace('_', ' ')} of ${service} is finished; the tools show it still in progress.`,
            fact: `${service}: ${[s.status, s.action ? `${s.action.kind.replace('_', ' ')} in progress${s.action.completesAt ? ` until ${s.action.completesAt}` : ''}` : ''].filter(Boolean).join(', ')} (${facts.sourceOf(service!)}).`,
          };
        }
        continue;
      }
      const failed = tool ? facts.calls.find((c) => c.name === tool && c.isError && (service === undefined || c.arguments?.service === service)) : undefined;
      const readOnly = facts.calls.filter((c) => !facts.fleet.mutatingTools.includes(c.name)).map((c) => c.name);
      const finding: GroundingFinding = {
        kind: 'unperformed_action',
        severity: 'error',
        span: claim.span,
        start: claim.start,
        message: tool === null && claim.kind === 'none' ? `Claims "${claim.verb}"${service ? ` on ${service}` : ''}, which no tool can do.` : `Claims "${claim.verb}"${service ? ` on ${service}` : ''}, but no such action succeeded this turn.`,
        fact: failed
          ? `The ${tool} call${service ? ` for ${service}` : ''} failed (isError).`
          : tool
            ? `No successful ${tool} call${service ? ` for ${service}` : ''} in this turn's tool results${readOnly.length ? ` (only ${[...new Set(readOnly)].join(', ')}, which change nothing)` : ''}.`
            : claim.kind === 'any'
              ? `No tool that changes the fleet succeeded${service ? ` for ${service}` : ''} this turn.`
              : 'No tool does that; chat has read-only tools only.',
      };
      return finding;
    }
    return undefined;
  },
};

/** The tools (a status read after the action) show the action still running. */
function inProgress(ctx: CheckContext, service: string): boolean {
  return ctx.facts.calls.some((c) => {
    if (c.isError || ctx.facts.fleet.mutatingTools.includes(c.name)) return false;
    const json = JSON.stringify(c.result ?? '');
    if (!json.includes(`"${service}"`)) return false;
    const s = ctx.facts.state(service);
    return !!(s?.action && s.action.completesAt) && /in progress|"action":\{/.test(json);
  });
}

/**
 * The action was started this turn and nothing read after it shows it done: its
 * own result (startedAt, completesAt) is the last word on it, and no timestamp
 * the tools give reaches its completion. Said finished, it is said too soon.
 */
function justStarted(ctx: CheckContext, service: string, kind: ActionKind): boolean {
  const action = ctx.facts.state(service)?.action;
  if (!action || action.kind !== kind || !action.completesAt) return false;
  const done = Date.parse(action.completesAt);
  if (!Number.isFinite(done)) return false;
  const readAfter = ctx.facts.calls.some((c) => !c.isError && !ctx.facts.fleet.mutatingTools.includes(c.name) && JSON.stringify(c.result ?? '').includes(`"${service}"`));
  // Another action of the same turn read back as finished (its service read with no action left) dates that read after its end: an action due earlier is done too.
  const seenDone = ctx.facts.calls
    .filter((c) => !c.isError && ctx.facts.fleet.mutatingTools.includes(c.name) && typeof (c.result as { completesAt?: unknown } | undefined)?.completesAt === 'string')
    .map((c) => ({ who: String(c.arguments?.service ?? ''), end: Date.parse((c.result as { completesAt: string }).completesAt) }))
    .filter(({ who }) => who && who !== service && ctx.facts.calls.some((r) => !r.isError && !ctx.facts.fleet.mutatingTools.includes(r.name) && JSON.stringify(r.result ?? '').includes(`"${who}"`)) && !ctx.facts.state(who)?.action && ctx.facts.state(who)?.status !== 'restarting' && ctx.facts.state(who)?.status !== undefined)
    .some(({ end }) => Number.isFinite(end) && end >= done);
  if (seenDone) return false;
  // So does another service's refusal that takes its own action of the turn as done ("model-b already runs 3 replica(s)" after its scale due at 14:00:33.6): a flush due before that is done too.
  const provedDone = ctx.facts.calls
    .filter((c) => c.isError && typeof c.arguments?.service === 'string' && c.arguments.service !== service && /\balready (?:runs|at|has|on)\b|no previous version/i.test(String(c.result)))
    .flatMap((r) => ctx.facts.calls.filter((c) => !c.isError && c.name === r.name && c.arguments?.service === r.arguments!.service && ctx.facts.calls.indexOf(c) < ctx.facts.calls.indexOf(r)))
    .map((c) => Date.parse(String((c.result as { completesAt?: unknown } | undefined)?.completesAt)))
    .some((end) => Number.isFinite(end) && end >= done);
  if (provedDone) return false;
  // A later refusal that takes the action as done ("already runs 3 replica(s)", "no previous version to roll back to") says it finished.
  if (ctx.facts.calls.some((c) => c.isError && c.arguments?.service === service && /\balready (?:runs|at|has|on)\b|no previous version/i.test(String(c.result)))) return false;
  // Another action's completion time is a forecast too, not a moment anyone observed.
  const forecasts = new Set(ctx.facts.calls.map((c) => (c.result as { completesAt?: unknown } | undefined)?.completesAt).filter((t): t is string => typeof t === 'string'));
  return !readAfter && !ctx.facts.timestamps.some((t) => !forecasts.has(t) && Date.parse(t) >= done);
}

/** The service is up, and has been for less than `seconds`: it (re)started recently. */
function isUpSince(s: { status?: string; uptimeSec?: number } | undefined, seconds: number): boolean {
  return !!s && (s.status === 'running' || s.status === 'degraded') && typeof s.uptimeSec === 'number' && s.uptimeSec > 0 && s.uptimeSec < seconds;
}
