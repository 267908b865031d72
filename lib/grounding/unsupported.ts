import { cachedRegExp, NUMBER, walk } from './text';
import { tidy, type Claim, type ClaimModule, type CheckContext } from './claim';
import { DENIES_EXISTENCE } from './entities';
import { PURPOSE } from './actions';
import { mentionsOf } from './subjects';

/**
 * "Yes: the spike is scheduled to end at 14:02:20": a forecast that rests on an
 * end the tools themselves schedule (a fault's endsAt, an action's completesAt)
 * is read off the tools, not guessed; whether the time is right is the time
 * modules' business.
 */
function citesScheduledEnd(text: string, ctx: CheckContext): boolean {
  const ends = new Set<string>();
  for (const c of ctx.facts.calls) {
    if (c.isError) continue;
    walk(c.result, (v, key) => {
      if ((key === 'endsAt' || key === 'completesAt') && typeof v === 'string') {
        const t = /T(\d\d:\d\d)(:\d\d)?/.exec(v);
        if (t) ends.add(t[1]!).add(t[1]! + (t[2] ?? ''));
      }
    });
  }
  if (!ends.size) return false;
  for (const m of text.matchAll(/\b(?:ends?|ending|finish(?:es)?|completes?|clears?|due|scheduled|expected|set|lifts?|over)\b[^.;?]{0,30}?\b(?:at|by|around)\s+(\d{1,2}:\d{2}(?::\d{2})?)/gi)) {
    const said = m[1]!.indexOf(':') === 1 ? `0${m[1]}` : m[1]!;
    if (ends.has(said)) return true;
  }
  return false;
}

/**
 * Claims no tool can back: invented causes ("because of a noisy neighbour"),
 * costs ("$300 of extra compute"), people ("deployed by Sam"), dates and times
 * the tools do not hold ("last Monday", "at 02:13"), customer counts, and
 * confident forecasts to questions about the future. An honest non-answer
 * (true facts, or "I can't tell") to a question the facts cannot answer is
 * fine.
 */
interface UnsupportedClaim extends Claim {
  relation: 'cost' | 'person' | 'date' | 'time' | 'people_count' | 'forecast' | 'cause' | 'confident_answer' | 'unmeasured' | 'place';
  value: string;
  /** An out-of-memory kill said to have happened. */
}

/** What in the tools backs a memory exhaustion: their own words for it, or a leak heading for the limit. */

/** The answer says it cannot know (fine for a question no fact answers). */
export const HEDGES =
  /\b(i )?(don['’]t|do not|can['’]t|cannot|could ?n['’]?o?t|am unable|i['’]m unable|unable) (to )?(know|tell|say|see|answer|find|determine|predict|access|look|check|confirm|verify|have|attribute|identify|give|provide|report|estimate|speak|comment)|\bno (data|record|records|information|history|way to (know|tell)|visibility|insight|access|cost data|billing|ownership|deployment history)|\bnot (available|recorded|known|something i|able|in (the|my|any) (data|tools?|results?))\b|\bonly (have|see|know|cover|go back|keep|hold|report|show)|\b(doesn['’]t|does not|don['’]t|do not) (say|show|record|cover|include|keep|go back|reach|expose|track|report|tell|contain|list)|\bisn['’]t (recorded|available|known|tracked|something)|\bi['’]m not (sure|able)|\bbeyond (what|the)|\bthe tools (only|don['’]t|do not|can['’]t|cannot)|\bnot (tracked|kept|stored|exposed|reported|visible)|\bno tool\b|\bunknown\b|\bthere['’]s no way|\bimpossible to (say|tell|know)|\bwithout (more )?(data|history|records)|\bi have no\b|\bcan['’]t be (determined|known|predicted)/i;

/** What the tools do not measure (they give CPU, memory, latency, errors, throughput, replicas, uptime). */
const UNMEASURED = '(?:gpu|vram|gpu memory|disk(?: space| usage| i/?o)?|storage|network(?: traffic| throughput| bandwidth)?|bandwidth|iops|temperature|swap|inodes?|file descriptors|open connections|queue depth|thread count|append-only file|aof(?: file)?|write-ahead log|wal(?: files?)?|snapshots?|dump(?: file)?|rdb(?: file)?|backups?|journal|transaction log|data directory|data files?)';
const UNMEASURED_RE = new RegExp(`\\b(?:\\d[\\d.,]*\\s*(?:%|percent|per cent|gb|mb|gib|mib|tb|gbps|mbps|°c|iops)\\s+(?:of\\s+(?:its|the|their)\\s+)?${UNMEASURED}\\b|${UNMEASURED}\\b(?:\\s+[\\w'’-]+){0,4}?\\s+(?:is|are|at|sits at|stands at|runs at|around|about|roughly|near|of|reads?|hit|hits|reached|~)\\s+(?:at\\s+|around\\s+|about\\s+|roughly\\s+|near\\s+|~)?\\d[\\d.,]*\\s*(?:%|percent|per cent|gb|mb|gib|mib|tb|gbps|mbps|°c|iops))`, 'gi');

