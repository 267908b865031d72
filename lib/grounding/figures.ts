import { tidy, type Claim, type ClaimModule } from './claim';
import { describeService, isHealthy, type Facts } from './facts';
import type { GroundingFinding } from './types';
import { agrees, close, quantitiesOf, type MetricKey, type Quantity, type QuantityKey } from './quantities';
import { mentionsOf, segmentsOf, type Unit } from './subjects';
import { HEDGES } from './unsupported';
import { cachedRegExp, NUMBER, parseNumber } from './text';

/**
 * Figures said of a service (latency, CPU, memory, error rate, throughput,
 * replicas, uptime as a duration), in prose, lists or tables, with their
 * relations: "respectively", sums ("together they handle 99 req/s"), multiples
 * ("three times as many replicas as redis", "7x its baseline"). A limit or
 * baseline is not read as the current value; a value the service had before
 * (replicas before a scale) stated as now is stale.
 */
interface FigureClaim extends Claim {
  relation: QuantityKey | 'sum' | 'multiple' | 'superlative' | 'comparison' | 'direction';
  value: number;
  q: Quantity;
  /** For sums: the services summed; for multiples: the one compared with (or "baseline"). */
  other?: string;
  metric?: MetricKey;
  trend: boolean;
  /** Says the value is where an action in progress is taking it ("being scaled to 4"). */
  heading: boolean;
  /** The services of a comparison the figure may belong to instead (its owner is a guess). */
  loose?: string[];
  /** Its owner is named right before it ("mcp-server fails 52.1 %") or right after ("52.1 % on mcp-server"), not given by a pronoun or a heading. */
  tight?: boolean;
  /** For a multiple: the two figures its own sentence gives it between ("20-fold, from 4.8 s to 620 ms"). */
  pair?: [number, number];
  /** Its owner is named in its own sentence (or table row) and not a guess among several. */
  plain?: boolean;
  /** The words of its sentence (or row), to tell "now has 2" from a target listed as pending. */
  sentence?: string;
  /** The table column the figure sits in, whose header may say what it counts ("failing per second"). */
  column?: string;
  /** Said of this moment in so many words ("at 6778.6 MB right now", "currently 4.2 s", "memory now: 86 %"): in a trend, only the latest reading is now; an older line of the logs does not back it when a status gives the current one. */
  now?: boolean;
}

