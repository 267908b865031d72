import { datedBefore } from './dated-lines';
import { tidy, type Claim, type ClaimModule, type CheckContext } from './claim';
import { describeService, isHealthy, type ServiceState } from './facts';
import { metricOfLabel } from './quantities';
import { mentionsOf, segmentsOf } from './subjects';
import { cachedRegExp, inPastFrame, NUMBER, parseNumber } from './text';

/**
 * What state a service is in ("web-ui is degraded", "redis isn't running",
 * "| redis | stopped |"), what state the fleet is in ("all services are
 * healthy", "3 of the 8 services need attention", "the rest are fine").
 */
type Label = 'healthy' | 'unhealthy' | 'degraded' | 'down' | 'stopped' | 'restarting' | 'critical' | 'warning' | 'running' | 'in_progress';

interface StatusClaim extends Claim {
  relation: `status:${Label}` | 'went_down' | 'count:unhealthy' | 'count:healthy' | 'count:services' | 'count:label' | 'share:unhealthy' | 'share:healthy';
  label?: Label;
  count?: number;
  total?: number;
  /** "the other four are healthy": a count of those left after the ones named (the services named before it), not of the whole fleet. */
  remainder?: string[];
  /** A share of the fleet ("half the fleet", "75 % of services"), and how far off it may be. */
  share?: { value: number; tolerance: number; atLeast?: boolean; side?: 'over' | 'under' };
}

/**
 * "Half the fleet is healthy", "about 40 % of services are degraded", "one
 * in four services is down", "most of the fleet is fine": a share of the
 * fleet in a state, in words or as a percentage.
 */
const SHARE_RE = new RegExp(
  `\\b(about |roughly |around |approximately |nearly |almost |just over |just under |well over |well under |over |under |exactly |precisely |only |a little over |a little under |slightly over |slightly under |some )?(\\d+(?:\\.\\d+)?\\s*(?:%|percent|per cent)|half|a half|one half|a third|one third|two[- ]thirds|a quarter|one quarter|three[- ]quarters|most|the majority|(?:${NUMBER}) (?:in|out of) (?:every )?(?:${NUMBER}))\\s+(?:of\\s+)?(?:the\\s+|our\\s+|its\\s+)?(?:whole\\s+|entire\\s+)?(?:fleet|services|service fleet)\\b(?:\\s+services?)?\\s+(?:is|are|was|were|looks?|seems?|remains?|reports?)?\\s*(?:currently\\s+|now\\s+|still\\s+|fully\\s+|all\\s+)?(healthy|fine|ok|okay|green|operational|up and running|in good shape|unhealthy|degraded|down|failing|in trouble|affected|impacted|impaired|not healthy|having (?:issues|problems)|need(?:s|ing)? attention)\\b`,
  'i',
);
const SHARE_WORDS: Record<string, number> = { half: 0.5, 'a half': 0.5, 'one half': 0.5, 'a third': 1 / 3, 'one third': 1 / 3, 'two thirds': 2 / 3, 'two-thirds': 2 / 3, 'a quarter': 0.25, 'one quarter': 0.25, 'three quarters': 0.75, 'three-quarters': 0.75 };

function shareOf(words: string, hedge: string | undefined): StatusClaim['share'] | undefined {
  const w = words.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'most' || w === 'the majority') return { value: 0.5, tolerance: 0, atLeast: true };
  const pct = /^(\d+(?:\.\d+)?)\s*(?:%|percent|per cent)$/.exec(w);
  const inN = /^(.+?) (?:in|out of) (?:every )?(.+)$/.exec(w);
  const value = pct ? Number(pct[1]) / 100 : inN ? parseNumber(inN[1]!) / parseNumber(inN[2]!) : SHARE_WORDS[w];
  if (value === undefined || !Number.isFinite(value)) return undefined;
  // "exactly half" is one count; a plain or hedged share, the counts near it (a fleet of eight moves in steps of 12.5 %).
  const exact = /exactly|precisely/i.test(hedge ?? '') || (!!pct && !hedge);
  // "over half", "nearly a third": a bound on one side.
  const side = /over/i.test(hedge ?? '') ? 'over' : /under|nearly|almost/i.test(hedge ?? '') ? 'under' : undefined;
  return { value, tolerance: exact ? 0.02 : side ? (/just|a little|slightly|nearly|almost/i.test(hedge ?? '') ? 0.15 : 1) : 0.07, side };
}