/** Questions no tool can answer: far past, future, people, money, secrets, causes nobody recorded. */
const UNANSWERABLE =
  /\b(yesterday|last (night|week|month|year|quarter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)|(\d+|a few|several) (days|weeks|months|years) ago|tomorrow|next (week|month|year|release|quarter)|will [\w\s-]{0,40}\b(fail|crash|go down|break|run out|need|recover|happen)|predict|forecast|who (deployed|changed|broke|caused|approved|is responsible|owns|wrote|restarted|maintains|is on call)|how much (does|do|did|will|is) [\w\s-]{0,30}(cost|spend|bill)|monthly (cost|bill)|invoices?(?!-)|revenue|how many (users|customers|people)|customers? (were |are )?(affected|impacted)|password|api key|credentials|secret key|root password|(in|on|since) (january|february|march|april|may|june|july|august|september|october|november|december)|this (quarter|year|month)|sla (for|this|last)|root cause of (the|last)|what caused the (outage|incident) (last|yesterday|on))\b/i;

/** Capitalised words that start sentences or name things, not people. */
const NOT_NAMES = /^(The|This|That|These|Those|It|Its|I|We|You|They|He|She|Our|Your|Their|Yes|No|Then|Also|Both|Each|Every|All|Some|Nothing|Everything|Someone|Neither|Either|None|Nobody|Nor|Anyone|Anything|Everyone|Any|Most|Many|Few|Several|Half|Redis|Postgres|Postgresql|Model|Web|Load|Mcp|Ai|Agent|Admin|An|A|One|Two|Three|Diagnostics|Logs|Metrics|Chat|Tools|Compare|Monitoring|Restart|Rollback|Scaling|Scale|After|Before|Since|When|Once|If|Just|Only|Now|Today|Currently|Right|Here|There|Which|What|Who|Why|How|Note|Status|Done|Version|Release|Latency|Memory|Cpu|Errors?|Requests?|Traffic|Deployment|Deploy|Cache|Service|Services|Replicas?|Pods?|Instances?|Process|Container|System|Fleet|Database|Server|Nobody|Automation|Autoscaling)$/;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const WHO_Q = /\bwho\b|\bwhich (?:team|person|engineer|developer)\b/i;

const FORECAST_Q = /\b(tomorrow|next (week|month|year|release|quarter)|will\b|going to|predict|forecast)\b/i;

const STOP = new Set('one two three four five six seven eight nine ten the a an of to in on at for with by from and or is are was were be been being it its this that these those there their they them as into than then so such some any all each every very much more most less least not no but if when while which who what why how our your my his her we you i also just only still even about over under after before during because due caused cause reason result since same other another onto upon within without across between out up down off again further once here where both few own can will would could should may might must shall do does did done has have had having get got gets make made makes take took likely probably seems seem appear appears currently right now maybe separate independent unrelated distinct multiple several different'.split(' '));

/** Words of a cause the fleet can have: what the simulated faults, metrics and tools speak of. */
const FAULT_VOCAB = /^(busy|progress|ongoing|pending|already|first|second|previous|earlier|running|still|refus|reject|limit|gone|left|crash|exit|kill|oom|memor|leak|heap|garbage|gc|latenc|spike|slow|queue|backlog|load|replica|capacit|overload|saturat|busy|pressure|keep|deploy|release|version|rollback|roll|cache|stale|poison|entr|dependen|connect|refus|reach|error|fail|stop|down|restart|cpu|request|traffic|health|readiness|probe|unavailab|upstream|downstream|degrad|bad|broken|bug|regression|process|container|signal|137|code|typeerror|undefined|config|throughput|demand|scal|instance|fault|incident|outage|problem|issue)/i;

/** Words for two changes colliding in time: what a refusal of an action while another runs is about. */
const TIMING_VOCAB = /^(timing|timed|concurren|overlap|conflict|collid|collision|clash|simultaneous|parallel|wait)/i;

/**
 * Events and actors outside the fleet that no tool reports: a campaign, a batch
 * job, a noisy neighbour, a kernel update. Said as what happened (not asked,
 * denied or offered as a guess) they are invented causes.
 */