/** "6778.6 MB right now", "is currently at 4.2 s": words that pin a figure to this moment. */
const NOW_AFTER = /^\s*(?:right now|just now|now|currently|at the moment|at present|as of now|as we speak|at this point)\b/i;
const NOW_BEFORE = /\b(?:right now|now|currently|presently|at the moment)\s+(?:is\s+|are\s+|it['’]s\s+|sits?\s+|stands?\s+|runs?\s+|reads?\s+|reading\s+|using\s+|uses\s+|holds?\s+|has\s+)?(?:at\s+|on\s+)?(?:about\s+|around\s+|roughly\s+|~)?$/i;

const LABEL: Record<string, string> = { replicas: 'replicas', latencyMs: 'latency (ms)', cpuPct: 'CPU %', memoryPct: 'memory %', errorRate: 'error rate', memoryMb: 'memory (MB)', memoryLimitMb: 'memory limit (MB)', requestsPerSec: 'requests/s', uptimeSec: 'uptime (s)' };
const TREND = /\b(peak\w*|max(?:imum)?|min(?:imum)?|lowest|highest|average\w*|mean|spik\w*|climb\w*|rose|rising|fell|falling|dropp\w*|between(?!\s+~?\d[\d.,]*\s*(?:[a-z%]+\s*)?(?:and|to|-|–)\s*~?\d)|ranged|ranging|(?<!normal |usual |typical |healthy |\d\s*(?:ms|s|sec|seconds?|%|mb|gb)?\s*)range(?! of normal)|over the (?:last|past)|in the (?:last|past)|during the|minutes? ago|earlier|trend\w*|series|from \S+ to|went up|went down|jumped|up from|down from|as high as|as low as|at times|fluctuat\w*|hover\w*|oscillat\w*|varied|varies|every minute|each minute|minute by minute|successive|readings|then(?=\s+(?:about\s+|roughly\s+|~)?\d))\b/i;
const HEADING = /\b(scaling|being scaled|will|target|going to|heading|once|after the scale|in progress|pending|soon|to be|on (?:its|their) way|en route|under ?way|mid-scale|part way|complet(?:es|ing) (?:at|in|by)|due (?:at|in|by)|finish(?:es|ing) (?:at|in|by)|eta|not (?:yet )?(?:done|finished|complete))\b/i;
/** "now runs four replicas": said as done, whatever else the sentence mentions. */
const NOW_DONE = /\b(?:now|already|currently)\s+(?:runs?|has|have|is at|at|on|sits at|running)\b/i;
const COMPARISON = /\b(than|versus|vs\.?|against|compared (?:to|with)|relative to|whereas|while)\b/i;
const TIGHT = /^[\s'’s]*(?:,\s*(?=at\b|on\b|with\b))?(?:is|are|was|runs?|has|sits|stands|reports?|shows?|fails|serves|handles|uses|answers in|responds in|takes|returns|errors on)?\s*(?:now\s+|currently\s+|still\s+)?(?:at|on|with)?\s*(?:about|around|roughly|~|only|just|nearly|almost)?\s*$/i;
/** A sentence that speaks of an earlier moment: a time of day, "before the scale", "earlier". */
const PER_REPLICA = /^\s*(?:per|each|a|for each|on each|across each)\s+(?:replica|instance|pod|copy)\b/i;
const DATED = /\b\d{1,2}:\d{2}\b|\bbefore (?:the|my|our|it|this|that)\b|\bearlier\b|\bpreviously\b|\bago\b/i;
const PAST_OPENER = /(?:^\s*|[.;:]\s+|\(\s*)(?:before (?:the|my|this|that|its|their) (?:scale|restart|rollback|flush|fix|change|repair|action|deploy\w*|scale-?(?:out|up|down))\w*|before (?:i|we) (?:scaled|restarted|rolled|flushed|fixed|changed)\w*[^,]*|earlier|previously|at first|originally|beforehand|prior to (?:the|my) \w+)\b[^.;]{0,20}?\b(?:it|they|[\w-]+)?\s*(?:had|was|were|ran|used|sat|showed|answered|took|handled|served)\b/i;
const CLAUSE_BREAK = /[(;—–]|\b(?:because|since|as|which|who|while|whereas|so|but|although|though|after|before|when|due to|than|unlike)\b|,\s*(?:and|so|but|which|while)\b/i;
/** The clause of a sentence a figure sits in, cut at ";" and at ", but" / ", so" / ", which" (blanked elsewhere, so offsets hold). */
function clauseAround(text: string, index: number): string {
  const cuts = [...text.matchAll(/;|,\s*(?:but|so|which|while|whereas|though|although)\b|\s[—–]\s/gi)].map((m) => m.index!);
  const start = Math.max(0, ...cuts.filter((c) => c < index));
  const end = Math.min(text.length, ...cuts.filter((c) => c > index));
  return ' '.repeat(start) + text.slice(start, end) + ' '.repeat(text.length - end);
}

/** "more than one", "fewer than 3": a bound on a figure, whose "than" compares nothing. */
const BOUND_THAN = /\b(?:more|less|fewer|greater|higher|lower)\s+than(?=\s+(?:about\s+|~)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a\s|an\s|half)\b)/gi;
// (Only a count that ends its clause: "on 2.", "on 2, both healthy", "on 2 now"; "at 64 percent", "on 16.4" are other figures.)
const BARE_ON_COUNT = new RegExp(`(?:^|[;,])\\s*(?:and\\s+|while\\s+|but\\s+)?[\\w-]+\\s+(?:is|are|stays?|remains?)\\s+(?:still\\s+|now\\s+|also\\s+|only\\s+)?(?:on|at)\\s+(${NUMBER})(?![\\d.,]*\\d)(?=\\s*(?:[,;)]|\\.(?!\\d)|$|\\s(?:now|still|too|as well|as before|each|and|but|while|so|both)\\b))`, 'gi');
const FLEET_SUBJECT = /\b(?:(?:the )?(?:whole |entire )?fleet|fleet-wide,?(?: we)?)\s+(?:now\s+|still\s+|then\s+|currently\s+)?(?:runs|has|is (?:on|at|running|down to|up to)|at|counts|totals|comes to|stands at|sits at)\s+(?:about\s+|roughly\s+|around\s+|~\s*)?$/i;
const SUM = /\b(together|combined|in total|in all|total(?:ling| of)?|altogether|between them|sum|summed|aggregate|all told|added up|adds up|comes? to|(?:across|over) (?:all|the|both|every)|fleet-wide)\b/i;

function metricOfWords(text: string): MetricKey | undefined {
  if (/\breplicas?|instances?|pods?\b/i.test(text)) return 'replicas';
  if (/\blatenc|slow|fast|quick|speed|response time|p95|p99/i.test(text)) return 'latencyMs';
  if (/\bcpu\b/i.test(text)) return 'cpuPct';
  if (/\bmemory|ram\b/i.test(text)) return 'memoryMb';
  if (/\berror|\bfail/i.test(text)) return 'errorRate';
  if (/\brequests?|traffic|throughput|load|busy|busier|rps\b/i.test(text)) return 'requestsPerSec';
  return undefined;
}

/** The first run of `size` different services named as one list ("A and B", "A, B and C"), if the unit has one. */
function listedRun(unit: Unit, size: number, before = Infinity): string[] | undefined {
  const ms = unit.mentions.filter((m) => m.end <= before);
  for (let i = 0; i + size <= ms.length; i++) {
    const run = ms.slice(i, i + size);
    if (new Set(run.map((m) => m.service)).size !== size) continue;
    if (run.every((m, k) => k === 0 || /^[\s*_`]*(?:,|and|&|,\s*and)[\s*_`]*$/i.test(unit.text.slice(run[k - 1]!.end, m.start)))) return run.map((m) => m.service);
  }
  return undefined;
}

function ownerOf(unit: Unit, index: number): string[] {
  const segments = segmentsOf(unit);
  const inside = segments.filter((s) => index >= s.offset && index < s.offset + s.text.length);
  if (inside.length) return [...new Set(inside.flatMap((s) => s.services))];
  const before = segments.filter((s) => s.offset <= index).at(-1);
  return before?.services ?? unit.lead;
}


/** A table cell whose row names one service and nothing else: the row owns its figures as plainly as "X is at". */
function rowOwned(unit: Unit, subjects: string[]): boolean {
  return unit.kind === 'table' && unit.mentions.length === 0 && unit.lead.length === 1 && subjects.length === 1 && subjects[0] === unit.lead[0];
}

/**
 * Whether a figure's owner is plain enough to hold the figure to the fleet when no tool reported it:
 * named in the sentence and not a guess among several (its row's service, the one sentence subject,
 * or named a few words before it: "model-b now has 2 replicas", not "X can't reach redis: … 31% fail").
 */
function plainOwner(unit: Unit, subjects: string[], index: number, how: { loose: boolean; tight: boolean; firm: boolean; bound: boolean; seg?: { offset: number; subjectText: string } }): boolean {
  if (how.loose || subjects.length !== 1) return false;
  const s = subjects[0]!;
  if (unit.kind === 'table') return unit.mentions.length === 0 && unit.lead.length === 1 && unit.lead[0] === s;
  if (!unit.mentions.some((m) => m.service === s)) return false;
  if (how.tight || how.bound || new Set(unit.mentions.map((m) => m.service)).size === 1) return true;
  const gap = how.seg ? unit.text.slice(how.seg.offset, index) : '';
  return how.firm && !!how.seg?.subjectText && !/[:(]/.test(gap) && gap.trim().split(/\s+/).length <= 4;
}

/** What a multiple is "of": the service's normal level, however it is called. */
const BASELINE_CUE = /^[^.;]{0,40}?(?:\b(?:as|than|of|to|compared (?:to|with)|over)\s+)?(?:that of\s+)?\b(its (?:normal |usual |typical )?(?:[\d.,]+\s*(?:%|ms|s|mb)?\s+)?baseline|the baseline|baseline|its (?:normal|usual|typical|regular) (?:\w+ )?(?:latency|level|error rate|speed|value|figure|response time|self|rate)|(?:normal|usual)\b)/i;
// (Any number word before "-fold": "fortyfold", "twenty-five-fold"; a word that is no number, "manifold", is dropped by its value.)
const FACTOR_VERB_RE = /\b(doubled|tripled|trebled|quadrupled|quintupled|halved|(?:[a-z]+(?:-[a-z]+)?|\d+(?:\.\d+)?)-?fold)\b/gi;
const FACTOR_OF: Record<string, number> = { doubled: 2, tripled: 3, trebled: 3, quadrupled: 4, quintupled: 5, halved: 0.5 };
/** Words that date a change from this turn's action rather than from the service's normal level. */
const SINCE_ACTION = /\b(since|after|before|following|improv\w*|thanks to|the (?:scale|restart|rollback|flush|fix)\w*|scale-?(?:out|up)|restart\w*|rollback|roll-?back|flush\w*)\b/i;
const DIRECTION_RE = /\b(?:(?:has|have|is|are|keeps?|kept)\s+)?(?:been\s+)?(?:come down|coming down|fallen|falling|dropp(?:ed|ing)|decreas(?:ed|ing)|eas(?:ed|ing)|declin(?:ed|ing)|shr[iu]nk(?:ing)?|receding|climb(?:ed|ing)|ris(?:en|ing)|grow(?:n|ing)|increas(?:ed|ing)|gone up|going up|creeping up)\b/gi;
const FLAT_RE = /\b(?:(?:has|have|had)\s+)?(?:stabili[sz](?:ed|ing)|levell?(?:ed|ing) off|plateau(?:ed|ing)|flatten(?:ed|ing) out|(?:held|holding|stayed|staying|remained|remaining|is|are)\s+(?:steady|flat|stable|level)|stopped (?:growing|climbing|rising|increasing|falling|dropping)|no longer (?:growing|climbing|rising|increasing)|(?:held|holding) (?:at|around|near)|^\W*flat)\b/gi;
const COMPARATIVE_RE = /\b(?:(slower|faster|quicker|busier|quieter|worse off|better off)\b|(?:the\s+|a\s+|an\s+)?(higher|lower|larger|smaller|bigger|more|fewer)\s+(latency|error rate|share of (?:its )?requests|share|cpu(?: use| usage)?|memory(?: use| usage)?|traffic|throughput|requests per second|errors|failed requests)\b)/gi;

const PCT_OF_BASELINE_RE = new RegExp(`\\b(?:(up|down)\\s+(?:by\\s+)?)?(?:about\\s+|around\\s+|roughly\\s+|some\\s+|nearly\\s+|almost\\s+|~)?(\\d+(?:\\.\\d+)?)\\s*(?:%|percent|per cent)\\s+(above|over|higher than|more than|on|below|under|lower than|less than)\\s+(?:its|the)\\s+(?:(?:normal|usual|typical|regular)\\s+)?(?:[\\d.,]+\\s*(?:ms|s|%|mb)\\s+)?(?:baseline|normal|usual level)\\b`, 'gi');
// Built once (the parts are constants); used per unit of every answer.
const MULTIPLE_RE = new RegExp(`\\b(twice|double|triple|thrice|(?<!and a )half|(${NUMBER})(\\s+and a half)?\\s*(?:x|×|times))(?![\\w])`, 'gi');
export const figures: ClaimModule<FigureClaim> = {
  name: 'figures',
  extract({ doc, facts, question, questionServices }) {
    const claims: FigureClaim[] = [];
    const questionPair = questionServices;
    // A trend said of no one, in a turn whose tools give that metric's series for one service only, is about that service.
    const ownerOrSole = (owner: string[], metric: MetricKey | undefined): string[] => {
      if (owner.length || !metric) return owner;
      const reported = facts.names.filter((n) => facts.observedOf(n, metric).series.length > 0);
      return reported.length === 1 ? reported : owner;
    };
    let lastReplicas = -2;
    /** Bare counts answering "how many replicas in total?": over the whole fleet, whoever the answer names after them. */
    const fleetTotals = new Set<Quantity>();
    /** Bare counts answering "how many replicas does X have?": X's. */
    const questionCounts = new Set<Quantity>();
    // "Latency of both?" → "model-a is at 5.1 s": a figure's metric can come from the question alone (latency only: seconds are otherwise durations).
    // ("How fast is it leaking?" asks about memory: speed words with another metric's words are not a latency question.)
    // ("How long has model-a been slow?" asks for a stretch of time, not a latency.)
    const elapsed = /\bhow long (?:has|have|had|was|were|is it since)\b|\bsince when\b|\bfor how long\b|\bhow long ago\b/i.test(question);
    const topic = metricOfWords(question) === 'latencyMs' && !elapsed && !/\b(leak\w*|memory|ram|cpu|errors?|replicas?|grow\w*|scal\w*|restart\w*|recover\w*|fill\w*)\b/i.test(question) ? 'latencyMs' : undefined;
    for (const unit of doc.units) {
      if (unit.kind === 'code' || /\?\s*$/.test(unit.text)) continue;
      const text = unit.text;
      // "No service is above 70 % of its limit", "Every service sits under 50 ms": a bound over the fleet, not a figure of the service named before it.
      if (!unit.mentions.length && /^[\s*_>•-]*(?:no|none of the|not one|every|each|all(?: of)?(?: the| our)?)\s+(?:(?:other|single|\w+)\s+)?(?:services?|of them)\b/i.test(text)) continue;
      const firstClaim = claims.length;
      // "The tools don't give X, but its uptime says …": the hedge covers its own clause; what follows "but" is claimed.
      let hedgedUntil = 0;
      const hedge = HEDGES.exec(text);
      if (hedge && !/\b(is|are|has|have|runs?|at|uses?)\s+\d/i.test(text)) {
        const turn = /,?\s*\bbut\b|;|\bhowever\b/i.exec(text.slice(hedge.index + hedge[0].length));
        if (!turn) continue;
        hedgedUntil = hedge.index + hedge[0].length + turn.index + turn[0].length;
      }
      const trend = TREND.test(text);
      const heading = HEADING.test(text) && !NOW_DONE.test(text);
      const found = quantitiesOf(text, { column: unit.column, topic }).filter((q) => q.key !== 'ratio');
      // "Before the scale it had one replica and about 4.8 s; now it has three": a clause opened in the past speaks of then, until "now".
      const past = PAST_OPENER.exec(text);
      if (past) {
        const now = /\b(?:now|currently|today|at the moment|these days|since then)\b|;/i.exec(text.slice(past.index + past[0].length));
        const until = now ? past.index + past[0].length + now.index : text.length;
        for (const q of found) if (q.role === 'current' && q.index > past.index && q.index < until) q.past = true;
      }
      // "fell from 4804.4 ms on one replica to 624.3 ms on three": what stands between "from" and its "to" is the earlier reading, whatever its metric.
      for (const q of found) {
        if (q.role !== 'current') continue;
        const before = text.slice(Math.max(0, q.index - 60), q.index).replace(/(\d)\.(\d)/g, '$1,$2');
        const after = text.slice(q.index + q.span.length, q.index + q.span.length + 40).replace(/(\d)\.(\d)/g, '$1,$2');
        if (/\bfrom\s+(?:about\s+|roughly\s+|~)?\d(?![^.;:]*\bto\b)[^.;:]*$/i.test(before) && /^[^.;:]*?\bto\b/i.test(after)) q.past = true;
      }
      // "638.6 ms at 13:58:35": a figure dated by a time of day is a reading of that moment, any of the turn's (series points included).
      for (const q of found) if (q.role === 'current' && /^\s*(?:\w+\s+){0,2}(?:at|around|as of)\s+\d{1,2}:\d{2}\b/i.test(text.slice(q.index + q.span.length))) q.past = true;
      // ("…; at 14:00:40 6258.8 MB; at 14:01:40 6778.6 MB; now …": the time may come first, right before the figure.)
      for (const q of found) if (q.role === 'current' && /\b(?:at|around|as of|by)\s+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[,:—–-]\s*)?(?:(?:it|they|was|were|had|stood|sat|read|at|about|roughly|around)\s+){0,3}~?$/i.test(text.slice(Math.max(0, q.index - 40), q.index))) q.past = true;
      // "14:00:40 — 6258.8 MB", "Since 13:59:40 (418.4 MB) …", "before the crash, at 13:59:40, … 98.5 MB": a time of day earlier in the line dates what follows it.
      const dated = /(?:^|[\s(—–-])(?:at|since|by|from|around|as of)?\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\b(?!\s*(?:→|->|to)\s*\d{1,2}:\d{2})/i.exec(text);
      if (dated && !/\b(?:until|till|ends?|ending|due|complet\w*|finish\w*|done|expected|scheduled|eta)\b[^\d]{0,12}$/i.test(text.slice(0, dated.index + 1))) for (const q of found) if (q.role === 'current' && q.index > dated.index) q.past = true;
      // "Replicas: 1 then, 3 now", "p95 900 ms earlier vs 240 ms now": a figure marked by a word of then, set against one of now in the same sentence, is a reading of then.
      if (/\b(?:now|currently|at present|today)\b/i.test(text)) for (const q of found) if (q.role === 'current' && /^\s*(?:[a-z%/]+\s+)?(?:then|earlier|previously|initially|originally|at first|beforehand|before(?=\s*(?:[,;:)]|$|and\b|vs\b|versus\b)))\b(?!\s*(?:about\s+|roughly\s+|~)?\d)/i.test(text.slice(q.index + q.span.length))) q.past = true;
      // "CPU 20.3% now against 23.3% at 13:59:40, and latency 19.3 ms against 16.3 ms": in a sentence dated by a time or "before the …", the figure set against another is a reading of then.
      if (DATED.test(text)) for (const q of found) if (q.role === 'current' && /\b(?:against|versus|vs\.?|compared (?:to|with)|up from|down from)\s*(?:about\s+|roughly\s+|~)?$/i.test(text.slice(Math.max(0, q.index - 24), q.index))) q.past = true;
      // "… a pair of replicas; the remaining six run a single one": the count's noun left out, taken from the sentence before.
      if (!found.length && lastReplicas === doc.units.indexOf(unit) - 1) {
        const bare = cachedRegExp(`\\b(?:runs?|has|have|with|on)\\s+(?:(a single one|just one|only one|one each)|(${NUMBER}) each)\\b`, 'i').exec(text);
        const span = bare ? (bare[1] ?? bare[0].slice(bare[0].lastIndexOf(bare[2]!))) : '';
        if (bare) found.push({ key: 'replicas', value: bare[1] ? 1 : parseNumber(bare[2]!), index: bare.index + bare[0].lastIndexOf(span), span, role: 'current' });
        // ("web-ui is now on 1 replica; mcp-server is still on 2": a bare "is on N" of the next name.)
        else for (const m of text.matchAll(BARE_ON_COUNT)) found.push({ key: 'replicas', value: parseNumber(m[1]!), index: m.index! + m[0].length - m[1]!.length, span: m[1]!, role: 'current' });
      }
      // "How many replicas does model-b have?" → "Two, and both are saturated"; "Total replica count?" → "Eleven across the eight services": a bare count opening the answer to a question about replicas is that count.
      const replicaQuestion = /\b(?:how many|number of|total|count of)\b[^?]*\breplicas?\b|\breplicas?\b[^?]*\b(?:count|total|in total|in all)\b|^\s*(?:and\s+)?(?:[\w-]+\s+)?replicas?\s*\?\s*$/i.test(question) && !/\b(?:before|earlier|previously|used to|had|was|were|did|how much)\b/i.test(question);
      // (The count is of the question's one service; a question that names none asks for the fleet's total; one naming several is left alone.)
      const totalQuestion = replicaQuestion && !questionPair.length;
      if (replicaQuestion && questionPair.length <= 1 && doc.units[0] === unit && !found.some((q) => q.key === 'replicas')) {
        const bare = cachedRegExp(`^[\\s*_]*(?:(?:only|just|still|exactly)\\s+)?(${NUMBER})(?![\\d,.]*\\d)(?=\\s*(?:[,.;:!—–]|\\s+(?:now|already|so far|at present|today|currently|in (?:total|all)|altogether|across|over|in|on|for|at the moment|right now|of them|replicas?|instances?)\\b|$))`, 'i').exec(text);
        const value = bare ? parseNumber(bare[1]!) : NaN;
        if (bare && Number.isFinite(value) && Number.isInteger(value)) {
          const q: Quantity = { key: 'replicas', value, index: bare.index + bare[0].length - bare[1]!.length, span: bare[1]!, role: 'current' };
          found.push(q);
          if (totalQuestion) fleetTotals.add(q);
          else questionCounts.add(q);
        }
      }
      // "web-ui is now on 1 replica; mcp-server is still on 2": after a replica count, a bare "is on N" of the next name is one too.
      const firstReplicas = found.find((q) => q.key === 'replicas');
      if (firstReplicas) {
        for (const m of text.slice(firstReplicas.index + firstReplicas.span.length).matchAll(BARE_ON_COUNT)) {
          const index = firstReplicas.index + firstReplicas.span.length + m.index! + m[0].length - m[1]!.length;
          if (!found.some((q) => q.index === index)) found.push({ key: 'replicas', value: parseNumber(m[1]!), index, span: m[1]!, role: 'current' });
        }
      }
      if (found.some((q) => q.key === 'replicas')) lastReplicas = doc.units.indexOf(unit);
      const mentions = [...new Set(unit.mentions.map((m) => m.service))];
      const respectively = /\brespectively\b/i.test(text) && mentions.length >= 2;
      const sum = SUM.test(text) || found.some((q) => fleetTotals.has(q));
      found.forEach((q) => {
        if (q.index < hedgedUntil) return;
        // "The spike on model-a started 30 s ago": how long a fault has lasted (fault-times), not the service's uptime.
        if (q.key === 'uptimeSec' && /\b(spike|leak\w*|burst|fault|outage|incident|problem|issue|errors?|slowdown|trouble|crash)\b/i.test(text.slice(0, q.index).split(/[.;]/).at(-1)!)) return;
        // (A percentage over the baseline is read as a multiple of it, below.)
        if (/%|percent|per cent/i.test(q.span) && [...text.matchAll(PCT_OF_BASELINE_RE)].some((m) => q.index >= m.index! && q.index < m.index! + m[0].length)) return;
        // "together about 85 % of the total": a share of a sum the answer worked out, not a metric of the service.
        if (/%|percent|per cent/i.test(q.span) && /^\s*(?:of\s+(?:the\s+|that\s+|this\s+)?(?:total|sum|overall|whole|combined|fleet['’]s|fleet total|aggregate))\b/i.test(text.slice(q.index + q.span.length))) return;
        // "Scaling to 3 replicas would help": a figure in a suggestion or a hypothesis is not a fact claimed.
        if (q.key !== 'window' && /\b(would|could|might|should|if|i['’]d|we['’]d|suggest\w*|recommend\w*|consider|propos\w*|plan\w*|want\w*|to get|aim\w*)\b/i.test(text.slice(0, q.index)) && !/[;:.]\s/.test(text.slice(0, q.index).split(/\b(would|could|might|should|if|i['’]d|we['’]d|suggest\w*|recommend\w*|consider|propos\w*|plan\w*|want\w*|to get|aim\w*)\b/i).at(-1)!)) return;
        if (q.key !== 'window' && /^[^;.]*\b(would|could|might)\b/i.test(text.slice(q.index))) return;
        // "Going from 1 to 2 or 3 replicas should bring latency back": a figure in a gerund subject of a forecast is a proposal.
        if (q.key !== 'window' && /^\W*\w+ing\b[^.;]*$/i.test(text.slice(0, q.index)) && /^[^.;]*\b(should|will|may|can|ought to)\b/i.test(text.slice(q.index))) return;
        let subjects = questionCounts.has(q) ? questionPair : ownerOf(unit, q.index);
        // "1.6 s for model-a", "88 % on model-a": a service named right after the figure owns it.
        const after = /^\s*(?:\w+\s+)?(?:for|on|of|at|from|in)\s+(?:the\s+)?([\w-]+)/i.exec(text.slice(q.index + q.span.length, q.index + q.span.length + 30));
        // ("52.1% for the former": the first or the second of the pair the sentence named first.)
        const pairNamed = [...new Set(unit.mentions.filter((x) => x.start < q.index).map((x) => x.service))];
        const formerLatter = after && /^(former|latter)$/i.test(after[1]!) && /\bthe\s+(?:former|latter)$/i.test(text.slice(0, q.index + q.span.length + after[0].length).trimEnd()) && pairNamed.length >= 2 ? pairNamed[/former/i.test(after[1]!) ? 0 : 1] : undefined;
        const afterService = after ? (mentionsOf(after[1]!, facts.names)[0]?.service ?? formerLatter) : undefined;
        // "two in five of ai-agent's requests" is ai-agent's; "40% of web-ui's dependencies" is not.
        const possessive = afterService ? /^['’]s\s+(\w+)/i.exec(text.slice(q.index + q.span.length + after![0].length)) : null;
        if (afterService && (!possessive || /^(requests?|calls?|traffic|queries|responses|memory|cpu|limit|capacity|latency|errors?)$/i.test(possessive[1]!))) subjects = [afterService];
        // "Two of them run a pair of replicas, ai-agent and web-ui;": a figure with no owner before it belongs to the names set after it.
        if (!unit.mentions.some((x) => x.start < q.index)) {
          const tail = text.slice(q.index + q.span.length);
          // (Or after a colon: "Two of the eight run more than one replica: ai-agent and model-b.")
          const appos = /^[^.;,:]{0,24}[,:]\s*((?:[\w-]+\s*(?:,|and|&)\s*)*[\w-]+)\s*(?=[;.]|$)/.exec(tail);
          const listed = appos ? mentionsOf(appos[1]!, facts.names) : [];
          if (appos && listed.length && appos[1]!.replace(/[\w-]+/g, (w) => (mentionsOf(w, facts.names).length || /^and$/i.test(w) ? '' : w)).replace(/[\s,&]/g, '') === '') subjects = [...new Set(listed.map((x) => x.service))];
        }
        let unpaired = false;
        // "postgres and redis are both reachable (3.3 ms and 1 ms)": as many figures in brackets as names listed before them pair up in order, as with "respectively".
        let paired = false;
        if (!respectively) {
          const open = text.lastIndexOf('(', q.index);
          const close = text.indexOf(')', q.index);
          if (open >= 0 && close > q.index && !text.slice(open, q.index).includes(')')) {
            const same = found.filter((x) => x.key === q.key && x.index > open && x.index < close);
            const group = same.length >= 2 ? listedRun(unit, same.length, open) : undefined;
            if (group && !unit.mentions.some((m) => m.start > open && m.start < close)) {
              subjects = [group[same.indexOf(q)]!];
              paired = true;
            }
          }
        }
        // "ai-agent and web-ui are degraded: 57.3% and 46.4% errors": figures chained by "and" right after as many names listed pair up in order too.
        if (!respectively && !paired) {
          const same = found.filter((x) => x.key === q.key && x.role === q.role);
          const chained = same.length >= 2 && same.every((x, k) => k === 0 || /^[\s,]*(?:and|&)?\s*$/i.test(text.slice(same[k - 1]!.index + same[k - 1]!.span.length, x.index)));
          const run = chained ? unit.mentions.filter((m) => m.end <= same[0]!.index).slice(-same.length) : [];
          if (run.length === same.length && new Set(run.map((m) => m.service)).size === run.length && run.every((m, k) => k === 0 || /^[\s*_`]*(?:,|and|&|,\s*and)[\s*_`]*$/i.test(text.slice(run[k - 1]!.end, m.start)))) {
            subjects = [run[same.indexOf(q)]!.service];
            paired = true;
          }
        }
        if (respectively) {
          const same = found.filter((x) => x.key === q.key);
          const i = same.indexOf(q);
          // "ai-agent and mcp-server are degraded because redis is down — 58% and 57% respectively": the figures pair with the names listed together.
          const group = same.length === mentions.length ? mentions : same.length >= 2 ? listedRun(unit, same.length) : undefined;
          if (group) subjects = [group[i]!];
          else if (same.length >= 2) unpaired = true;
        }
        let other: string | undefined;
        // ("A, B, C and postgres (four services in all) each have two replicas": a total word in a bracket the figure is not in counts something else.)
        // "so the fleet runs nine replicas": a figure whose clause has the fleet as its subject is the fleet's total, whoever was named before.
        const fleetSubject = FLEET_SUBJECT.test(text.slice(Math.max(0, q.index - 60), q.index));
        // ("mcp-server runs 3 replicas, but the cache is shared between them": a total word in another clause counts something else.)
        const sumHere = fleetSubject || (sum && (fleetTotals.has(q) || SUM.test(clauseAround(text, q.index).replace(/\([^)]*\)/g, (b, at: number) => (q.index > at && q.index < at + b.length ? b : ' '.repeat(b.length))))));
        if (sumHere && q.role === 'current' && q.key !== 'window' && q.key !== 'uptimePct' && q.key !== 'changePct') {
          // "The fleet has 11 replicas in total, with ai-agent … on two each": a total said of the fleet is over every service, whoever is named after it.
          const fleetWide = fleetSubject || fleetTotals.has(q) || cachedRegExp(`\\b(?:the (?:whole |entire )?fleet|(?:all|the|our) (?:the |our )?(?:${NUMBER} )?services|every service|across (?:the fleet|all|everything)|fleet-wide)\\b`, 'i').test(text.slice(0, q.index)) && !unit.mentions.some((m) => m.start < q.index);
          const group = fleetWide ? facts.names : mentions.length >= 2 ? mentions : unit.lead.length >= 2 ? unit.lead : /\b(all|every|fleet|across)\b|\bover (?:the|all|our)\s+(?:\w+\s+)?services\b/i.test(text) ? facts.names : [];
          if (group.length >= 2) {
            subjects = group;
            other = 'sum';
          }
        }
        // In a comparison ("slower than model-a (5.1 s against 1.6 s)", "versus 1.6 s"), which figure is whose is a guess:
        // a figure that fits another service of the sentence is left unverified rather than called wrong.
        const seg = segmentsOf(unit).find((x) => q.index >= x.offset && q.index < x.offset + x.text.length);
        // "web-ui is at 0.23 % while mcp-server is at 45.5 %": a figure right after its subject's verb is that subject's.
        const tight = !!seg?.subjectText && TIGHT.test(text.slice(seg.offset, q.index)) && !/\(\s*$/.test(text.slice(seg.offset, q.index));
        // With several services in the sentence and no plain owner, which one a figure belongs to is a guess: it is held only to fitting none of them.
        // (A figure said of a group, "ai-agent and mcp-server have two replicas", is said of each: not a guess.)
        // A figure in the clause its named subject opens ("model-a sits near 0.6 s, …") is that subject's; after a clause break,
        // a bracket or an object named on the way ("since it can't use mcp-server (57% of requests fail)") it is a guess.
        const firm = !!seg?.subjectText && !CLAUSE_BREAK.test(text.slice(seg.offset, q.index));
        // Only the sentence's own subject is the other candidate: a figure bound to a name met on the way may be the subject's.
        const subjectOfSentence = unit.mentions[0]?.service;
        // ("more than one replica" is a bound, not a comparison of two services.)
        const compared = !afterService && !respectively && !paired && !tight && mentions.length >= 2 && COMPARISON.test(text.replace(BOUND_THAN, ''));
        const metOnTheWay = !afterService && !respectively && !paired && !tight && !firm && subjects.length === 1 && !!subjectOfSentence && subjects[0] !== subjectOfSentence;
        const loose = unpaired || compared || metOnTheWay;
        const metric = q.key === 'changePct' ? metricOfWords(text.slice(Math.max(0, q.index - 60), q.index + q.span.length + 40)) ?? metricOfWords(question) ?? (/\bleak/i.test(text + question) || /\d\s*(?:mb|mib|gb|gib)\b/i.test(text.slice(Math.max(0, q.index - 60), q.index)) ? 'memoryMb' : undefined) : undefined;
        // ("memory now: 86 % and rising": a label's "now:" marks the figure after it too.)
        const now = q.role === 'current' && (NOW_AFTER.test(text.slice(q.index + q.span.length, q.index + q.span.length + 20)) || NOW_BEFORE.test(text.slice(Math.max(0, q.index - 40), q.index)) || /\b(?:now|currently|right now|at the moment|at present)\s*[:=]\s*(?:about\s+|around\s+|roughly\s+|~)?$/i.test(text.slice(Math.max(0, q.index - 24), q.index)));
        claims.push({ subjects, relation: other === 'sum' ? 'sum' : q.key, value: q.value, q, other, metric, trend, heading, now, polarity: true, loose: loose ? (unpaired || compared ? mentions : [subjectOfSentence!]) : undefined, tight: (tight || !!afterService || respectively || paired || rowOwned(unit, subjects)) && !unpaired, plain: plainOwner(unit, subjects, q.index, { loose, tight, firm, bound: !!afterService || respectively || paired, seg }), sentence: text, column: unit.column, ...tidy(q.span, unit.start + q.index) });
      });
      // "web-ui has two replicas and postgres three": the second figure keeps the first one's metric.
      for (const q of found) {
        const rest = text.slice(q.index + q.span.length);
        const m = cachedRegExp(`^[^.;]{0,40}?(?:,|\\band\\b|\\bwhile\\b|\\bbut\\b)\\s+([\\w-]+)\\s+(?:has\\s+|runs\\s+|at\\s+|with\\s+|just\\s+|only\\s+)?(${NUMBER})(?![.,]\\d)\\s*(?=[.,;)]|$|\\s+(?:and|but)\\b)`, 'i').exec(rest);
        if (!m || q.key === 'window' || q.key === 'uptimePct' || q.key === 'changePct' || q.role !== 'current') continue;
        const who = mentionsOf(m[1]!, facts.names)[0]?.service;
        const v = parseNumber(m[2]!);
        if (!who || !Number.isFinite(v)) continue;
        const at = q.index + q.span.length + m.index + m[0].lastIndexOf(m[2]!);
        // A figure with its own unit there was read on its own.
        if (found.some((x) => x !== q && x.index <= at && at < x.index + x.span.length)) continue;
        const unitScale = q.key === 'latencyMs' && /\bs(ec(ond)?s?)?\b/i.test(q.span) && !/ms/i.test(q.span) ? 1000 : q.key === 'memoryMb' && /g/i.test(q.span) ? 1024 : 1;
        const value = q.key === 'errorRate' ? v / 100 : v * unitScale;
        claims.push({ subjects: [who], relation: q.key, value, q: { ...q, value, index: at, span: m[2]! }, trend, heading, polarity: true, ...tidy(m[2]!, unit.start + at) });
      }
      // "model-b is slower than model-a", "mcp-server fails more requests than ai-agent", "the latter has the higher error rate".
      for (const m of text.matchAll(COMPARATIVE_RE)) {
        const word = (m[1] ?? m[2])!.toLowerCase();
        const noun = (m[3] ?? '').toLowerCase();
        // "worse off than X" is by the metric the question or the sentence ranks on, where more is worse (latency, errors).
        const rankedOn = /off$/.test(word) ? (metricOfWords(question) ?? metricOfWords(text.replace(/\b(?:worse|better) off\b/gi, ''))) : undefined;
        // "the larger share of requests" fails: a share of requests is an error rate when failing is what is shared.
        const failingShare = /share/.test(noun) && /\b(?:fail|error)/i.test(text);
        const metric: MetricKey | undefined = /off$/.test(word) ? (rankedOn === 'latencyMs' || rankedOn === 'errorRate' ? rankedOn : undefined) : /slow|fast|quick/.test(word) ? 'latencyMs' : /busi|quiet/.test(word) ? 'requestsPerSec' : failingShare ? 'errorRate' : metricOfWords(noun) ?? (/share|fail/.test(noun + text.slice(Math.max(0, m.index! - 12), m.index!)) ? 'errorRate' : undefined);
        if (!metric || /\b(if|would|could|might|should|will|once|expect\w*)\b/i.test(text.slice(0, m.index!))) continue;
        const rest = text.slice(m.index! + m[0].length, m.index! + m[0].length + 40);
        const than = /^\s*(?:\w+\s+){0,3}?than\s+(?:that of\s+|the\s+)?([\w-]+)/i.exec(rest);
        const subjects = ownerOf(unit, m.index!);
        if (subjects.length !== 1) continue;
        let other = than ? mentionsOf(than[1]!, facts.names)[0]?.service : undefined;
        // "the higher error rate" of two: the other one of the pair the question (or the sentence) names.
        if (!other && /^the$/i.test(m[0].trim().split(/\s+/)[0]!)) {
          const pair = questionPair.length === 2 ? questionPair : [...new Set(unit.mentions.map((x) => x.service))];
          if (pair.length === 2 && pair.includes(subjects[0]!)) other = pair.find((x) => x !== subjects[0]);
        }
        if (!other || other === subjects[0]) continue;
        const more = /slow|busi|high|larg|big|more|worse/.test(word) && !/better/.test(word);
        claims.push({ subjects, relation: 'comparison', value: more ? 1 : -1, metric, other, trend, heading, polarity: true, q: { key: metric, value: 0, index: m.index!, span: m[0], role: 'current' }, ...tidy(m[0], unit.start + m.index!) });
      }
      // "it has come down to 7.2 GB since", "latency keeps climbing": which way a figure is going, against the metrics series.
      for (const m of text.matchAll(DIRECTION_RE)) {
        if (/\b(if|would|could|might|may|should|will|once|until|not|n['’]t|never|expect\w*|stop\w*)\b[^.;]*$/i.test(text.slice(0, m.index!))) continue;
        const metric = metricOfWords(text.slice(Math.max(0, m.index! - 40), m.index! + m[0].length + 30)) ?? metricOfWords(question) ?? (/\bleak/i.test(text + question) ? 'memoryMb' : undefined);
        const who = ownerOrSole(ownerOf(unit, m.index!), metric);
        if (!metric || who.length !== 1) continue;
        const up = /climb|ris|grow|grew|increas|going up|gone up|went up|worsen|balloon|creep/i.test(m[0]);
        claims.push({ subjects: who, relation: 'direction', value: up ? 1 : -1, metric, trend, heading, polarity: true, q: { key: metric, value: 0, index: m.index!, span: m[0], role: 'current' }, ...tidy(m[0], unit.start + m.index!) });
      }
      // "memory has stabilised at about 600 MB", "latency has levelled off": no move either way, against the metrics series.
      for (const m of text.matchAll(FLAT_RE)) {
        if (/\b(if|would|could|might|may|should|will|once|until|not|n['’]t|never|expect\w*|hope\w*)\b[^.;]*$/i.test(text.slice(0, m.index!))) continue;
        const metric = metricOfWords(text.slice(Math.max(0, m.index! - 40), m.index! + m[0].length + 30)) ?? metricOfWords(question) ?? (/\bleak/i.test(text + question) ? 'memoryMb' : undefined);
        const who = ownerOrSole(ownerOf(unit, m.index!), metric);
        if (!metric || who.length !== 1) continue;
        claims.push({ subjects: who, relation: 'direction', value: 0, metric, trend, heading, polarity: true, q: { key: metric, value: 0, index: m.index!, span: m[0], role: 'current' }, ...tidy(m[0], unit.start + m.index!) });
      }
      // "the slowest service is model-a", "redis has the highest error rate".
      const sup = /\b(?:the\s+)?(slowest|fastest|busiest|quietest|most loaded|least loaded|highest|lowest|largest|smallest|biggest|most|fewest|least|longest|shortest)\s+(latency|error rate|errors|cpu|memory|traffic|throughput|requests|replicas|uptime|service|one)?/i.exec(text);
      if (sup) {
        const word = sup[1]!.toLowerCase();
        const noun = (sup[2] ?? '').toLowerCase();
        const metric: MetricKey | undefined = noun === 'uptime' || (/longest|shortest/.test(word) && /\buptime\b|\bup for\b|without a restart/i.test(text)) ? 'uptimeSec' : /longest|shortest/.test(word) ? undefined : /slow|fast/.test(word) || noun === 'latency' ? 'latencyMs' : /busi|quiet|loaded/.test(word) || /traffic|throughput|requests/.test(noun) ? 'requestsPerSec' : /error/.test(noun) ? 'errorRate' : noun === 'cpu' ? 'cpuPct' : noun === 'memory' ? 'memoryMb' : noun === 'replicas' ? 'replicas' : undefined;
        const who = [...new Set(unit.mentions.map((x) => x.service))];
        if (metric && who.length === 1 && !/\b(if|would|could|one of|among|second|third|fourth|after|except|other than)\b/i.test(text)) {
          const wantMax = /slowest|busiest|most loaded|highest|largest|biggest|most|longest/.test(word);
          claims.push({ subjects: who, relation: 'superlative', value: wantMax ? 1 : -1, metric, other: word, trend, heading, polarity: true, q: { key: metric, value: 0, index: sup.index, span: sup[0], role: 'current' }, ...tidy(sup[0], unit.start + sup.index) });
        }
      }
      // "has reached its memory limit", "is out of memory": usage said to be the whole limit.
      for (const m of text.matchAll(/\b(?:reached|hit|hitting|maxed out|exhausted|used up|run out of|ran out of)\s+(?:its|the|all of its|all its)\s+(?:memory\s+)?(?:limit|cap|memory)\b/gi)) {
        if (/\b(not|n['’]t|never|before|until|if|would|could|will|might|may|can|should|going to|at this (?:pace|rate)|close to|near|nearly|almost|about to|soon)\b[^.;]*$/i.test(text.slice(0, m.index!)) || /^[^.;]*\b(?:within|in (?:a few|about|under)|soon|by \d)/i.test(text.slice(m.index! + m[0].length))) continue;
        const who = ownerOf(unit, m.index!);
        if (!who.length) continue;
        claims.push({ subjects: who, relation: 'memoryPct', value: 100, q: { key: 'memoryPct', value: 100, index: m.index!, span: m[0], role: 'current' }, trend, heading, polarity: true, ...tidy(m[0], unit.start + m.index!) });
      }
      // Multiples: "three times as many replicas as redis", "7x its baseline", "twice model-a's latency".
      const multiple = MULTIPLE_RE;
      for (const m of text.matchAll(multiple)) {
        // "six and a half times": the half counts.
        const factor = (m[2] ? parseNumber(m[2]) : parseNumber(m[1]!.split(/\s/)[0]!)) + (m[3] ? 0.5 : 0);
        if (!Number.isFinite(factor)) continue;
        const rest = text.slice(m.index! + m[0].length, m.index! + m[0].length + 70);
        const compared = BASELINE_CUE.exec(rest);
        let target: string | undefined = compared ? 'baseline' : undefined;
        let impliedSubject: string | undefined;
        if (!target) {
          const cue = /\b(?:as|than|of|compared (?:to|with)|over)\s+/gi;
          for (const c of rest.matchAll(cue)) {
            const next = mentionsOf(rest.slice(c.index! + c[0].length, c.index! + c[0].length + 20), facts.names)[0];
            if (next && next.start <= 4) {
              target = next.service;
              break;
            }
          }
        }
        // "model-a at 1273.6 ms against model-b's 568.2 ms, so roughly three times slower": with no "than", the other is the second service the sentence sets against the first.
        if (!target && /^\s*(?:slower|faster|quicker|busier|higher|lower|larger|bigger|smaller|worse|better|more|fewer|less)\b(?!\s+than\b)/i.test(rest)) {
          // (The sentence's subject, named first, is the one said to be slower; the other is the one set against it.)
          const services = [...new Set(unit.mentions.filter((x) => x.start < m.index!).map((x) => x.service))];
          if (services.length === 2 && COMPARISON.test(text.slice(0, m.index!))) {
            target = services[1];
            impliedSubject = services[0];
          }
        }
        if (!target) continue;
        const metric = metricOfWords(`${m[0]} ${rest.slice(0, 30)}`) ?? metricOfWords(text);
        const subjects = impliedSubject ? [impliedSubject] : ownerOf(unit, m.index!).filter((x) => x !== target);
        if (!subjects.length && target !== 'baseline') continue;
        const span = `${m[0]}${rest.slice(0, 40).split(/[,;]|\.(?!\d)|\s[—–-]\s/)[0]}`;
        claims.push({ subjects: subjects.length ? subjects : unit.lead, relation: 'multiple', value: factor, other: target, metric, trend, heading, polarity: true, q: { key: 'ratio', value: factor, index: m.index!, span, role: 'current' }, ...tidy(span, unit.start + m.index!) });
      }
      // "roughly 73 % above its baseline", "up 40 % on its usual 620 ms": a multiple of the baseline written as a percentage.
      for (const m of text.matchAll(PCT_OF_BASELINE_RE)) {
        const p = parseNumber(m[2]!);
        if (!Number.isFinite(p) || /\b(if|would|could|might|should|will|once)\b/i.test(text.slice(0, m.index!))) continue;
        const below = /below|under|lower|less|down/i.test(m[1] ?? '') || /below|under|lower|less/i.test(m[3]!);
        const factor = below ? 1 - p / 100 : 1 + p / 100;
        const metric = metricOfWords(text.slice(Math.max(0, m.index! - 40), m.index! + m[0].length + 20)) ?? metricOfWords(question);
        const who = ownerOf(unit, m.index!);
        if (who.length !== 1 || factor <= 0) continue;
        claims.push({ subjects: who, relation: 'multiple', value: factor, other: 'baseline', metric, trend, heading, polarity: true, q: { key: 'ratio', value: factor, index: m.index!, span: m[0], role: 'current' }, ...tidy(m[0], unit.start + m.index!) });
      }
      // "latency has roughly quadrupled", "it halved model-b's latency": a change as a factor, against the baseline or the reading before this turn's action.
      for (const m of text.matchAll(FACTOR_VERB_RE)) {
        const word = m[1]!.toLowerCase();
        const fold = FACTOR_OF[word] ?? parseNumber(word.replace(/-?fold$/, ''));
        // "cut eightfold", "dropped three-fold": a fall by that factor.
        const factor = FACTOR_OF[word] === undefined && /\b(cut|reduc\w*|dropp?\w*|fell|fall\w*|down|lower\w*|improv\w*|shr[iu]nk\w*|decreas\w*)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, m.index! - 24), m.index!)) ? 1 / fold : fold;
        if (!Number.isFinite(factor) || /\b(if|would|could|might|may|will|should|expect\w*|not|n['’]t|never)\b/i.test(text.slice(0, m.index!))) continue;
        // ("latency fell from 4804.4 ms to 624.3 ms, about a twentyfold improvement": the metric named earlier in the sentence.)
        const metric = metricOfWords(text.slice(Math.max(0, m.index! - 40), m.index! + m[0].length + 40)) ?? metricOfWords(text.slice(0, m.index!).split(/[.;!?](?:\s|$)/).at(-1)!) ?? metricOfWords(question);
        if (!metric) continue;
        const subjects = ownerOf(unit, m.index!);
        const named = mentionsOf(text.slice(m.index! + m[0].length, m.index! + m[0].length + 20), facts.names)[0]?.service;
        // ("How much did the model-b scale-out help?" → "a twentyfold improvement": with no one named, the question's one service.)
        const who = named ? [named] : subjects.length ? subjects : questionPair.length === 1 && !unit.mentions.length ? questionPair : subjects;
        if (who.length !== 1) continue;
        const since = SINCE_ACTION.test(text) || SINCE_ACTION.test(question);
        claims.push({ subjects: who, relation: 'multiple', value: factor, other: since && facts.beforeAction(who[0]!, metric) !== undefined ? 'before' : 'baseline', metric, trend, heading, polarity: true, q: { key: 'ratio', value: factor, index: m.index!, span: m[0], role: 'current' }, ...tidy(m[0], unit.start + m.index!) });
      }
      // "dropped 20-fold, from 4.8 s to 620 ms": the sentence's own from-and-to figures give the factor.
      const from = found.find((q) => q.role === 'previous');
      const to = from && found.find((q) => q.key === from.key && q.index > from.index && q.role === 'current');
      // (Only a pair of the factor's own metric, right beside it: "7x its baseline and scaling from 1 to 2" pairs nothing.)
      // ("fell from 4804.4 ms to 624.3 ms, about a twentyfold improvement": or just before it, the factor summing up the pair.)
      const summed = (c: FigureClaim) => !!to && to.index < c.q.index && /^\s*[,:—–-]?\s*(?:(?:that['’]?s|i\.e\.|or|so|which is)\s+)?(?:(?:about|around|roughly|nearly|almost|some|close to|~)\s*)?(?:a|an)?\s*$/i.test(text.slice(to.index + to.span.length, c.q.index));
      if (from && to) for (const c of claims.slice(firstClaim)) if (c.relation === 'multiple' && c.metric === from.key && ((from.index > c.q.index && from.index - c.q.index <= 40 && !/[();]|\band\b|\bbut\b/i.test(text.slice(c.q.index, from.index))) || summed(c))) c.pair = [from.value, to.value];
    }
    return claims;
  },
  check(claim, { facts, doc, question, questionServices }) {
    const q = claim.q;
    // "up roughly 45 % in two minutes": a change, held to what the metrics series shows from any earlier reading (or the one before this turn's action) to now.
    if (q.key === 'changePct' && claim.metric) {
      const s = claim.subjects.length === 1 ? claim.subjects[0]! : undefined;
      const o = s ? facts.observedOf(s, claim.metric) : undefined;
      const now = o ? [...o.current, ...o.series.slice(-1)][0] : undefined;
      const then = o ? [...o.series.slice(0, -1), ...o.previous, ...[facts.beforeAction(s!, claim.metric)].filter((v): v is number => v !== undefined)] : [];
      if (now !== undefined && then.length) {
        const changes = then.filter((v) => v > 0).map((v) => (Math.abs(now - v) / v) * 100);
        if (changes.some((c) => Math.abs(c - claim.value) <= Math.max(3, c * 0.2))) return undefined;
        return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Says ${s}'s ${LABEL[claim.metric]} changed by ${claim.span}.`, fact: `From the readings of the turn to now: ${changes.map((c) => `${Math.round(c)} %`).join(', ')} (${facts.sourceOf(s!)}).` };
      }
    }
    if (q.key === 'uptimePct' || q.key === 'changePct' || q.key === 'window') {
      const what = q.key === 'uptimePct' ? 'an availability figure' : q.key === 'changePct' ? 'a before/after change' : 'history beyond the last hour';
      return { kind: 'unsupported_claim', severity: 'error', span: claim.span, start: claim.start, message: `States ${what}; no tool reports that.`, fact: 'The tools report the current state and at most the last 60 minutes of metrics.' };
    }
    if (claim.relation === 'direction') {
      const s = claim.subjects[0]!;
      const series = facts.observedOf(s, claim.metric!).series;
      if (series.length < 3) return undefined;
      // The last third of the series against the first third: a clear move one way, not noise.
      const third = Math.max(1, Math.floor(series.length / 3));
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      const early = mean(series.slice(0, third));
      const late = mean(series.slice(-third));
      const now = facts.observedOf(s, claim.metric!).current[0] ?? series.at(-1)!;
      const change = (Math.max(late, now) - early) / Math.max(Math.abs(early), 1e-9);
      const fall = (early - Math.min(late, now)) / Math.max(Math.abs(early), 1e-9);
      if (claim.value === -1 && change > 0.1 && now >= series.at(-1)! * 0.98 && late > early) return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Says ${s}'s ${LABEL[claim.metric!]} is falling.`, fact: `The metrics series rises from about ${Math.round(early)} to ${Math.round(now)} (${facts.sourceOf(s)}).` };
      // Flat: the latest readings (the last three and now) within 6 % of each other.
      if (claim.value === 0) {
        const recent = [...series.slice(-3), now];
        const spread = (Math.max(...recent) - Math.min(...recent)) / Math.max(Math.abs(Math.min(...recent)), 1e-9);
        if (spread <= 0.06) return undefined;
        return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Says ${s}'s ${LABEL[claim.metric!]} has stopped moving.`, fact: `The metrics series moves from about ${Math.round(series.at(-2)!)} to ${Math.round(now)} over its last readings (${facts.sourceOf(s)}).` };
      }
      if (claim.value === 1 && fall > 0.1 && now <= series.at(-1)! * 1.02 && late < early) return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Says ${s}'s ${LABEL[claim.metric!]} is rising.`, fact: `The metrics series falls from about ${Math.round(early)} to ${Math.round(now)} (${facts.sourceOf(s)}).` };
      return undefined;
    }
    if (claim.relation === 'comparison') {
      const metric = claim.metric!;
      const s = claim.subjects[0]!;
      // The value now: a status or metrics figure, or the one figure the tools' prose gives (a diagnostics finding).
      const now = (n: string) => {
        const o = facts.observedOf(n, metric);
        return o.current[0] ?? (new Set(o.prose).size === 1 ? o.prose[0] : undefined);
      };
      const a = now(s);
      const b = now(claim.other!);
      if (a === undefined || b === undefined || a === b) return undefined;
      // Lower latency or error rate is better; "worse" means the bigger figure for those, the smaller for traffic it would be ambiguous.
      if ((a > b) === (claim.value === 1)) return undefined;
      return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Says ${s} has ${claim.value === 1 ? 'more' : 'less'} ${LABEL[metric]} than ${claim.other}.`, fact: `${s} ${LABEL[metric]}: ${a}; ${claim.other}: ${b}.` };
    }
    if (claim.relation === 'superlative') {
      const metric = claim.metric!;
      // A stopped service has no uptime to be the shortest (its 0 s is not a run).
      const values = facts.names.map((n) => [n, facts.rankingFigure(n, metric)] as const).filter(([, v]) => !(metric === 'uptimeSec' && claim.value === -1 && v === 0));
      // Only when every service's figure is known (this turn's tools, else the fleet's own).
      if (values.some(([, v]) => v === undefined)) return undefined;
      const sorted = [...values].sort((a, b) => (claim.value === 1 ? b[1]! - a[1]! : a[1]! - b[1]!));
      const top = sorted[0]!;
      const s = claim.subjects[0]!;
      const mine = values.find(([n]) => n === s)![1]!;
      if (s === top[0] || mine === top[1]) return undefined;
      return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Says ${s} is the ${claim.other} (${LABEL[metric]}).`, fact: `${top[0]} ${LABEL[metric]}: ${top[1]}; ${s}: ${mine}.` };
    }
    if (claim.relation === 'multiple') {
      const metric = claim.metric;
      if (claim.pair && claim.pair[0] > 0 && claim.pair[1] > 0) {
        // The factor is held to the answer's own two figures (each of which is checked on its own).
        const actual = Math.max(...claim.pair) / Math.min(...claim.pair);
        const said = claim.value < 1 ? 1 / claim.value : claim.value;
        if (close('ratio', said, actual)) return undefined;
        return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Says ${claim.span}, but its own figures (${claim.pair[0]} to ${claim.pair[1]}) are a factor of ${actual.toFixed(1)}.`, fact: `${Math.max(...claim.pair)} / ${Math.min(...claim.pair)} = ${actual.toFixed(2)}.` };
      }
      if (claim.other === 'before' && metric) {
        const s = claim.subjects[0]!;
        const then = facts.beforeAction(s, metric);
        const now = facts.observedOf(s, metric).current[0];
        if (then === undefined || now === undefined || then === 0) return undefined;
        const actual = now / then;
        // A factor below one ("halved") is compared as its inverse: a tenth of 0.3 is not the rounding of a half it would be.
        // "-fold" says how much, not which way ("cut fourfold", "grew fourfold"); "doubled" and "halved" say both.
        const either = /fold$/i.test(claim.span);
        const inverse = (v: number) => (v > 0 ? 1 / v : Infinity);
        if (claim.value < 1 ? actual > 0 && close('ratio', 1 / claim.value, 1 / actual) : close('ratio', claim.value, actual) || (either && actual > 0 && actual < 1 && close('ratio', claim.value, inverse(actual)))) return undefined;
        return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Says ${s}'s ${LABEL[metric]} ${claim.span}.`, fact: `${s} ${LABEL[metric]}: ${then} before this turn's action, ${now} now (a factor of ${actual.toFixed(2)}).` };
      }
      for (const s of claim.subjects) {
        if (claim.other === 'baseline') {
          let known = facts.observedOf(s, 'ratio').prose;
          // The tools' "2.7x its baseline" is about one metric: a multiple of another metric's baseline is read from that metric's figures too.
          if (known.length && metric) {
            const o = facts.observedOf(s, metric);
            const now = [...o.current, ...o.prose][0];
            if (now !== undefined) known = [...known, ...o.baseline.map((b) => Math.round((now / b) * 10) / 10)];
          }
          if (!known.length) {
            // "about 200 times its baseline" with no ratio in the tools' words: the figure over the baseline they state.
            const keys = (metric ? [metric] : (['errorRate', 'latencyMs', 'cpuPct', 'memoryMb', 'requestsPerSec'] as MetricKey[])).filter((k) => {
              const o = facts.observedOf(s, k);
              return o.baseline.length > 0 && [...o.current, ...o.prose].length > 0;
            });
            if (keys.length !== 1) {
              // "model-a's latency is 8.2x its baseline" when the tools say 8.2x of model-b, and nothing of the kind of model-a (healthy): the other's figure.
              const theirs = facts.names.find((n) => n !== s && facts.observedOf(n, 'ratio').prose.some((v) => close('ratio', claim.value, v)));
              const state = facts.state(s);
              if (theirs && !keys.length && facts.reports(s) && state && isHealthy(state)) return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Gives ${s} the ${claim.span} of ${theirs}.`, fact: `The tools give ${theirs} ${facts.observedOf(theirs, 'ratio').prose.map((v) => `${v}x`).join(', ')} its baseline; ${s} is ${describeService(state)} (${facts.sourceOf(s)}).` };
              continue;
            }
            const o = facts.observedOf(s, keys[0]!);
            const now = (o.current.length ? o.current : o.prose)[0]!;
            known = o.baseline.map((b) => Math.round((now / b) * 10) / 10);
          }
          if (!known.length || known.some((v) => close('ratio', claim.value, v))) continue;
          return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: /(?:ed|fold)$/i.test(claim.span) ? `Says ${s}'s figure ${claim.span} against its baseline.` : `Says ${s} is ${claim.span}.`, fact: `The tools say ${known.map((v) => `${v}x`).join(', ')} its baseline.` };
        }
        if (!metric) return undefined;
        const a = facts.observedOf(s, metric).current[0];
        const b = facts.observedOf(claim.other!, metric).current[0];
        if (a === undefined || b === undefined || b === 0) continue;
        const fasterWay = metric === 'latencyMs' && /\bfaster|quicker\b/i.test(claim.span);
        const actual = fasterWay ? b / a : a / b;
        if (close('ratio', claim.value, actual) || (claim.value === 0.5 && close('ratio', 0.5, actual))) continue;
        return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Says ${s} has ${claim.span} ${claim.other}.`, fact: `${s} ${LABEL[metric]}: ${a}; ${claim.other}: ${b} (a ratio of ${actual.toFixed(2)}).` };
      }
      return undefined;
    }
    const key = q.key as MetricKey;
    if (q.role === 'baseline' && claim.value > 0 && !q.bound) {
      // "against a 1500 ms baseline": the normal level the tools state for that service (or the only one they state one for).
      const withBaseline = facts.names.filter((n) => facts.observedOf(n, key).baseline.length);
      const whose = claim.subjects.filter((n) => withBaseline.includes(n));
      const targets = whose.length ? whose : !claim.subjects.length || claim.subjects.every((n) => !facts.reports(n)) ? (withBaseline.length === 1 ? withBaseline : []) : [];
      for (const s of targets) {
        const known = facts.observedOf(s, key).baseline;
        if (known.some((v) => close(key, claim.value, v, undefined, q.vague))) continue;
        // "typically responds in 5.1 s": "typically" may describe the present, so a figure that is the value now is not called a wrong baseline.
        if (facts.observedOf(s, key).current.some((v) => agrees(q, claim.value, v))) continue;
        return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `${claim.span} is not the baseline the tools give for ${s}.`, fact: `${s} baseline ${LABEL[key] ?? key}: ${known.map((v) => (key === 'errorRate' ? `${Math.round(v * 1000) / 10}%` : String(v))).join(', ')} (${facts.sourceOf(s)}).` };
      }
      return undefined;
    }
    if (q.role === 'rate') {
      for (const s of claim.subjects.length ? claim.subjects : facts.names.filter((n) => facts.memoryGrowthPerMinute(n) !== undefined).slice(0, 1)) {
        const slope = facts.memoryGrowthPerMinute(s);
        if (slope === undefined || Math.abs(slope) < 1) continue;
        if (claim.value / Math.abs(slope) >= 0.7 && claim.value / Math.abs(slope) <= 1.4) continue;
        // A rate over part of the series ("700 MB in 50 seconds", the last minute) may be steeper or flatter than the whole.
        const range = facts.memoryGrowthRange(s);
        const [low, high] = claim.q.vague ? [0.5, 2] : [0.7, 1.4];
        if (range && claim.value >= Math.abs(range[0]) * low && claim.value <= Math.abs(range[1]) * high && Math.sign(range[1]) === Math.sign(slope)) continue;
        return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Says ${s}'s memory changes by ${claim.span}.`, fact: `Over the metrics series ${s}'s memory changed by about ${Math.round(slope)} MB a minute (${facts.sourceOf(s)}).` };
      }
      return undefined;
    }
    if (q.role === 'headroom') return headroomFinding(claim, facts);
    if (q.role === 'change' && key) {
      const gap = gapFinding(claim, key, facts);
      if (gap) return gap;
    }
    // (A change the answer worked out from its own two figures is checked through them.)
    // "mcp-server had 3 replicas before the scale-down": an earlier replica count is held to the earlier counts the tools give ("scaling from 2 to 1", a reading before the action), when they give one.
    if (q.role === 'previous' && key === 'replicas' && claim.subjects.length === 1 && !claim.heading) {
      const s = claim.subjects[0]!;
      const o = facts.observedOf(s, key);
      const then = facts.beforeAction(s, key);
      const earlier = [...o.previous, ...(then !== undefined ? [then] : [])];
      if (earlier.length && ![...earlier, ...o.series, ...facts.readingsOf(s, key)].some((v) => agrees(q, claim.value, v, undefined))) {
        return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Says ${s} had ${claim.span} before.`, fact: `${s} replicas before: ${[...new Set(earlier)].join(', ')} (${facts.sourceOf(s)}).` };
      }
      return undefined;
    }
    // "Its error rate was 23.8 % before the flush": an earlier figure of another metric, said plainly of one service, fits some figure the turn gives of that metric (a reading, a series point, the tools' prose, the baseline).
    if (q.role === 'previous' && key !== 'replicas' && claim.subjects.length === 1 && !claim.heading && !claim.loose) {
      const s = claim.subjects[0]!;
      const o = facts.observedOf(s, key);
      const then = facts.beforeAction(s, key);
      const any = [...o.previous, ...o.current, ...o.prose, ...o.series, ...o.baseline, ...o.target, ...facts.readingsOf(s, key), ...(then !== undefined ? [then] : [])];
      // (A figure written to a decimal, "23.8 %", is that figure, not a rounding of 29.2 %.)
      const decimals = /\d\.(\d+)\s*(%|(?:percent|per cent|ms)\b)/i.exec(q.span);
      const precise = q.precise ?? (decimals && !q.bound && !q.vague ? 0.5 / 10 ** decimals[1]!.length / (/ms/i.test(decimals[2]!) ? 1 : 100) : undefined);
      // ("fell tenfold, from roughly 450 ms to 45 ms": with no earlier reading in the turn, the start of the answer's own from-to is checked through its factor.)
      const fromTo = /\bfrom\s+(?:(?:about|roughly|around|under|over|nearly|almost|just)\s+|~)?$/i.test(doc.text.slice(Math.max(0, claim.start - 30), claim.start));
      const earlierReading = o.series.length > 0 || o.previous.length > 0 || then !== undefined;
      if (any.length && (!fromTo || earlierReading) && !any.some((v) => agrees(q, claim.value, v, precise))) {
        return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Says ${s}'s earlier ${LABEL[key] ?? key} was ${claim.span}.`, fact: `${s} ${LABEL[key] ?? key} in this turn's tools: ${[...new Set(any)].join(', ')} (${facts.sourceOf(s)}).` };
      }
    }
    if (q.role === 'baseline' || q.role === 'previous' || q.role === 'proposal' || q.role === 'change') return undefined;
    // "falling back toward 0.2 %": a level it is heading to, other than a replica count being scaled to, is a forecast, not a reading.
    if (q.role === 'target' && key !== 'replicas') return undefined;
    if (claim.relation === 'sum') {
      const values = claim.subjects.map((s) => facts.observedOf(s, key).current[0]);
      if (values.some((v) => v === undefined)) return undefined;
      const total = (values as number[]).reduce((a, b) => a + b, 0);
      if (agrees(q, claim.value, total) || claim.subjects.some((s) => facts.observedOf(s, key).current.some((v) => agrees(q, claim.value, v)))) return undefined;
      // "The remaining five are on one replica, 11 in all": a total after a clause about some services may be the whole fleet's.
      const fleet = facts.names.map((s) => facts.observedOf(s, key).current[0]);
      if (fleet.every((v) => v !== undefined) && agrees(q, claim.value, (fleet as number[]).reduce((a, b) => a + b, 0))) return undefined;
      return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Says ${claim.subjects.join(' and ')} together have ${claim.span}.`, fact: `${claim.subjects.map((s, i) => `${s} ${values[i]}`).join(' + ')} = ${Math.round(total * 100) / 100} ${LABEL[key] ?? key}.` };
    }
    if (!claim.subjects.length && facts.fromTools) {
      // A figure without a subject in a turn whose tools report that figure for one service only is about that service.
      const reported = facts.names.filter((n) => facts.observedOf(n, key).current.length > 0);
      if (reported.length === 1 && !facts.names.some((n) => n !== reported[0] && facts.observedOf(n, key).prose.length)) claim = { ...claim, subjects: reported };
    }
    if (!claim.subjects.length) {
      const any = facts.names.some((n) => {
        const o = facts.observedOf(n, key);
        return [...o.current, ...o.prose].some((v) => close(key, claim.value, v, q.bound, q.vague));
      });
      return any ? undefined : { kind: 'unsupported_claim', severity: 'warning', span: claim.span, start: claim.start, message: `Could not tell which service ${claim.span} is about.` };
    }
    let unchecked: GroundingFinding | undefined;
    for (const s of claim.subjects) {
      const o = facts.observedOf(s, key);
      // (A figure pinned to now, when a status gives the current reading, is held to it: an older log line does not back it.)
      const known = claim.now && o.current.length ? [...o.current] : [...o.current, ...o.prose];
      // "about 1.5 req/s per replica": the service's figure shared among its replicas.
      if (key !== 'replicas' && PER_REPLICA.test((claim.sentence ?? '').slice(q.index + q.span.length, q.index + q.span.length + 24))) {
        const counts = [...facts.observedOf(s, 'replicas').current].filter((n) => n > 0);
        known.push(...known.flatMap((v) => counts.map((n) => v / n)));
      }
      // (A figure pinned to now in a sentence about a trend is the latest reading, not any point of the series.)
      if (claim.trend && claim.now) known.push(...o.series.slice(-1));
      else if (claim.trend) known.push(...o.series);
      if (claim.trend && !claim.now && o.series.length) known.push(o.series.reduce((a, b) => a + b, 0) / o.series.length);
      if (claim.heading || q.role === 'target') known.push(...o.target);
      // "about 2 requests a second fail", "roughly 120 failing a minute": the failing share of the traffic is its rate times the error rate (a minute is 60 of its seconds).
      if (key === 'requestsPerSec' && /\b(?:fail\w*|error(?:s|ing)?|erroring|5xx|500s|broken|rejected|dropped)\b/i.test(`${claim.sentence ?? ''} ${claim.column ?? ''}`)) {
        const err = facts.observedOf(s, 'errorRate');
        const share = [...err.current, ...err.prose].filter((e) => e > 0 && e < 1 && !err.baseline.some((b) => Math.abs(b * 100 - e) < 1e-9 || Math.abs(b - e) < 1e-9));
        for (const rps of o.current) for (const e of share) known.push(rps * e, rps * e * 60);
      }
      // Said of a moment before this turn's action: any reading of the turn may be that moment (the one before the action above all).
      if (q.past) {
        known.push(...o.previous, ...o.series, ...facts.readingsOf(s, key));
        const then = facts.beforeAction(s, key);
        if (then !== undefined) known.push(then);
      }
      // "scale it to 3 replicas" with no scale under way is a proposal: there is no target to hold it to.
      if (q.role === 'target' && !o.target.length) continue;
      // A figure given to the digit is held to it only when its owner is plain; with a guessed owner, rounding is the kinder reading.
      // "memory now: 86 %" for 88.1 %: a percentage marked as now and given to the unit (not a round 5, not hedged) is rounded to the unit, not to 5.
      const toTheUnit = claim.now && (key === 'cpuPct' || key === 'memoryPct') && !q.bound && !q.vague && /^\d+\s*%$/.test(q.span) && claim.value % 5 !== 0 && !/\b(?:about|around|roughly|approximately|approx|nearly|almost|some|close to|over|under|just|near|~|≈)\s*$/i.test((claim.sentence ?? '').slice(0, q.index));
      if (toTheUnit && o.current.length && !o.current.some((v) => Math.abs(v - claim.value) <= 1.5)) {
        return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `${claim.span} is not ${s}'s ${LABEL[key] ?? key} now.`, fact: `${s} ${LABEL[key] ?? key}: ${o.current.join(', ')} (${facts.sourceOf(s)}).` };
      }
      // "ai-agent (52.1 % errors)" when 52.1 % is mcp-server's reading to the digit and ai-agent's is 53.0 %: a figure copied onto the wrong owner, not a rounding.
      const copiedFrom = q.precise !== undefined && claim.plain && !claim.trend && !q.past && !q.bound && !q.vague && known.length && !known.some((v) => agrees(q, claim.value, v, q.precise)) ? facts.names.find((n) => n !== s && [...facts.observedOf(n, key).current, ...facts.observedOf(n, key).prose].some((v) => agrees(q, claim.value, v, q.precise))) : undefined;
      if (copiedFrom) return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `${claim.span} is ${copiedFrom}'s figure, not ${s}'s.`, fact: `${s} ${LABEL[key] ?? key}: ${known.slice(0, 3).map((v) => (key === 'errorRate' ? `${Math.round(v * 1000) / 10}%` : String(Math.round(v * 100) / 100))).join(', ')}; ${copiedFrom}: ${[...facts.observedOf(copiedFrom, key).current, ...facts.observedOf(copiedFrom, key).prose].slice(0, 3).map((v) => (key === 'errorRate' ? `${Math.round(v * 1000) / 10}%` : String(Math.round(v * 100) / 100))).join(', ')} (${facts.sourceOf(s)}).` };
      // (So is one pinned to now in a trend, its owner named in the sentence: "currently holds 6778.6 MB, up from …" is the latest reading to the digit.)
      if (known.some((v) => agrees(q, claim.value, v, (claim.trend && !claim.now) || !(claim.tight || (claim.now && claim.plain)) ? undefined : q.precise))) continue;
      if (known.length === 0) {
        if (q.role === 'limit' || key === 'memoryLimitMb') continue;
        // "mcp-server now runs three replicas" when the scale to three was refused: the outcome of an action that did not happen.
        const refused = key === 'replicas' && facts.calls.find((c) => c.name === 'scale_service' && c.isError && c.arguments?.service === s && Number(c.arguments?.replicas) === claim.value);
        // (Not when the sentence tells of the refusal: "the scale to 3 was refused, so it does not have 3 replicas".)
        const sentence = doc.text.slice(Math.max(0, doc.text.lastIndexOf('.', claim.start) + 1), claim.start + claim.span.length + 40).split(/[.!?](?:\s|$)/)[0]!;
        if (refused && !facts.succeeded((n) => n === 'scale_service', s) && !/\balready\b/i.test(JSON.stringify(refused.result ?? '')) && !/\b(refus|reject|fail|den(?:y|ied)|turned down|declin|not\b|n['’]t\b|unable|cannot|could ?not|would|if\b|wanted|asked|requested|tried|attempt)/i.test(sentence)) {
          return { kind: 'unperformed_action', severity: 'error', span: claim.span, start: claim.start, message: `Says ${s} has ${claim.span}, the outcome of a scale that was refused.`, fact: `scale_service for ${s} failed (isError): ${JSON.stringify(refused.result ?? '').slice(0, 120)}` };
        }
        // "Scale web-ui, mcp-server and ai-agent to 1" → "all three now run a single replica" when no scale of ai-agent was made: the asked-for outcome of an action never taken.
        const said = claim.sentence ?? '';
        const unasked = key === 'replicas' && (claim.now || /\b(?:now|currently)\b/i.test(said)) && !/\b(?:will|would|once|when|until|should|could|can|after|going to|if|not|n['’]t)\b/i.test(said) && !q.past && !q.bound && !q.vague && questionServices.includes(s) && /\bscal\w*\b/i.test(question) && facts.fromTools && !facts.calls.some((c) => c.name === 'scale_service' && c.arguments?.service === s);
        const before = unasked ? facts.fleet.services.find((x) => x.name === s)?.replicas : undefined;
        if (before !== undefined && before !== claim.value) {
          return { kind: 'unperformed_action', severity: 'error', span: claim.span, start: claim.start, message: `Says ${s} now runs ${claim.span}; no scale of ${s} was made this turn.`, fact: `No scale_service call for ${s} this turn; ${s} runs ${before} replica(s) in the fleet's current state.` };
        }
        // (Nor a figure in a sentence about a request or a refusal: "the request for 3 replicas was turned down".)
        const fallback = /\b(refus|reject|den(?:y|ied)|turned down|declin|unable|cannot|could ?not|would|if\b|wanted|asked|(?:the|a|my|its) request\b|requested|tried|attempt)/i.test(sentence) ? null : fleetFinding(claim, s, key, facts);
        if (fallback) return fallback;
        // (A figure said of a group is held to each one whose figure is known: one with none does not end the check.)
        if (fallback === null) unchecked ??= { kind: 'unsupported_claim', severity: 'warning', span: claim.span, start: claim.start, message: `Could not check ${claim.span} for ${s}: no tool reported it this turn.` };
        continue;
      }
      if (key === 'memoryLimitMb' && !o.current.length && !o.prose.length) continue;
      const elsewhere = claim.loose?.find((x) => x !== s && [...facts.observedOf(x, key).current, ...facts.observedOf(x, key).prose].some((v) => agrees(q, claim.value, v)));
      if (elsewhere) return { kind: 'unsupported_claim', severity: 'warning', span: claim.span, start: claim.start, message: `Could not tell whether ${claim.span} is said of ${s} or of ${elsewhere} (it fits ${elsewhere}).` };
      const stale = o.previous.some((v) => close(key, claim.value, v));
      const pending = o.target.some((v) => close(key, claim.value, v));
      const shown = (o.current.length ? o.current : known).slice(0, 3).map((v) => (key === 'errorRate' ? `${Math.round(v * 1000) / 10}%` : String(Math.round(v * 100) / 100)));
      return {
        kind: 'contradicted_fact',
        severity: 'error',
        span: claim.span,
        start: claim.start,
        message: stale
          ? `${claim.span} is what ${s} had before, not what it has now.`
          : pending
            ? `${claim.span} is where ${s} is heading; the change has not finished.`
            : `${claim.span} for ${s} matches no figure the tools report.`,
        fact: `${s} ${LABEL[key] ?? key}: ${shown.join(', ')} (${facts.sourceOf(s)}).`,
      };
    }
    return unchecked;
  },
};

/**
 * A figure no tool of the turn reported, held to the fleet's own (the fallback
 * truth): undefined when it agrees, a finding when it does not, null when the
 * fleet has no such figure either. A trend or a moment before an action may
 * be another reading than the fleet's now, so only a figure said of now is held.
 */
function fleetFinding(claim: FigureClaim, s: string, key: MetricKey, facts: Facts): GroundingFinding | undefined | null {
  const q = claim.q;
  const v = facts.fleetFigure(s, key);
  // Only a reading of now, plainly owned, in a sentence that does not say the state is changing ("once the scale lands").
  if (v === undefined || q.past || q.role !== 'current' || !claim.plain || claim.heading || key === 'uptimeSec') return null;
  const before = (claim.sentence ?? '').slice(0, q.index);
  const after = (claim.sentence ?? '').slice(q.index + q.span.length);
  // "not yet back to 0.2 %", "no longer at 4 replicas": a figure under a negation is not said to be the value.
  if (/\b(?:not|n['’]t|no longer|never|yet|without|instead of|rather than)\b[^.;]*$/i.test(before)) return null;
  // A difference or a change, not a level: "30 % above", "up by 2", "a drop of 40 %", "80 MB a minute", "1 GB left".
  if (/^\s*(?:more|less|fewer|above|below|over|under|higher|lower|up|down|faster|slower|worse|better|of (?:head)?room|headroom|left|short|off|extra|per|a (?:minute|second|cycle|request)|each|every|an? (?:hour|minute))\b/i.test(after) || /\b(?:by|of)\s+(?:about\s+|around\s+|roughly\s+|some\s+|~)?$/i.test(before)) return null;
  // A trend's words may quote any reading of the series; only where it ended ("dropped to 0.2 %", "back to …") is now.
  if (claim.trend && !/\b(?:to|back to|down to|now(?: at)?)\s+(?:the\s+|its\s+)?(?:usual\s+|normal\s+|typical\s+)?(?:about\s+|around\s+|roughly\s+|~)?$/i.test((claim.sentence ?? '').slice(0, q.index))) return null;
  // A megabyte figure that is not the service's memory ("gc reclaims 4 MB a cycle") is common; only one right after its owner is held.
  if (key === 'memoryMb' && !claim.tight) return null;
  // "scaled out to three": the outcome of an action claim, which the actions module holds to the calls.
  if (/\b(?:scal\w*|resiz\w*|bump\w*|grow\w*|shr[iu]nk\w*)\s+(?:\w+\s+)?(?:to|from)\s+$/i.test((claim.sentence ?? '').slice(0, q.index))) return null;
  if (agrees(q, claim.value, v)) return undefined;
  const o = facts.observedOf(s, key);
  if (o.target.some((t) => close(key, claim.value, t))) {
    // The target of a change under way, listed as such ("in_progress: … replicas: 4"), is not said as done.
    if (!/\b(?:now|already|currently|done|complete[ds]?|finished|resolved|sorted|fixed)\b/i.test(claim.sentence ?? '')) return undefined;
    return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `${claim.span} is where ${s} is heading; the change has not finished.`, fact: `${s} ${LABEL[key] ?? key}: ${v} in the fleet's current state, heading to ${o.target.join(', ')}.` };
  }
  // The figure of another service the answer names ("| ai-agent | 1597.3 ms |" holding model-a's): said of the wrong row.
  const theirs = facts.names.find((n) => n !== s && [...facts.observedOf(n, key).current, ...facts.observedOf(n, key).prose].some((x) => agrees(q, claim.value, x)));
  const shown = key === 'errorRate' ? `${Math.round(v * 1000) / 10}%` : String(Math.round(v * 100) / 100);
  return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: theirs ? `${claim.span} is ${theirs}'s figure, not ${s}'s.` : `${claim.span} for ${s} is not its figure: no tool reported it this turn, and the fleet's current state differs.`, fact: `${s} ${LABEL[key] ?? key}: ${shown} (the fleet's current state).` };
}

/** "3347.8 MB more than model-b": the gap between two services' readings now, when the tools give one of each. */
function gapFinding(claim: FigureClaim, key: MetricKey, facts: Facts): GroundingFinding | undefined {
  const s = claim.subjects.length === 1 ? claim.subjects[0]! : undefined;
  const after = (claim.sentence ?? '').slice(claim.q.index + claim.q.span.length);
  const m = /^\s*(?:more|less|fewer|higher|lower|bigger|smaller|greater|larger|faster|slower)\s+than\s+(?:that of\s+|the\s+)?([\w-]+?)(?:['’]s)?\b(?![\w-])/i.exec(after);
  const other = m ? facts.names.find((n) => n === m[1]!.toLowerCase()) : undefined;
  if (!s || !other || other === s) return undefined;
  const [a, b] = [facts.observedOf(s, key).current, facts.observedOf(other, key).current];
  if (a.length !== 1 || b.length !== 1) return undefined;
  const gap = Math.abs(a[0]! - b[0]!);
  if (gap === 0 || agrees(claim.q, claim.value, gap) || Math.abs(claim.value - gap) <= gap * 0.1) return undefined;
  return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Says ${s} and ${other} are ${claim.span} apart.`, fact: `${s} ${LABEL[key] ?? key}: ${a[0]}; ${other}: ${b[0]} (a gap of ${Math.round(gap * 100) / 100}).` };
}

/** "2.5 GB of headroom": the limit less the usage, when the tools give both; nothing to say otherwise. */
function headroomFinding(claim: FigureClaim, facts: Facts): GroundingFinding | undefined {
  const q = claim.q;
  for (const s of claim.subjects) {
    const seen = (k: MetricKey) => [...facts.observedOf(s, k).current, ...facts.observedOf(s, k).prose];
    const known = q.key === 'memoryPct' ? seen('memoryPct').map((p) => 100 - p) : seen('memoryLimitMb').flatMap((l) => seen('memoryMb').map((u) => l - u));
    // Room left is often worked out from rounded figures ("8 GB less 7.2 GB"), so it gets a margin; a figure in words a wider one.
    const roomy = (v: number) => (q.vague || q.bound ? close(q.key, claim.value, v, q.bound, true) : v > 0 && claim.value / v >= 0.8 && claim.value / v <= 1.25);
    if (!known.length || known.some((v) => agrees(q, claim.value, v) || roomy(v))) continue;
    return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Says ${s} has ${claim.span} left below its limit.`, fact: `${s}: ${known.map((v) => Math.round(v)).join(', ')} ${q.key === 'memoryPct' ? '%' : 'MB'} left (its limit less its usage, ${facts.sourceOf(s)}).` };
  }
  return undefined;
}