const WORDS: Array<{ re: RegExp; label: Label }> = [
  // "no longer fails", "has stopped erroring": the failing said over, i.e. healthy now.
  { re: /\b(?:no longer (?:fails|errors|crashes|throws errors)|(?:stopped|ceased|quit) (?:failing|erroring|crashing|throwing errors)|(?:is|are) (?:now )?error-free)\b/i, label: 'healthy' },
  { re: /\b(up and running|healthy|operational|in good (?:shape|health|condition)|in (?:good|great|fine) health|working (?:normally|fine|well|as expected)|running (?:normally|fine|smoothly|well|ok|okay|cleanly|happily|without (?:issues|problems|errors))|all good|no (?:issues|problems|faults|errors)|nominal|fine|ok|okay|green|stable|back to normal|looks? good|doing well|in the clear|performing well|back on (?:its|their) feet|working again|healthy again|all clear|right as rain)\b/i, label: 'healthy' },
  { re: /\b(unhealthy|having (?:issues|problems|trouble)|not healthy|struggling|in trouble|failing|erroring|broken|misbehaving|needs? attention|in a bad state|impaired|troubled|unstable|flapping|crash-?looping|red|sick|not ok|not okay|not fine)\b/i, label: 'unhealthy' },
  { re: /\bdegraded\b/i, label: 'degraded' },
  { re: /\b(stopped|down|offline|crashed|unavailable|unreachable|dead|not running|out of service|not up|exited)\b/i, label: 'down' },
  { re: /\b(restarting|rebooting|coming back up|coming back online|starting up|booting)\b/i, label: 'restarting' },
  { re: /\b(?:health(?: is|:)?\s+critical|critical(?: health| state| condition)?|in a critical)\b/i, label: 'critical' },
  { re: /\b(?:health(?: is|:)?\s+warning|in a warning state|warning state|health warning)\b/i, label: 'warning' },
  // "redis is back", "web-ui has recovered": the service said up again (not "back to 2.3.0", "back near its baseline", "should recover").
  { re: /\b(?:has|have|is|are)\s+(?:now\s+|fully\s+|since\s+|already\s+)?(recovered)\b/i, label: 'healthy' },
  { re: /(?:\b(?:is|are)|['’]s)\s+(?:now\s+|fully\s+|finally\s+|already\s+)?(back(?:\s+(?:up|online|in service))?)\b(?!\s+(?:to|on|at|in\b(?!\s+service)|from|down|near|under|towards?|within|into|where|by|\d))/i, label: 'running' },
  { re: /\b(running|up|online|live|serving(?: traffic)?)\b/i, label: 'running' },
];

function holds(label: Label, s: ServiceState): boolean | undefined {
  if (s.status === undefined && s.health === undefined) return undefined;
  const status = s.status;
  switch (label) {
    case 'healthy':
      return status === undefined ? s.health === 'healthy' : isHealthy(s);
    case 'unhealthy':
      return status === undefined ? s.health !== 'healthy' : !isHealthy(s);
    case 'degraded':
      return status === 'degraded' || (status !== 'stopped' && s.health !== undefined && s.health !== 'healthy');
    case 'down':
      return status === undefined ? undefined : status === 'stopped' || status === 'restarting';
    // "is stopped" says more than down: a service mid-restart is down but not stopped.
    case 'stopped':
      return status === undefined ? undefined : status === 'stopped';
    case 'restarting':
      return status === undefined ? undefined : status === 'restarting' || s.action?.kind === 'restart' || s.action?.kind === 'rollback';
    case 'critical':
      return s.health === undefined ? undefined : s.health === 'critical';
    case 'warning':
      return s.health === undefined ? undefined : s.health === 'warning';
    case 'running':
      return status === undefined ? undefined : status === 'running' || status === 'degraded';
    case 'in_progress':
      return !!s.action;
  }
}

/** The part of a segment that speaks about its subject's present: up to the next clause break. */
function firstClause(text: string): string {
  return text.split(/[;(]|\bbut\b|\bbecause\b|\bsince\b|\bwhile\b|\bwhereas\b|\bafter\b|\bbefore\b|\buntil\b|\bwhich\b|\bso\b|\bthough\b|\balthough\b|\bunlike\b|\bexcept\b|\bwith\b(?! (?:no|health|status))|,\s*(?:and|so|but|then|as)\b|\.\s/i)[0]!;
}

const COUNTED_STATE = new RegExp(`(?:^|[),;:—–]\\s*)(?:and\\s+|plus\\s+)?(?:${NUMBER})\\s+$`, 'i');
const COUNTED_LIST_RE = new RegExp(`(?<=^|[),;:—–]\\s*|\\band\\s+)(?:${NUMBER})\\s+(?:(?:out\\s+)?of\\s+(?:the\\s+)?(?:${NUMBER})\\s+)?(healthy|degraded|stopped|down|restarting|unhealthy|failing|crashed|running(?: healthy)?)\\s*\\(([^)]{1,160})\\)`, 'gi');
const OWN_SUBJECT = new RegExp(`^\\s*(?:(?:and|but|so|yes|yeah|yep|no|nope|right|correct)\\b[\\s,:;—–-]*)*(?:(?:only|just|exactly|all|most|some|none|each|every|no|${NUMBER})\\b(?:\\s+(?:of|out of|the|our|other|remaining|${NUMBER}))*\\s+(?:services?|of them|others)|(?:the\\s+)?(?:whole\\s+|entire\\s+|rest of the\\s+)?fleet|everything(?:\\s+else)?|nothing(?:\\s+else)?|everyone(?:\\s+else)?|the rest|the others)\\b`, 'i');
const CHECK_THAT = /\b(?:confirm|check|verify|ensure|make sure|see|test|validate|double-check|watch)\w*\s+(?:[\w`'’-]+\s+){0,4}?(?:that|whether|if)\s+(?:[\w-]+\s*)?$/i;
/** A question about an earlier moment: "what state was it in before the fix?". */
export const PAST_QUESTION = /\b(?:was|were|had|did)\b[^?]*\b(?:before|earlier|previously|prior to|at first|originally|back then|ago)\b|\bbefore (?:you|the|i|we|my|your)\b[^?]*\b(?:was|were|did|had)\b/i;
const ONLY_STATE_RE = /\b(?:only|just)\s+((?:[\w-]+\s*(?:,|and)\s*)*[\w-]+)\s+(?:is|are)\s+(?:currently\s+|now\s+|still\s+|really\s+)?(unhealthy|degraded|down|stopped|failing|in trouble|having (?:issues|problems)|not healthy|broken)\b/i;
const AT_CHECK = /\b(at that point|at the time|when i (?:checked|looked|ran)|at that moment|when you asked|at the check)\b/i;
const EXCEPT = /\b(except(?: for)?|apart from|other than|besides|but not|excluding|unlike|save for|aside from)\s+(?:[\w-]+(?:\s*,\s*|\s+and\s+|\s+or\s+))*(?:the\s+)?$/i;

const UNHEALTHY_WORDS = '(?:need(?:s|ing)? attention|require(?:s)? attention|(?:are|is|were) (?:unhealthy|degraded|down|failing|not healthy|in trouble|having (?:issues|problems)|impaired|stopped|broken|affected)|ha(?:ve|s) (?:issues|problems)|unhealthy|degraded|failing|with (?:issues|problems))';
const HEALTHY_WORDS = '(?:(?:are|is|were|look|looks|seem|seems)\\s+(?:all\\s+)?(?:healthy|fine|ok|okay|up|running(?: normally| fine)?|green|operational|good|in good shape)|healthy)';


// Built once (the parts are constants); used per unit of every answer.
const ALL_BUT_RE = new RegExp(`\\ball but (${NUMBER})\\s+(?:of the\\s+)?services?\\s+(?:are|is)\\s+(healthy|fine|ok|okay|up|running|green)`, 'i');
const COUNT_STATUS_RE = new RegExp(`\\b(?:only |just |exactly )?(${NUMBER})\\s+(?:out\\s+)?(?:of\\s+(?:the|our|all)?\\s*(${NUMBER})\\s+)?(?:\\w+\\s+)?services?\\b([^.;:]{0,40}?)\\b(${UNHEALTHY_WORDS}|${HEALTHY_WORDS})`, 'gi');
const TOTAL_RE = new RegExp(`\\b(?:fleet (?:has|runs|consists of|is made of|counts)|there are|we (?:have|run)|(?:all|of) (?:the )?|runs|across (?:the|all|its)?\\s*)\\s*(${NUMBER})\\s+services\\b`, 'i');
/** Words after a denied state that deny whose fault it is rather than the state: "not failing on its own account". */
const OWN_FAULT = /^\s*(?:on (?:its|their) own(?: account)?|by (?:it|them)sel(?:f|ves)|in (?:it|them)sel(?:f|ves)|of (?:its|their) own (?:accord|making)|through (?:no|any) fault of (?:its|their) own|because of (?:its|their) own\b|for (?:its|their) own reasons)/i;

export const statuses: ClaimModule<StatusClaim> = {
  name: 'statuses',
  extract(ctx) {
    const claims: StatusClaim[] = [];
    const { doc, facts } = ctx;
    for (const unit of doc.units) {
      if (unit.kind === 'code' || /\?\s*$/.test(unit.text)) continue;
      if (/^\s*(if|when|whenever|should|in case|once|unless)\b/i.test(unit.text)) continue;
      if (datedBefore(doc.text, unit.start, facts.latestStateAt())) continue;
      const statusColumn = unit.column ? metricOfLabel(unit.column) === 'status' : false;
      if (unit.column && !statusColumn && unit.kind === 'table') continue;
      // "## Fine", "**Needs attention**": a heading that names no service is a section's title, not a claim about the last one named.
      if (unit.kind === 'heading' && !unit.mentions.length) continue;
      for (const seg of segmentsOf(unit)) {
        // "web-ui (healthy) and redis (stopped)": a state in brackets right after the name.
        const bracket = /^\s*\(([^)]{1,40})\)/.exec(seg.text);
        // "… to model-b, which is itself down": a relative clause right after a name says its state.
        // ("it's model-a, which exited with code 137": so does one telling what befell it.)
        const relative = /^\s*,\s*(?:which|who)\s+(?=(?:is|are|looks?|seems?|remains?|stays?)\s+(?:itself\s+|also\s+|now\s+|currently\s+|still\s+)*[\w-]+(?:\s+[\w-]+)?\s*(?:[,.;)—–]|\s-\s|$)|(?:crashed|exited|died|went down|went offline|fell over|was killed|got killed|was oom-?killed)\b)/i.exec(seg.text);
        let clause = bracket && WORDS.some((w) => w.re.test(bracket[1]!)) ? bracket[1]! : firstClause(relative ? seg.text.slice(relative[0].length) : seg.text);
        // In a table or a list, a status can be a sign: ✅ ❌ ⚠️.
        // ("✅ Restarted web-ui", "❌ the rollback was refused": a sign before an action says how the action went, not the service's state.)
        // (The service's name in markup may sit between: "❌ *model-b* reboot refused".)
        const actionSign = /^\s*[:—–-]?\s*[✅✔❌✖⚠🟢🔴🟡🟠]\uFE0F?\s*(?:[\w*_`'’—–-]+\s+){0,3}?(?:`?[a-z]+(?:_[a-z]+)+`?(?![\w`])|(?:re-?started|rebooted|bounced|scaled|re-?scal\w*|rolled|reverted|flushed|cleared|purged|fixed|done|completed?|refused|rejected|failed|attempted|tried|applied|triggered|started|requested|restart|rollback|roll-?back|scale|flush|cache)\b)/iu.test(unit.text.slice(seg.offset));
        // ("✅ its dependencies ai-agent and postgres": a sign before other words than the service is about those words.)
        const signOfOthers = seg.subjectText === '' && /^\s*[:—–-]?\s*[✅✔❌✖⚠🟢🔴🟡🟠]\uFE0F?\s*(?:its|their|the)\s+\w+/iu.test(seg.text);
        if (!actionSign && !signOfOthers && ((unit.kind === 'table' && statusColumn) || (unit.kind === 'list' && /^\s*[:—–-]?\s*[✅✔❌✖⚠🟢🔴🟡🟠]/u.test(clause)))) {
          const sign = /[✅✔🟢]|[❌✖🔴]|[⚠🟡🟠]/u.exec(clause);
          if (sign) clause = /[✅✔🟢]/u.test(sign[0]) ? 'healthy' : /[❌✖🔴]/u.test(sign[0]) ? 'unhealthy' : 'degraded';
        }
        // "web-ui's dependencies are healthy" is about the dependencies, not web-ui.
        if (/^['’]s\s+(\w+\s+){0,2}(dependenc|dependents|upstreams?|downstreams?|deps|callers|logs?|metrics|cache|database|version|previous|replicas?|latency|cpu|memory|error|requests?|diagnos|check|finding)/i.test(clause)) continue;
        // ("mcp-server reaches it fine", "ai-agent can still get to redis OK": how well the link works, not the caller's state.)
        if (/^\s*(depends on|relies on|needs|talks to|calls|uses|requires|connects to|reads from|writes to|is used by|sits|feeds|serves|(?:can |could |still |now )*(?:reach(?:es|ed)?|gets? (?:through )?to|got (?:through )?to|connects? (?:to|with)|is connected to|talks? to))\b/i.test(clause)) continue;
        // "Everything except redis is healthy": a name after "except" is what the claim leaves out.
        if (seg.subjectText && EXCEPT.test(unit.text.slice(Math.max(0, seg.subjectStart - 40), seg.subjectStart))) continue;
        // "until redis is back", "should fall once postgres is running": a state in a clause of time or condition is awaited, not claimed.
        if (seg.subjectText && /\b(?:until|till|once|when|whenever|if|unless|as soon as|by the time|before)\s+(?:the\s+)?$/i.test(unit.text.slice(Math.max(0, seg.subjectStart - 16), seg.subjectStart))) continue;
        if (seg.subjectText === '' && unit.mentions.length && !/\b(it|its|they|both|the latter|the former)\b/i.test(clause) && unit.kind === 'prose') continue;
        // "seven of the eight services are healthy", "the fleet is fine": words with a subject of their own are not about the lead (the fleet-wide checks below read them).
        if (seg.subjectText === '' && OWN_SUBJECT.test(clause)) continue;
        // "Confirm that redis is stopped", "check whether it is healthy": a clause under a verb of checking is what to check, not what is.
        if (CHECK_THAT.test(unit.text.slice(0, seg.subjectText ? seg.subjectStart : seg.offset))) continue;
        // "Stopped: …" answering "what state was it in before …?": a fragment takes the question's tense.
        if (seg.subjectText === '' && PAST_QUESTION.test(ctx.question) && !/\b(?:is|are|now|currently|still)\b/i.test(clause)) continue;
        // "Before the fix, web-ui was failing, with ai-agent degraded by it": a sentence framed in the past speaks of then, not of the state the tools give now.
        if (unit.kind === 'prose' && inPastFrame(unit.text.slice(0, seg.subjectText ? seg.subjectStart : seg.offset))) continue;
        for (const w of WORDS) {
          const m = w.re.exec(clause);
          if (!m) continue;
          const before = clause.slice(0, m.index);
          // "…, postgres), two degraded (ai-agent, …)": a count right before the state word is the subject (the names it counts follow), not the name before.
          if (COUNTED_STATE.test(before)) continue;
          // "The first restart is still running": the state of an action, not of the service.
          if (/\b(?:restart|reboot|scale(?:-out|-up|-down)?|scaling|rollback|roll-?back|flush|deploy(?:ment)?|action|request|call|job|task|operation|migration|upgrade)s?\s+(?:is|are|was|were)\s+(?:still\s+|now\s+|currently\s+)?$/i.test(before)) continue;
          // "The postgres restart, requested at 14:00:10, is still going": the service names whose action it is; the action is the subject.
          if (seg.subjectText && /^\s*(?:['’]s\s+)?(?:restart|reboot|scale(?:-out|-up|-down)?|scaling|rollback|roll-?back|flush|deploy(?:ment)?|upgrade|migration)s?\b(?![\s,]+(?:and|but)\b)[^.;]*?\b(?:is|are|was|were)\s+(?:still\s+|now\s+|currently\s+)?$/i.test(before)) continue;
          // "uptime is 0 and it is serving no requests": serving nothing says it is not up, not that it is.
          if (w.label === 'running' && /^serving/i.test(m[1] ?? '') && /^\s*(?:no|zero|0|nothing|any)\b/i.test(clause.slice(m.index + m[0].length).replace(/^\s*traffic/i, ''))) continue;
          // "both report it unreachable", "the checks show redis as down": the state of the object, not of the subject.
          if (/\b(?:report|reports|reported|show|shows|showed|find|finds|found|see|sees|saw|mark|marks|marked|list|lists|listed|consider|considers|call|calls)\s+(?:it|them|this|that|[\w-]+)\s+(?:as\s+)?$/i.test(unit.text.slice(Math.max(0, seg.offset - 24), seg.offset) + before)) continue;
          // "the last healthy version", "a healthy baseline": the word describes a noun after it, not the service.
          if (/^\s+(?:version|release|build|deploy\w*|one|baseline|level|value|range|figure|image|tag|number|rate|state it was in)\b/i.test(clause.slice(m.index + m[0].length)) && /\b(?:the|a|an|its|last|previous|known|earlier)\s+(?:\w+\s+)?$/i.test(before)) continue;
          // "Restarting it now would avoid that", "restarting redis fixes it": the verb with an object is an action, not the state.
          if (w.label === 'restarting' && /^\s*(?:it|them|this|that|the service|[\w-]+-[\w-]+|redis|postgres)\b/i.test(clause.slice(m.index + m[0].length)) && !/\b(?:is|are|was|still|now)\s+$/i.test(before)) continue;
          if (/\b(was|were|had been|had|used to be|previously|earlier|before|until|initially)\b/i.test(before) && !/\b(now|currently|still|is|are)\s+(\w+\s+)?$/i.test(before)) continue;
          if (/\b(if|would|could|should|might|may|will|once|when|expected to be|supposed to be|going to be|expected|likely|soon|until|unless|whether|can|keep|stay|remain)\b/i.test(before)) continue;
          // "nothing guarantees it comes back healthy", "we can't promise it stays up", "wait for it to be ready": a state hoped for or awaited, not one the answer reports.
          if (/\b(?:cannot|can['’]t|couldn['’]t|won['’]t|wouldn['’]t|promise[sd]?|guarantee[sd]?|ensure[sd]?|hope[sd]?|wait(?:ing|s)? (?:for|until)|want(?:s|ed)?|need(?:s|ed)? (?:it |them )?to)\b/i.test(before)) continue;
          if (w.label === 'running' && /\b(running|up)\s+(version|v\d|\d|on|for|since|at|the|in|with|around|about)\b/i.test(clause.slice(m.index)) && !/\b(is|are)\s+(still\s+)?(running|up)\s*$/i.test(clause.slice(0, m.index + m[0].length))) continue;
          if (w.label === 'running' && /\b(up|down)\s+(to|from|by|\d)/i.test(clause.slice(m.index))) continue;
          if (w.label === 'down' && /\b(down|up)\s+(to|from|by|\d)/i.test(clause.slice(m.index))) continue;
          // "has slowed down", "errors came down", "scaled down": a phrasal verb of pace or size, not the service stopping.
          if (w.label === 'down' && /^down$/i.test(m[1] ?? '') && /\b(?:slow\w*|calm\w*|scal\w*|wound|wind\w*|settl\w*|cool\w*|quiet\w*|narrow\w*|track\w*|come|came|coming|brought|bring\w*|died|dies|dying|tone\w*|toned|let|letting|ramp\w*|step\w*|thin\w*|trim\w*)\s+$/i.test(before)) continue;
          // "model-b is unreachable from ai-agent": a connection between two services (relations), not model-b's state.
          if (w.label === 'down' && /^(unreachable|unavailable)$/i.test(m[1] ?? '') && /^\s+(?:from|to|for|by)\b/i.test(clause.slice(m.index + m[0].length))) continue;
          // ("only one of its dependencies — model-b — is unreachable": unreachable as a dependency of another, which check_dependencies measures, not down.)
          if (w.label === 'down' && /^unreachable$/i.test(m[1] ?? '') && /\bdependenc(?:y|ies)\b[^.;!?]*$/i.test(doc.text.slice(Math.max(0, unit.start - 120), unit.start + seg.offset + m.index))) continue;
          if (w.label === 'healthy' && /\b(no|without)\s+(issues|problems|errors|faults)\s+(in|with|from|reaching|to)\b/i.test(clause.slice(m.index))) continue;
          if (w.label === 'healthy' && /^(fine|ok|okay|stable|good)$/i.test(m[1] ?? '') && /\b(fine|stable)[- ](grained|tuned)\b/i.test(clause)) continue;
          if (/\b(health[- ]?checks?|probe|readiness|liveness|connection|requests?|errors?|latency|cpu|memory|logs?|replicas?|p95|traffic|queue|cache|load)\s+(\w+\s+)?$/i.test(before) && !/^\s*(is|are|looks?)\b/i.test(before)) continue;
          const negated = /\b(not|\w*n['’]t|no longer|never|nor|neither|none|nothing|zero|no)\b\s*(\w+\s*)?$/i.test(before);
          // "isn't failing on its own account", "is not itself broken": denies that the fault is its own (its cause), not its state.
          if (negated && (OWN_FAULT.test(clause.slice(m.index + m[0].length)) || /\b(?:it|them)sel(?:f|ves)\s*$/i.test(before))) continue;
          const span = bracket && clause === bracket[1] ? unit.text.slice(seg.subjectText ? seg.subjectStart : seg.offset, seg.offset + bracket.index + bracket[0].length) : seg.subjectText ? `${seg.subjectText}${clause.slice(0, m.index + m[0].length)}` : clause.slice(0, m.index + m[0].length);
          const start = unit.start + (seg.subjectText ? seg.subjectStart : seg.offset);
          const label: Label = w.label === 'down' && /^stopped$/i.test(m[1] ?? '') && /\b(?:is|are)\s+(?:now\s+|currently\s+|still\s+)?$/i.test(before) ? 'stopped' : w.label;
          claims.push({ subjects: seg.services, relation: `status:${label}`, label, polarity: !negated, ...tidy(span, start) });
          break;
        }
      }
    }

    // "model-b went down 30 seconds ago": an outage that recent, of a service whose uptime is far longer, did not happen.
    for (const unit of doc.units) {
      if (unit.kind === 'code' || /\?\s*$/.test(unit.text)) continue;
      for (const m of unit.text.matchAll(cachedRegExp(`\\b(went down|went offline|crashed|died|fell over|stopped(?! (?:accepting|answering|serving|responding|erroring|failing|growing|rising))|was taken down|was restarted|restarted)\\s+(?:about\\s+|roughly\\s+|around\\s+|some\\s+|just\\s+|only\\s+)?(${NUMBER})\\s*(seconds?|secs?|s|minutes?|mins?|m)\\s+ago\\b`, 'gi'))) {
        const before = unit.text.slice(0, m.index);
        if (/\b(if|would|could|might|may|not|n['’]t|never|whether)\b[^.;:]*$/i.test(before)) continue;
        const who = [...new Set(mentionsOf(before.split(/[.;!?]\s/).at(-1)!, facts.names).map((x) => x.service))].slice(-1);
        const n = parseNumber(m[2]!);
        if (!who.length || !Number.isFinite(n)) continue;
        const secs = /^m/i.test(m[3]!) ? n * 60 : n;
        claims.push({ subjects: who, relation: 'went_down', count: secs, polarity: true, ...tidy(m[0], unit.start + m.index!) });
      }
    }

    // The fleet as a whole.
    for (const unit of doc.units) {
      if (unit.kind === 'code' || /\?\s*$/.test(unit.text)) continue;
      const text = unit.text;
      if (/^\s*(if|when|whenever|should|in case|once|unless)\b/i.test(text)) continue;
      const allOk = /\b(?:all|every)\b(?: (?:\d+|one of the|single one of the|the|of the|eight|seven|six|five|four|three|two|our|other|remaining))*\s+(?:services?|other services|of them|others|service)\s+(?:are|is|were|look|looks|seem|seems|report|reports)?\s*(?:currently\s+|now\s+|still\s+)?(?:up|running|healthy|fine|ok|okay|operational|green|good)\b|\beverything(?: else)? (?:is|looks|seems|was|looked)(?: back)? (?:to normal|normal|fine|healthy|ok|okay|good|running|green|operational)\b|\b(?:the )?fleet (?:is|looks|seems) (?:fully |completely |entirely )?(?:healthy|fine|green|ok|okay)\b|\bno (?:other )?(?:service|services) (?:need|needs|require|requires|is|are|has|have) (?:attention|unhealthy|degraded|down|issues|problems)\b|\b(?:the )?(?:rest|others|remaining services|other services|remaining \w+ services)\b(?: \w+){0,2} (?:are|is|look|looks|seem)(?: all)? (?:healthy|fine|ok|okay|running(?: normally| fine)?|green|operational|up)\b|\bnothing else (?:is|looks) (?:wrong|degraded|down|unhealthy)\b/i.exec(text);
      // ("Half of the fleet is healthy" is a share, read below, not the whole fleet.)
      const shareBefore = allOk && /(?:%|\bpercent|\bper cent|\bhalf|\bthird|\bquarters?|\bmost|\bmajority|\bsome|\bpart|\b\d+)\s+(?:of\s+)?(?:the\s+)?$/i.test(text.slice(0, allOk.index));
      if (allOk && !shareBefore && !/\b(not (all|every|everything)|apart from|except|other than|besides|but)\b/i.test(text.slice(0, allOk.index)) && !/\b(if|once|when|should|will|would|after)\b/i.test(text.slice(0, allOk.index))) {
        // ("the rest of the fleet is healthy": the words before the match can set the named ones apart too.)
        const others = /\b(rest|others|remaining|other|else)\b/i.test(allOk[0]) || /\b(?:the rest|the remainder|the others?|all others|everything else)\s+of\s+$/i.test(text.slice(0, allOk.index)) || /\b(apart from|except|other than|besides|but)\b/i.test(text);
        // "Everything else is fine; only web-ui is not": the exception may be named later in the same sentence.
        const at = doc.units.indexOf(unit);
        let end = at + 1;
        while (end < doc.units.length && !/[.!?]\s*$/.test(doc.units[end - 1]!.text)) end += 1;
        const named = others ? doc.mentioned.filter((n) => at >= 0 && doc.units.slice(0, end).some((u) => u.mentions.some((m) => m.service === n))) : [];
        // ("Apart from model-a, is anything wrong?" → "No, the other seven are healthy": with nothing named, the question's services are the ones left out.)
        // ("Apart from model-a, anything wrong?" → "all seven other services are healthy; model-b, for reference, …": the question's exception stays left out when the answer names others too.)
        const questionExcepts = /\b(?:apart from|except(?: for)?|other than|besides|aside from|beyond|save for|excluding|not counting)\b/i.test(ctx.question);
        const excluded = others && (!named.length || questionExcepts) ? [...new Set([...named, ...ctx.questionServices])] : named;
        claims.push({ subjects: facts.names.filter((n) => !excluded.includes(n)), relation: 'status:healthy', label: 'healthy', polarity: true, ...tidy(allOk[0], unit.start + allOk.index), value: 'fleet' });
      }
      const share = SHARE_RE.exec(text);
      if (share && !/\b(if|would|could|should|might|when|once|not|\w*n['’]t)\b/i.test(text.slice(0, share.index))) {
        const value = shareOf(share[2]!, share[1]);
        const healthy = /^(healthy|fine|ok|okay|green|operational|up and running|in good shape)$/i.test(share[3]!);
        if (value) claims.push({ subjects: [], relation: healthy ? 'share:healthy' : 'share:unhealthy', share: value, polarity: true, ...tidy(share[0], unit.start + share.index) });
      }
      // "two degraded (ai-agent, mcp-server)": a counted state says it of each name in the brackets after it.
      for (const m of text.matchAll(COUNTED_LIST_RE)) {
        const word = WORDS.find((w) => w.re.test(m[1]!));
        const inside = m.index! + m[0].length - m[2]!.length - 1;
        const names = unit.mentions.filter((x) => x.start >= inside && x.end <= inside + m[2]!.length).map((x) => x.service);
        if (word && names.length && !/\b(if|would|could|should|might|when|once|was|were|not|\w*n['’]t)\b/i.test(text.slice(0, m.index))) claims.push({ subjects: [...new Set(names)], relation: `status:${word.label}`, label: word.label, polarity: true, ...tidy(m[0], unit.start + m.index!) });
      }
      // "There are no problems with web-ui": the state before the name.
      for (const m of text.matchAll(/\bno (?:issues|problems|errors|faults|trouble)\s+(?:at all\s+)?(?:with|on|for|in)\s+([\w-]+)/gi)) {
        const who = mentionsOf(m[1]!, facts.names).map((x) => x.service);
        if (who.length && !/\b(if|would|could|should|might|was|were|not|n['’]t)\b/i.test(text.slice(0, m.index))) claims.push({ subjects: who, relation: 'status:healthy', label: 'healthy', polarity: true, ...tidy(m[0], unit.start + m.index!) });
      }
      // "Two services are degraded: mcp-server and web-ui", "Down — redis, postgres": the state before the colon is said of each name after it.
      const listed = /\b(healthy|unhealthy|degraded|down|stopped|restarting|failing|fine|running normally|in trouble|need(?:s|ing)? attention|crashed)\s*(?:right now|now|currently|at the moment)?\s*(?::|—|–|\s-\s)\s*([^.;]+)/i.exec(text);
      // "Degraded: mcp-server and web-ui" lists names; "healthy: postgres is restarting, …" or "fine: about 1.6 s" explains instead.
      const namesOnly = listed && listed[2]!.replace(new RegExp(`(?<![\\w-])(?:${facts.names.map((n) => n.replace(/-/g, '[- ]')).join('|')}|postgresql)(?![\\w-])`, 'gi'), ' ').replace(/\([^)]*\)/g, ' ').replace(/\b(and|or|the|both|plus|too|also|as well|so far|still|now|currently)\b|[,&*_`\s]/gi, '').trim() === '';
      if (listed && namesOnly && !/\b(if|would|could|should|might|when|once|was|were|not|\w*n['’]t)\b/i.test(text.slice(0, listed.index))) {
        const word = WORDS.find((w) => w.re.test(listed[1]!));
        const after = listed.index + listed[0].length - listed[2]!.length;
        const names = unit.mentions.filter((m) => m.start >= after).map((m) => m.service);
        // "healthy: web-ui and redis are not" denies it of them.
        const denied = /\b(are|is)\s*(not|n['’]t)\b|\baren['’]t\b|\bisn['’]t\b/i.test(listed[2]!);
        if (word && names.length) claims.push({ subjects: [...new Set(names)], relation: `status:${word.label}`, label: word.label, polarity: !denied, ...tidy(listed[0], unit.start + listed.index) });
      }
      // "All but two services are healthy", "everything except redis and web-ui is fine".
      const allBut = ALL_BUT_RE.exec(text);
      if (allBut) claims.push({ subjects: [], relation: 'count:healthy', count: facts.names.length - parseNumber(allBut[1]!), polarity: true, ...tidy(allBut[0], unit.start + allBut.index) });
      const everythingBut = /\b(?:everything|every service|all services|all of them|all the others)\s+(?:else\s+)?(?:except(?: for)?|apart from|other than|besides|but|save for|aside from)\s+([^.;]+?)\s+(is|are|looks|look|seems|was|were|looked)\s+(?:currently\s+|now\s+|still\s+)?(healthy|fine|ok|okay|running(?: normally)?|green|up|operational)\b/i.exec(text);
      // "was healthy" is about the moment the tools were read ("at that point"), unless it is about an earlier time.
      const pastOther = everythingBut && /^(was|were|looked)$/i.test(everythingBut[2]!) && /\b(before|earlier|previously|until|used to|prior to|originally)\b/i.test(text) && !AT_CHECK.test(text);
      if (everythingBut && !pastOther) {
        const left = new Set(mentionsOf(everythingBut[1]!, facts.names).map((m) => m.service));
        claims.push({ subjects: facts.names.filter((n) => !left.has(n)), relation: 'status:healthy', label: 'healthy', polarity: true, value: 'fleet', ...tidy(everythingBut[0], unit.start + everythingBut.index) });
      }
      // "3 of the 8 services need attention", "two services are degraded", "only one service is down".
      const countRe = COUNT_STATUS_RE;
      for (const m of text.matchAll(countRe)) {
        const n = parseNumber(m[1]!);
        if (!Number.isFinite(n) || /\ball but\s*$/i.test(text.slice(Math.max(0, m.index! - 8), m.index!))) continue;
        // "every one of the eight services is running": "every one" is all of them, not a count of one.
        if (/\b(?:every|each|any|not a single|no)\s+(?:single\s+)?$/i.test(text.slice(Math.max(0, m.index! - 18), m.index!))) continue;
        // "two in eight services are affected": a share, read above; eight is the total.
        if (cachedRegExp(`\\b(?:${NUMBER})\\s+in\\s+(?:every\\s+)?$`, 'i').test(text.slice(Math.max(0, m.index! - 24), m.index!))) continue;
        // "Out of eight services, three need attention": the figure before "services" is the total, the count comes after.
        if (/\b(?:out of|of)\s+(?:the\s+|our\s+|all\s+)?$/i.test(text.slice(Math.max(0, m.index! - 14), m.index!))) {
          const after = cachedRegExp(`^[^.;]*?services?\\s*,?\\s*(${NUMBER})\\s+(?:of them\\s+)?(${UNHEALTHY_WORDS}|${HEALTHY_WORDS}|need|are)`, 'i').exec(text.slice(m.index!));
          if (after && Number.isFinite(parseNumber(after[1]!))) {
            const unhealthyAfter = cachedRegExp(UNHEALTHY_WORDS, 'i').test(after[2]!) || /^need/i.test(after[2]!);
            claims.push({ subjects: [], relation: unhealthyAfter ? 'count:unhealthy' : 'count:healthy', count: parseNumber(after[1]!), total: n, polarity: true, ...tidy(m[0], unit.start + m.index!) });
          }
          continue;
        }
        if (/\b(depend|rel(y|ies)|use|call|need)\w*\b/i.test(m[3]!)) continue;
        // "Two services, ai-agent and web-ui, are degraded": the count is of the ones listed (each checked by name), not of the fleet.
        if (mentionsOf(m[3]!, facts.names).length) continue;
        // "eight services, and none of them needs attention": another count is the subject of the state.
        if (/\b(?:none|all|most|some|few|each|every|both|neither|no one|nothing|half)\b|\bof them\b/i.test(m[3]!)) continue;
        // "Three of the eight aren't fully healthy": a denied healthy word counts the unhealthy ones.
        const deniedHealthy = /\b(not|\w*n['’]t|never)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, m.index! + m[0].length - m[4]!.length - 24), m.index! + m[0].length - m[4]!.length));
        const unhealthy = cachedRegExp(UNHEALTHY_WORDS, 'i').test(m[4]!) !== deniedHealthy;
        // "the other four services are healthy too": a count of those left once the named ones are set aside, a part of the total, not all of it.
        const remainder = /\b(?:other|remaining|rest of the)\s+$/i.test(text.slice(Math.max(0, m.index! - 16), m.index!)) || /\b(?:other|remaining|more)\b/i.test(m[0]);
        claims.push({ subjects: [], relation: unhealthy ? 'count:unhealthy' : 'count:healthy', count: n, total: m[2] ? parseNumber(m[2]) : undefined, remainder: remainder ? [...new Set(doc.units.flatMap((u) => u.mentions.filter((x) => u.start + x.end <= unit.start + m.index!).map((x) => x.service)))] : undefined, polarity: true, ...tidy(m[0], unit.start + m.index!) });
      }
      // "Only redis is unhealthy", "just mcp-server and web-ui are degraded": no other service is.
      const only = ONLY_STATE_RE.exec(text);
      if (only && !/\b(if|would|could|should|might|when|once|was|were|not)\b/i.test(text.slice(0, only.index))) {
        const listed = [...new Set(mentionsOf(only[1]!, facts.names).map((x) => x.service))];
        const word = WORDS.find((w) => w.re.test(only[2]!));
        if (listed.length && word && ['unhealthy', 'degraded', 'down'].includes(word.label)) claims.push({ subjects: listed, relation: `status:${word.label}`, label: word.label, polarity: true, value: 'only', ...tidy(only[0], unit.start + only.index) });
      }
      const total = TOTAL_RE.exec(text);
      if (total) {
        const n = parseNumber(total[1]!);
        if (Number.isFinite(n) && !claims.some((c) => c.relation.startsWith('count:') && c.start <= unit.start + total.index + total[0].length && c.start + c.span.length >= unit.start + total.index && c.total === undefined && c.count === n)) {
          claims.push({ subjects: [], relation: 'count:services', count: n, polarity: true, ...tidy(total[0], unit.start + total.index) });
        }
      }
      for (const c of claims) {
        if (c.total !== undefined && c.start >= unit.start && c.start < unit.start + text.length) {
          claims.push({ subjects: [], relation: 'count:services', count: c.total, polarity: true, span: c.span, start: c.start + 1 });
          c.total = undefined;
        }
      }
    }
    return claims;
  },
  check(claim, ctx) {
    const { facts } = ctx;
    if (claim.relation === 'went_down') {
      const s = claim.subjects[0]!;
      const up = facts.observedOf(s, 'uptimeSec').current[0];
      const state = facts.state(s);
      if (up === undefined || !state || !facts.reports(s) || (state.status !== 'running' && state.status !== 'degraded')) return undefined;
      if (up <= claim.count! * 2 + 60) return undefined;
      return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Says ${s} went down ${claim.count} s ago.`, fact: `${s} has been up for ${up} s and is ${state.status} (${facts.sourceOf(s)}).` };
    }
    if (claim.relation === 'count:services') {
      if (claim.count === facts.names.length) return undefined;
      return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Says the fleet has ${claim.count} services.`, fact: `The fleet has ${facts.names.length} services.` };
    }
    if (claim.relation === 'count:unhealthy' || claim.relation === 'count:healthy') {
      if (!facts.knowsWholeFleet()) return undefined;
      const all = facts.all();
      const unhealthy = all.filter((s) => !isHealthy(s));
      const want = claim.relation === 'count:unhealthy' ? unhealthy.length : all.length - unhealthy.length;
      if (claim.count === want || (claim.remainder && claim.count! <= want && claim.count! >= want - all.filter((x) => claim.remainder!.includes(x.name) && (claim.relation === 'count:unhealthy') !== isHealthy(x)).length)) return undefined;
      return {
        kind: 'contradicted_fact',
        severity: 'error',
        span: claim.span,
        start: claim.start,
        message: `Says ${claim.count} service(s) ${claim.relation === 'count:unhealthy' ? 'need attention' : 'are healthy'}.`,
        fact: `${unhealthy.length} of ${all.length} services are not healthy${unhealthy.length ? `: ${unhealthy.map((x) => `${x.name} (${x.status})`).join(', ')}` : ''}.`,
      };
    }
    if (claim.share) {
      if (!facts.knowsWholeFleet()) return undefined;
      const all = facts.all();
      const unhealthy = all.filter((s) => !isHealthy(s));
      const part = (claim.relation === 'share:unhealthy' ? unhealthy.length : all.length - unhealthy.length) / all.length;
      const { value, tolerance, atLeast, side } = claim.share;
      const nearTo = (p: number) => (side === 'over' ? p > value && p - value <= tolerance : side === 'under' ? p < value && value - p <= tolerance : Math.abs(p - value) <= tolerance);
      // ("a quarter of the fleet is degraded" with two degraded and one stopped: the share of those whose status is that word.)
      const sameWord = claim.relation === 'share:unhealthy' && /\bdegraded\b/i.test(claim.span) ? all.filter((x) => x.status === 'degraded').length / all.length : undefined;
      if (atLeast ? part > value : nearTo(part) || (sameWord !== undefined && nearTo(sameWord))) return undefined;
      return {
        kind: 'contradicted_fact',
        severity: 'error',
        span: claim.span,
        start: claim.start,
        message: `Says ${atLeast ? 'most' : `${Math.round(value * 100)} %`} of the fleet ${claim.relation === 'share:unhealthy' ? 'is not healthy' : 'is healthy'}.`,
        fact: `${unhealthy.length} of ${all.length} services are not healthy${unhealthy.length ? `: ${unhealthy.map((x) => `${x.name} (${x.status})`).join(', ')}` : ''}.`,
      };
    }
    const label = claim.label!;
    if (claim.value === 'only') {
      if (!facts.knowsWholeFleet()) return undefined;
      const others = facts.all().filter((x) => !claim.subjects.includes(x.name) && holds(label, x) === true);
      if (!others.length) return undefined;
      return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Says only ${claim.subjects.join(' and ')} ${claim.subjects.length > 1 ? 'are' : 'is'} ${label}.`, fact: `Also ${label}: ${others.map((x) => `${x.name} (${x.status})`).join(', ')} (${facts.sourceOf(others[0]!.name)}).` };
    }
    if (claim.value === 'fleet') {
      const reported = claim.subjects.filter((n) => facts.reports(n) && facts.state(n)!.status !== undefined);
      const bad = reported.map((n) => facts.state(n)!).filter((s) => !isHealthy(s));
      if (!bad.length) return undefined;
      return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: 'Says every service is healthy.', fact: `Not healthy: ${bad.map((x) => `${x.name} (${x.status}${x.health ? `, ${x.health}` : ''})`).join(', ')}.` };
    }
    for (const name of claim.subjects) {
      // A service whose state no tool of the turn read is held to the fleet's, unless the tools' own words give it the state claimed
      // ("Dependency redis is restarting" in another service's diagnostics): "model-b has gone down" when only ai-agent's logs were read.
      const toldByTools = facts.texts.some((t) => t.text.toLowerCase().includes(name) && WORDS.some((w) => (w.label === label || (label === 'stopped' && w.label === 'down')) && w.re.test(t.text)));
      // ("unreachable", "unavailable" say what its callers see, which the tools' refused connections back: only a state of its own is held.)
      const seenFromOutside = /\b(?:unreachable|unavailable|not reachable)\b/i.test(claim.span) && facts.texts.some((t) => t.text.toLowerCase().includes(name) && /refus|unreachable|unavailable|fail|lost|timed? ?out|econn/i.test(t.text));
      // (And only a claim that names the service right before its state, "model-b has gone down": a pronoun's or a heading's subject may be a guess.)
      const named = mentionsOf(claim.span, [name])[0];
      const plainly = !!named && named.start === 0 && claim.span.slice(named.end).trim().split(/\s+/).length <= 4;
      // (Only for a service the turn's tools touched, by a call about it or in their words: one they never touched may come from an earlier turn.)
      const touched = facts.calls.some((c) => !c.isError && c.arguments?.service === name) || facts.texts.some((t) => t.text.toLowerCase().includes(name));
      const fleetOnly = !facts.reports(name) && facts.fromTools && claim.polarity && plainly && touched && !toldByTools && !seenFromOutside;
      const s = fleetOnly ? (facts.fleet.services.find((x) => x.name === name) as ServiceState | undefined) : facts.state(name);
      if (!s || (!facts.reports(name) && !fleetOnly)) continue;
      const h = holds(label, s);
      if (h === undefined || h === claim.polarity) continue;
      return {
        kind: 'contradicted_fact',
        severity: 'error',
        span: claim.span,
        start: claim.start,
        message: `Says ${name} is ${claim.polarity ? '' : 'not '}${label.replace('_', ' ')}.`,
        fact: `${name}: ${describeService(s)} (${facts.sourceOf(name)}).`,
      };
    }
    return undefined;
  },
};

export type { CheckContext };