const EXTERNAL_EVENT =
  /\b(?:(?:the\s+)?(?:marketing|sales|growth|analytics|data|product|partner|billing|finance|qa|reporting)\s+(?:team['’]s\s+)?(?:campaign|push|job|export|import|batch|run|event|blast|launch|promo\w*)|(?:marketing|ad|email|sales|holiday|seasonal)\s+(?:campaign|push|blast|traffic)|(?:the\s+)?(?:marketing|sales|growth|analytics|partner)\s+team|campaign traffic|product launch|launch event|flash sale|black friday|cyber monday|newsletter|email blast|press release|bot traffic|web crawler|crawlers?|scrapers?|ddos|botnet|cron ?job|batch job|nightly (?:job|batch|backup|build|export|report)|backup job|scheduled (?:job|task|backup|export)|etl (?:job|run)|noisy neighbou?r|cloud provider|network partition|dns (?:failure|outage|change|issue)|expired (?:tls |ssl )?cert(?:ificate)?|cert(?:ificate)? expir\w*|kernel (?:update|upgrade|patch|panic)|os (?:update|upgrade|patch)|security patch|(?:node|host) (?:drain|failure|reboot|migration|maintenance)|hardware (?:fault|failure)|power (?:outage|failure)|maintenance window|schema migration|feature flag (?:flip|change|rollout)|traffic (?:surge|spike) from|viral (?:post|traffic))\b/gi;
/** Before an external event in its sentence: it is asked, denied, offered as a guess or a thing to check. */
const NOT_ASSERTED = /\b(?:if|unless|whether|would|could|should|will|['’]ll|can|let|tell|notify|inform|loop in|ping|page|warn|contact|reach out|talk to|worth|might|may|maybe|perhaps|possibly|probably|likely|no|not|n['’]t|never|nothing|without|rule out|ruled out|check|checking|consider|ask|asking|look for|looking for|any|such as|e\.g\.|for example|like a|no sign|no evidence|can['’]t|cannot)\b/i;
/** Words that blame something for a fault. */
const BLAME_WORDS = /\b(?:(?:connection |memory |rate |pool )limits?|maxed|drop\w*|fail\w*|crash\w*|overload\w*|slow\w*|down|broke\w*|broken|errors?|erroring|timeouts?|timing out|timed out|refus\w*|reject\w*|unavailab\w*|leak\w*|spik\w*|saturat\w*|exhaust\w*|chok\w*|throttl\w*|lock\w*|deadlock\w*|hang\w*|hung|stall\w*|misbehav\w*|flak\w*|unstable|congest\w*|lagg\w*|corrupt\w*|evict\w*|die|died|dying|flood\w*|hammer\w*|sick|unhealthy|degrad\w*|stopp\w*|kill\w*|oom|bottleneck\w*|backlog\w*|contention|starv\w*|struggl\w*|melt\w*|buckl\w*|choked|pressure)\b/i;
/** Things an answer may count that the tools report only as words in logs (a flush's keys, a pool's connections). */
const COUNTED = /\b(?:about |around |roughly |over |nearly |some |~)?(\d[\d,]*)\s+(?:(?:cache|stale|poisoned|cached|open|idle|active|pending|queued|failed|dropped|evicted|expired|deleted|stuck)\s+)?(keys|entries|items|records|rows|objects|connections|sessions|queries|jobs|messages|threads|files|tokens|events|retries|packets|workers|processes|alerts|tickets|locks|transactions)\b(?!\s*(?:per|a|an|every|each)\b|\s*\/)/gi;

/** A service the tools (or, without a reading, the fleet) show healthy, and whose name no tool's words tie to a fault. */
function healthyAndUnblamed(ctx: CheckContext, service: string): boolean {
  const { facts } = ctx;
  const read = facts.reports(service) ? facts.state(service) : undefined;
  const s = read ?? facts.fleet.services.find((x) => x.name === service);
  if (!s || s.status !== 'running' || (s.health !== undefined && s.health !== 'healthy')) return false;
  if ((s as { issues?: string[] }).issues?.length || (read as { action?: unknown } | undefined)?.action) return false;
  // (ai-agent's log "ECONNREFUSED to model-b": the tools tie model-b to a fault even while its own status is healthy.)
  const name = new RegExp(`(?<![\\w-])${service.replace(/[-]/g, '[- ]')}(?![\\w-])`, 'i');
  // (A bare name in a dependency list is no word about a fault.)
  const faultWords = (text: string) => BLAME_WORDS.test(text) || /econn\w*|upstream|dependenc|connect|reach|timeout/i.test(text);
  return !facts.texts.some((t) => (t.service !== service && t.text.trim().toLowerCase() !== service && name.test(t.text) && faultWords(t.text)) || (t.service === service && BLAME_WORDS.test(t.text)));
}

/** A cloud region or zone ("eu-west-1", "us-east-2b", "europe-west4"): the tools never say where a service runs. */
const REGION_RE = /\b(?:(?:us|eu|ap|sa|ca|me|af|il)-(?:north|south|east|west|central|northeast|southeast|northwest|southwest)-\d[a-z]?|(?:europe|asia|us|northamerica|southamerica|australia)-(?:north|south|east|west|central|northeast|southeast)\d)\b/gi;

/** Verbs that tell of a mishap befalling a service: what an answer to "why?" gives as the cause. */
const MISHAP = /\b(?:hit|ran out of|run out of|exhausted|exceeded|overflow\w*|filled up|maxed out|overwhelm\w*|flooded|starved|choked|deadlock\w*|overloaded|tripped|spiked|surged|swamped|stampeded)\b/i;

function contentWords(text: string): string[] {
  return text.toLowerCase().replace(/[^a-z0-9\s-]/g, ' ').split(/\s+/).filter((w) => w.length >= 3 && !STOP.has(w));
}

function inTools(ctx: CheckContext, words: string): boolean {
  const all = ctx.facts.allText();
  return all.includes(words.toLowerCase());
}

/**
 * "finished at 14:00:35.4 and shows 34 s of uptime … the clock at 14:01:10": the time now, worked out as the
 * moment a recently restarted service came up plus the uptime the tools give it, is read off the tools.
 * (Only uptimes under an hour: a service up for days says nothing about this minute.)
 */
function clockOfUptime(facts: CheckContext['facts'], hhmm: string): boolean {
  const uptimes = facts.names.flatMap((n) => facts.observedOf(n, 'uptimeSec').current).filter((u) => u > 0 && u < 3600);
  return facts.timestamps.some((t) => {
    const at = Date.parse(t.endsWith('Z') ? t : `${t}Z`);
    return Number.isFinite(at) && uptimes.some((u) => [-1500, 0, 1500].some((slack) => new Date(at + u * 1000 + slack).toISOString().slice(11, 16) === hhmm));
  });
}

export const unsupported: ClaimModule<UnsupportedClaim> = {
  name: 'unsupported',
  extract(ctx) {
    const claims: UnsupportedClaim[] = [];
    const { doc, question } = ctx;
    const unanswerable = UNANSWERABLE.test(question);
    const hedgedAnswer = HEDGES.test(doc.text) || DENIES_EXISTENCE.test(doc.text);
    for (const unit of doc.units) {
      if (unit.kind === 'code') continue;
      const text = unit.text;
      if (HEDGES.test(text) || /\?\s*$/.test(text)) continue;
      const hypothetical = /\b(if|would|could|might|may|e\.g\.|for example|such as|like a|suppose|imagine|typically|usually|in general|generally|often)\b/i.test(text);
      const causes: Array<{ at: number; span: string; cause: string }> = [];
      const add = (relation: UnsupportedClaim['relation'], m: RegExpMatchArray, value = m[0]) => claims.push({ subjects: unit.lead, relation, value, polarity: true, ...tidy(m[0], unit.start + m.index!) });
      for (const m of text.matchAll(/[$€£]\s?\d[\d,.]*\s*(?:k|m|million|thousand)?|\b\d[\d,.]*\s?(?:dollars|usd|eur|euros|pounds|cents|(?:engineer|man|person|developer|staff)[- ]?(?:hours|days))\b/gi)) add('cost', m);
      // "about forty-one dollars an hour", "a few hundred euros": a sum of money in words.
      for (const m of text.matchAll(cachedRegExp(`\\b(?:(?:${NUMBER})(?:[\\s-]+(?:${NUMBER}|hundred|thousand|million))*|a (?:few|couple of) (?:hundred|thousand)|hundreds of|thousands of)\\s+(?:dollars|bucks|euros|pounds(?! of)|quid|cents)\\b`, 'gi'))) add('cost', m);
      for (const m of text.matchAll(/\b(?:deployed|pushed|merged|changed|approved|rolled out|shipped|committed|broke|restarted|made|caused|reported|triggered|started|done|written|configured|owned|maintained)\s+by\s+((?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|(?:the\s+)?(?:[a-z]+\s+){0,2}(?:team|engineers?|developers?|admins?|ops|sre|on-call|squad|intern|contractor|vendor|someone|a colleague))/g)) {
        if (mentionsOf(m[1]!, ctx.facts.names).length) continue;
        add('person', m);
      }
      for (const m of text.matchAll(/\b(?:the\s+)?(?:platform|infra(?:structure)?|devops|sre|ops|backend|frontend|data|on-call|database|dev|release|web|security|payments?|mobile)\s+(?:team|engineers?|squad|crew|group)\b(?=[^.;]{0,40}\b(deployed|pushed|changed|rolled|shipped|broke|merged|restarted|approved|is (?:investigating|aware|working|on it)|was paged|caused|made)\b)|\b[A-Z][a-z]+\s+(?:from|on|in)\s+the\s+(?:[\w-]+\s+){1,2}team\b|\b[A-Z][a-z]{2,15}\s+\((?:[\w-]+\s+){0,2}(?:on-?call|sre|engineer|lead|owner)(?:\s+[\w-]+){0,2}\)|\b(?:someone|a teammate|a colleague|an engineer|a developer)\s+(?:deployed|pushed|changed|rolled|shipped|broke|merged|restarted)\b/g)) add('person', m);
      // "on 2026-11-24", "in eu-west-1": a day or a place written as machines write them, which the tools must hold.
      if (!hypothetical && !/\b(?:not|n['’]t|never|no)\b[^.;]*$/i.test(text.split(/\b20\d\d-\d\d-\d\d\b/)[0]!)) for (const m of text.matchAll(/\b20\d\d-[01]\d-[0-3]\d\b(?!T)/g)) add('date', m);
      for (const m of text.matchAll(REGION_RE)) {
        if (/\b(?:not|n['’]t|never|no|if|would|could)\b[^.;]*$/i.test(text.slice(0, m.index!))) continue;
        add('place', m);
      }
      // "the fleet's 30th straight day without an incident", "no outages in the last two weeks": a record of days the tools, an hour deep, do not hold.
      if (!hypothetical && !/\b(?:can['’]?t|cannot|don['’]t|doesn['’]t|no (?:record|data|history|way)|not (?:able|sure)|unknown)\b/i.test(text)) {
        const n = `(?:\\d+(?:st|nd|rd|th)?|${NUMBER}|a couple of|several)`;
        const span = '(?:days?|weeks?|months?)';
        // (Not "up 3 days straight", an uptime the status holds: only a run of days without trouble, or an ordinal one.)
        const trouble = '(?:incidents?|outages?|downtime|issues?|problems?|pages?|alerts?)';
        for (const m of text.matchAll(cachedRegExp(`\\b\\d+(?:st|nd|rd|th)\\s+(?:straight|consecutive)\\s+(?:day|week|month)\\b|\\b${n}\\s+(?:straight\\s+|consecutive\\s+)?${span}\\s+(?:in a row\\s+)?(?:without|with no|free of)\\s+(?:an?\\s+|any\\s+)?${trouble}|\\b${n}\\s+(?:straight\\s+|consecutive\\s+)?${span}\\s+(?:incident|outage)-free\\b|\\b(?:no|zero|not a single)\\s+${trouble}\\s+(?:in|for|over)\\s+(?:the\\s+)?(?:past|last)\\s+${n}\\s+${span}\\b`, 'gi'))) add('date', m);
      }
      if (!hypothetical) {
        for (const m of text.matchAll(/\b(?:yesterday|last (?:night|week|weekend|month|quarter|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this (?:morning|quarter|year|month|week)|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|night|evening|afternoon))?|(?:\d+|a few|several|two|three|four|five) (?:days|weeks|months|years) ago|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? \d{1,2}(?:st|nd|rd|th)?|(?:in|since|back in|during|early in|late in|last) (?:january|february|march|april|june|july|august|september|october|november|december)|(?:the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:january|february|march|april|may|june|july|august|september|october|november|december)|since (?:last|the) \w+ (?:release|deploy|upgrade))\b/gi)) add('date', m);
        for (const m of text.matchAll(/\b(?:at|around|since|by|until|during(?:\s+the)?|in\s+the|before|after|from)\s+(\d{1,2}:\d{2})(?:\s*(?:am|pm|utc))?\b|\b(?:at|around)\s+(\d{1,2})\s*(am|pm)\b|\b(?:at|around|since)\s+(noon|midnight)\b/gi)) add('time', m, m[1] ?? m[2] ?? m[4] ?? m[0]);
      }
      // Identifiers no tool gives: build numbers, pull requests, commits, tickets.
      for (const m of text.matchAll(/\b(?:build|pr|pull request|commit|ticket|incident|job|pipeline run|change request|release)\s*(?:#\s*|number\s+|no\.\s*)?(\d{3,}|[0-9a-f]{7,40})\b|#\d{3,}\b|\b[A-Z]{2,6}-\d{2,6}\b/gi)) {
        if (inTools(ctx, m[0]) || (m[1] && inTools(ctx, m[1]))) continue;
        add('person', m);
      }
      // "That was the platform team", "It was Dana": the answer to a question about who did something names someone.
      if (WHO_Q.test(question) && unanswerable) {
        for (const m of text.matchAll(/\b(?:that|it|this)\s+(?:was|were|would have been)\s+((?:the\s+)?(?:[a-z]+\s+){0,2}(?:team|engineers?|developers?|admins?|ops|sre|on-call|squad|crew|intern|contractor|vendor)|[A-Z][a-z]{2,15}(?:\s+[A-Z][a-z]{2,15})?)\b|^\s*((?:the\s+)?(?:[a-z]+\s+){0,2}(?:team|engineers?|developers?|squad|crew)|[A-Z][a-z]{2,15}(?:\s+[A-Z][a-z]{2,15})?)\s*(?:[,.;:—–-]|\s+(?:did|was|were|is|are|deployed|pushed|shipped|did it))/g)) {
          const who = (m[1] ?? m[2])!;
          if (NOT_NAMES.test(who.split(/\s+/)[0]!) || mentionsOf(who, ctx.facts.names).length || inTools(ctx, who)) continue;
          if (/^(?:the\s+)?(?:[a-z]+\s+)?(?:tools?|fleet|deployment|release|restart|rollback)\b/i.test(who) && !/\b(?:team|engineers?|developers?|squad|crew)\b/i.test(who)) continue;
          add('person', m);
        }
      }
      // "the on-call engineer, Marcus,", "Dana has been paged": a named person the tools never mention.
      for (const m of text.matchAll(/\b(?:on-?call(?: engineer)?|engineer|sre|admin(?:istrator)?|developer|teammate|colleague|manager|(?:team )?lead|owner|maintainer)s?,?\s+([A-Z][a-z]{2,15})\b(?=,|\s+(?:has|is|was|will|already|said|says|reported|confirmed|paged|deployed|pushed))|\b([A-Z][a-z]{2,15})(?:\s*,[^,.;]{1,40},)?\s+(?:has been|was|is being|got|gets)\s+(?:paged|notified|alerted|called|looped in|pinged|informed)\b|\b([A-Z][a-z]{2,15}),\s+(?:who(?:['’]s| is| was)|our|the|today['’]s)\s+(?:\w+\s+){0,2}on-?call\b|\b(?:paged|pinged|notified|alerted|called|escalated to|looped in)\s+([A-Z][a-z]{2,15})\b/g)) {
        const who = (m[1] ?? m[2] ?? m[4] ?? m[3])!;
        if (NOT_NAMES.test(who) || mentionsOf(who, ctx.facts.names).length || inTools(ctx, who)) continue;
        add('person', m);
      }
      // "Jordan kicked off the restart": a first name doing something to the fleet.
      for (const m of text.matchAll(/(?:^|[.;:]\s+|\s[—–]\s+|\b(?:and|but|then)\s+)([A-Z][a-z]{2,15})(?:\s+[A-Z][a-z]{2,15})?\s+(?:from \w+\s+)?(?:kicked off|deployed|pushed|restarted|rolled|changed|broke|merged|triggered|started|ran|approved|scaled|shipped|reverted|cleared|flushed|is on call|is on-call|owns|maintains|configured)\b/g)) {
        if (NOT_NAMES.test(m[1]!) || mentionsOf(m[1]!, ctx.facts.names).length) continue;
        add('person', m);
      }
      for (const m of text.matchAll(/\b(?:about |around |roughly |over |nearly |some )?(\d[\d,]*|hundreds|thousands|dozens|millions)\s+(?:of\s+)?(?:our\s+|your\s+|paying\s+|active\s+|end\s+)?(customers|users|people|tenants|clients|sign-?ups|orders|transactions|accounts|visitors|sessions)\b/gi)) {
        if (inTools(ctx, `${m[1]} ${m[2]}`)) continue;
        add('people_count', m);
      }
      // "right when the marketing team's campaign traffic hit", "a cron job started hammering it": an event outside the fleet, said as what happened.
      for (const m of text.matchAll(EXTERNAL_EVENT)) {
        const sentence = text.slice(0, m.index!).split(/[.;!?]\s|[—–]\s/).at(-1)!;
        if (NOT_ASSERTED.test(sentence) || hypothetical || inTools(ctx, m[0])) continue;
        add('cause', m);
      }
      // "The flush dropped 4,312 keys": a count of a thing no tool result of the turn speaks of.
      if (!hypothetical) {
        for (const m of text.matchAll(COUNTED)) {
          const noun = m[2]!.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
          const all = ctx.facts.allText();
          // (A number any result holds, "count": 8 of a log read included, is the tools' own: "the last 8 entries".)
          const figure = m[1]!.replace(/,/g, '');
          const inResults = ctx.facts.calls.some((c) => new RegExp(`(?<![\\d.])${figure}(?![\\d]|\\.\\d)`).test(JSON.stringify(c.result ?? '')));
          if (all.includes(noun) || all.includes(figure) || inResults || /\blog\b|\blines?\b/i.test(text.slice(Math.max(0, m.index! - 20), m.index! + m[0].length + 12)) || /\b(no|not|n['’]t|never|without|if|would|could)\b[^.;]*$/i.test(text.slice(0, m.index!))) continue;
          add('unmeasured', m);
        }
      }
      // "about 71 % of its GPU", "disk at 80 %", "2 Gbps of network": a figure for something no tool measures.
      for (const m of text.matchAll(UNMEASURED_RE)) {
        if (/\b(if|would|could|no|not|n['’]t|never|without|cannot|can['’]t|only)\b[^.;]*$/i.test(text.slice(0, m.index!)) || HEDGES.test(text)) continue;
        if (ctx.facts.allText().includes(m[0].toLowerCase())) continue;
        add('unmeasured', m);
      }
      if (FORECAST_Q.test(question) && unanswerable && !citesScheduledEnd(doc.text, ctx)) {
        for (const m of text.matchAll(/\b(?:it|they|[\w-]+)\s+(?:will|won['’]t|is going to|isn['’]t going to|is (?:not )?likely to)\s+(?:definitely\s+|certainly\s+|probably\s+|not\s+)?(crash|fail|go down|run out|break|recover|be fine|be ok|be okay|stay|hold|survive|need|happen|stop|degrade)\b/gi)) add('forecast', m);
        const first = /^\s*(yes|no|definitely|certainly|absolutely|nope|yep)\b/i.exec(text);
        if (first && unit === doc.units[0]) add('forecast', first);
      }
      // "X ran out of disk space, which is why it exited": the cause comes first.
      for (const m of text.matchAll(/^(.{3,220}?),?\s+(?:which is why|that is why|that['’]s why|and that['’]s why|hence|which explains why|which caused)\b/gi)) {
        causes.push({ at: m.index!, span: m[0], cause: m[1]! });
      }
      // "2.4.0 was built against an old schema, so the handler fails": the clause before ", so" is given as the cause.
      if (!hypothetical) {
        for (const m of text.matchAll(/(?:^|[;:—–]\s*)([^;:—–,]{12,160}?),\s+so\s+(?!(?:far|much|many|that you|you|i|we)\b)/gi)) {
          // A reading ("8 of 8 report healthy, so…", "1.27 s against 0.57 s, so…") is an observation, not a cause: only a clause without figures or states is read as one.
          if (/\d(?![\d.]*\.\d)|%|\b(?:healthy|running|degraded|stopped|down|up|fine|reports?|shows?|says?|said|is at|are at|restart\w*|scal\w*|roll\w*|flush\w*|depend\w*|rel(?:y|ies|ying)|needs?|calls?|uses?|wrong|problems?|issues?|normal|ok|okay|nothing|everything|all good)\b/i.test(m[1]!.replace(/\b\d+\.\d+\.\d+\b/g, ''))) continue;
          // ("web-ui went from two to one, so …": a change of a count said in words is a reading too.)
          if (cachedRegExp(`\\bfrom\\s+(?:${NUMBER})\\s+(?:\\w+\\s+)?(?:to|down to|up to)\\s+(?:${NUMBER})\\b`, 'i').test(m[1]!)) continue;
          const at = m.index! + m[0].indexOf(m[1]!);
          causes.push({ at, span: m[0].slice(m[0].indexOf(m[1]!)).replace(/,\s+so\s+$/i, ''), cause: m[1]! });
        }
      }
      // "Root cause: …", "Cause: …": a label that gives the cause.
      for (const m of text.matchAll(/(?:^|[.;]\s+)[*_]*(?:(?:the\s+)?(?:likely\s+|probable\s+)?root cause|(?:the\s+)?cause|why)[*_]*\s*[:—–]\s*([^.;!?]{3,120})/gi)) {
        const cause = m[1]!.split(/\b(?:which|but|while)\b|\s[—–]\s/)[0]!;
        causes.push({ at: m.index! + m[0].indexOf(m[1]!), span: cause, cause });
      }
      for (const m of text.matchAll(/\b(?:because(?: of)?|due to(?! (?:be|complete|end|finish|expire|start|arrive|land|heal|recover|run|stop|clear|resolve|self-heal)\b)|caused by|the (?:root )?cause (?:is|was)|triggered by|as a result of|stems? from|stemming from|owing to|the reason (?:is|was)|is the result of|was the result of|thanks to|after (?:a|an)|following (?:a|an)|(?:this|it|that|which)\s+(?:follows|followed|came after|comes after|started (?:with|after))\s+(?:a|an|the)|brought on by|blame|the culprit (?:is|was)|(?:is|was|comes) down to(?!\s+(?:a |an |about |roughly |around |just |only |under |below |~)?(?:quarter|third|half|fifth|tenth|fraction|\d|one|two|three|four|five|six|seven|eight|nine|ten|its|their|the (?:normal|usual|baseline|level)|normal|baseline|zero|nothing)\b)|the trigger (?:is|was)|(?:was |were )?(?:written|created|produced|left|pushed|caused) by|comes? from|came from|is coming from|originat\w+ (?:in|from)|(?:is |was )?rooted in|traces? back to|(?:is |was )?traced (?:back )?to|(?:was )?introduced (?:by|in|with)|(?:was|were|got) (?:taken|brought|knocked) (?:down|offline|out) (?:when|by|after)|went down (?:when|after))\s+([^.;!?]{3,90})/gi)) {
        const cause = m[1]!.split(/\b(?:and (?:is|are|it|so)|so|which|but|while)\b|,\s/)[0]!;
        causes.push({ at: m.index!, span: m[0].slice(0, m[0].length - (m[1]!.length - cause.length)), cause });
      }
      // "It was restarted to clear a stuck autovacuum lock": the purpose given to an action is its cause (the purpose's own verb aside).
      for (const m of text.matchAll(/\b(?:restarted|restarting|rebooted|bounced|recycled|scaled(?: up| out| down)?|rolled back|flushed|purged)\s+((?:it|them|[\w-]+)\s+)?((?:(?:anyway|again|now|just|first)\s+)?(?:in order |so as )?to\s+)([a-z]+)\s+([^.;!?]{3,90})/gi)) {
        if (m[1] && !/^(?:it|them)\s+$/i.test(m[1]) && !mentionsOf(m[1], ctx.facts.names).length) continue;
        if (!PURPOSE.test(m[2]! + m[3]!) || /\b(?:suggest\w*|recommend\w*|would|could|might|should|if|can|option|offer\w*|want|need)\b/i.test(text.slice(0, m.index!))) continue;
        const cause = m[4]!.split(/\b(?:and|but|which|while|so|before|after)\b|,\s/)[0]!;
        const at = m.index! + m[0].length - m[4]!.length;
        causes.push({ at, span: cause, cause });
      }
      // "Why did X crash?" → "It hit the pool's connection limit during the batch run and …": the answer's first clause is given as the cause.
      const whyQuestion = /^\s*(?:and\s+|so\s+|but\s+)?why\b/i.test(question) && !/\b(?:why not|why would|why should|why can['’]?t)\b/i.test(question);
      if (whyQuestion && unit === doc.units[0] && !causes.length && !hypothetical && !/\b(?:not sure|unclear|can['’]t tell|cannot tell|don['’]t know|no (?:tool|reason|cause)|nothing in)\b/i.test(text)) {
        const lead = /^\s*(?:(?:it|they|[\w-]+)\s+)?([^;:—–]{8,160}?)(?=,\s*(?:and|but|so|which|while)\b|\s+and\s+(?:the|its|their|then|that|it|is|was)\b|[;:—–]|\.(?:\s|$)|$)/i.exec(text);
        // (Only a clause that tells of a mishap, "hit", "ran out of", "was exhausted by": a reading or a status given as the answer is checked elsewhere.)
        if (lead && MISHAP.test(lead[1]!) && !/%|\d\s*(?:ms|mb|gb|s)\b|["“”`]|\b(?:tools?|diagnostics|logs?|shows?|lists?|reports?|says?)\b/i.test(lead[1]!)) causes.push({ at: lead.index + lead[0].indexOf(lead[1]!), span: lead[1]!, cause: lead[1]! });
      }
      for (const { at, span, cause: said } of causes) {
        // Service names say who, not what: "because ai-agent is stopped" is judged by its status words.
        // "the diagnostics blame the same thing for both: "Dependency redis is stopped."": the cause is the quote after the colon, and a quote the tools hold was blanked out as theirs.
        if (/[:—–]\s*["“”'‘’`]\s*(?:["“”'‘’`]|$)/.test(said) && !/[:—–]\s*["“”'‘’`]\s*\S/.test(said.replace(/["“”'‘’`]\s*$/, ''))) continue;
        const cause = said.replace(cachedRegExp(`(?<![\\w-])(${ctx.facts.names.map((n) => n.replace(/[-]/g, '[- ]')).join('|')}|postgresql|it|its|they)(?![\\w-])`, 'gi'), ' ');
        if (/\b(the tools?|chat|read-only|i |you |your |my |we |admin|question|permission|access)\b/i.test(cause)) continue;
        // "because that output is from before the repairs": a reason about the answer's own data (its calls, their output), not about the fleet.
        if (/\b(?:output|calls?|snapshot|readings?|results?)\b/i.test(cause) && /\b(?:before|after|earlier|later|older|newer|stale|then)\b/i.test(cause)) continue;
        // "As a general rule of queueing, …, which is why": background knowledge, marked as general, not a claim about this fleet.
        if (/^\s*(?:as a (?:general )?rule|in general|generally(?: speaking)?|as a rule of thumb|in most systems)\b/i.test(text.slice(0, at).split(/[.!?]\s/).at(-1)! + text.slice(at, at + 40))) continue;
        // "it runs a single replica, so …": a count or a figure as the reason is checked as one by the figures module.
        if (/\b(?:a single|one|only one|just one|\d+|two|three|four)\s+replicas?\b|\d\s*(?:ms|%|mb|gb|req\/s)\b/i.test(said)) continue;
        // "because it waits on model-a", "because web-ui calls ai-agent": a dependency given as the cause is a relation, which the relations module checks.
        if (/^\s*(?:(?:it|they|[\w-]+)\s+)?(?:(?:also|still|only|directly)\s+)?(?:calls?|waits? (?:on|for)|depends? on|relies? on|uses?|talks? to|sits? (?:behind|on top of)|needs?|goes through|is downstream of|is waiting on)\s+/i.test(said) && mentionsOf(said.replace(/^\s*(?:it|they|[\w-]+)\s+/i, ''), ctx.facts.names).length) continue;
        // "mcp-server crashed because postgres started dropping its connections": a fault put on a service the tools show healthy, with no word of theirs behind it.
        const blamed = mentionsOf(said, ctx.facts.names)[0]?.service;
        if (blamed && !unit.lead.includes(blamed) && BLAME_WORDS.test(cause) && !/\b(not|n['’]t|never|no)\b/i.test(text.slice(Math.max(0, at - 12), at)) && healthyAndUnblamed(ctx, blamed)) {
          claims.push({ subjects: [blamed], relation: 'cause', value: said, polarity: true, ...tidy(span, unit.start + at) });
          continue;
        }
        const words = contentWords(cause);
        if (words.length === 0) continue;
        const toolText = ctx.facts.allText();
        // A cause the facts speak of shares most of its words with them; an invented one brings its own.
        // ("rejected only because of timing", "a clash with the scale under way": while the tools say a change is in progress, a refusal's timing is theirs.)
        const busy = /\bbusy\b|\bin progress\b|\bunder ?way\b/i.test(toolText);
        const known = words.filter((w) => FAULT_VOCAB.test(w) || toolText.includes(w) || (busy && TIMING_VOCAB.test(w)));
        const grounded = known.length * 2 >= words.length;
        if (grounded) continue;
        if (/\b(restart|rollback|scale|flush|clear)\w*\b/i.test(cause)) continue;
        claims.push({ subjects: unit.lead, relation: 'cause', value: said, polarity: true, ...tidy(span, unit.start + at) });
      }
    }
    if (unanswerable && !hedgedAnswer && claims.length === 0 && doc.units.length) {
      // A question about the past, the future, people or money answered without a single checkable fact.
      // (A time of day, a plural or an inflected verb counts: "closes at 14:02", "more replicas", "once it restarts".)
      const checkable = /\b(\d[\d.:,]*|running|stopped|degraded|healthy|version|replicas?|latency|errors?|cpu|memory|depends|status|restart\w*|scal(?:e|es|ed|ing)|roll(?:ed|ing)? ?back|tools?|logs?|metrics|spike|leak\w*|burst|crash\w*|fault|baseline)\b/i.test(doc.text) || mentionsOf(doc.text, ctx.facts.names).length > 0;
      if (!checkable) {
        const u = doc.units[0]!;
        claims.push({ subjects: [], relation: 'confident_answer', value: question, polarity: true, ...tidy(u.text, u.start) });
      }
    }
    return claims;
  },
  check(claim, ctx) {
    const { facts } = ctx;
    if (claim.relation === 'time') {
      const hhmm = claim.value;
      if (/^\d{1,2}:\d{2}$/.test(hhmm)) {
        const padded = hhmm.padStart(5, '0');
        if (facts.timestamps.some((t) => t.slice(11, 16) === padded) || facts.allText().includes(hhmm)) return undefined;
        if (clockOfUptime(facts, padded)) return undefined;
      }
    }
    if (claim.relation === 'date' && /^20\d\d-/.test(claim.value) && facts.timestamps.some((t) => t.startsWith(claim.value))) return undefined;
    if (claim.relation === 'place' && facts.allText().includes(claim.value.toLowerCase())) return undefined;
    if (claim.relation === 'date') {
      // A day the tools' own timestamps hold ("30 November") is a fact, not an invented date.
      const day = /(\d{1,2})/.exec(claim.value)?.[1];
      const month = MONTHS.findIndex((m) => cachedRegExp(`\\b${m}`, 'i').test(claim.value));
      if (!day && month >= 0 && facts.timestamps.some((t) => Number(t.slice(5, 7)) === month + 1)) return undefined;
      if (day && month >= 0 && facts.timestamps.some((t) => Number(t.slice(5, 7)) === month + 1 && Number(t.slice(8, 10)) === Number(day))) return undefined;
    }
    // A sum of money the tools' words hold as money ("$420", "420 dollars"); the bare digits elsewhere (a token count, a latency) are not a price.
    if (claim.relation === 'cost' && facts.allText().includes(claim.span.replace(/\s/g, '').toLowerCase())) return undefined;
    const what: Record<UnsupportedClaim['relation'], string> = {
      cost: 'a cost',
      person: 'who did something',
      date: 'a date or a time in the past',
      time: 'a time of day',
      people_count: 'how many people were affected',
      forecast: 'what will happen',
      cause: 'a cause',
      confident_answer: 'an answer',
      unmeasured: 'a figure for something no tool measures',
      place: 'where a service runs',
    };
    return {
      kind: 'unsupported_claim',
      severity: 'error',
      span: claim.span,
      start: claim.start,
      message: `States ${what[claim.relation]} that no tool reported.`,
      fact: claim.relation === 'cause' ? `Nothing in this turn's tool results or the fleet's state mentions "${claim.value.trim().slice(0, 60)}".` : 'The tools report the current state, recent logs and at most the last hour of metrics: no costs, people, dates or forecasts.',
    };
  },
};
