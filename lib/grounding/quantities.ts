import { NUMBER, parseNumber } from './text';

/**
 * Figures as people write them ("4.2 s", "ninety-one per cent CPU", "two
 * replicas", "910 MB of its 1 GB limit", "up for about a day"), each read as
 * the metric it claims and the role it plays (the value now, a limit, a
 * baseline, what it was before, what it is heading to). Used on answers and on
 * the prose of tool results (diagnostics findings, log lines) alike.
 */
export type MetricKey =
  | 'replicas'
  | 'latencyMs'
  | 'cpuPct'
  | 'memoryPct'
  | 'memoryMb'
  | 'memoryLimitMb'
  | 'errorRate'
  | 'requestsPerSec'
  | 'uptimeSec';

export type QuantityKey = MetricKey | 'uptimePct' | 'changePct' | 'window' | 'ratio';

/** rate: a change per minute ("300 MB a minute"), checked against the slope of the metrics series. */
/** headroom: what is left below the limit ("2.5 GB of headroom"), checked as the limit less the usage. */
export type QuantityRole = 'current' | 'limit' | 'baseline' | 'previous' | 'target' | 'rate' | 'headroom' | 'proposal' | 'change';

/** "scale it to 3", "restart and scale to 2": the bare verb proposes a count; nothing is claimed of the service. */
const PROPOSED = /\b(?<!(?:is|are|be|been|was|being|currently|now)\s+)scale\s+(?:(?:it|them|[\w-]+)\s+)?(?:up\s+|out\s+|down\s+|back\s+)?to\s*(?:about\s+)?$/i;

/** Words that make a size or share the room left below a limit rather than the usage. */
const HEADROOM_AFTER = /^\s*(?:(?:is|are)\s+(?:still\s+)?(?=left|free|spare|remaining|unused))?\s*(?:of\s+)?(?:its\s+|the\s+|their\s+)?(?:memory\s+|ram\s+|limit\s+)?(?:headroom|free|spare|left|remaining|to spare|unused|of room|room|(?:would |will |only )?lasts?)\b/i;
// ("Headroom is 976 MB", "headroom: ~1 GB", "the headroom stands at 900 MB": a copula or colon between the word and the figure.)
const HEADROOM_BEFORE = /\b(?:headroom|leaving|leaves|left with|free|spare|remaining|room for|room of)\s*(?:of\s+|(?:is|was|:|=|stands at|sits at|comes to|is down to|is now|is still)\s*)?(?:about\s+|roughly\s+|around\s+|just\s+|only\s+|~\s*)?$/i;
/** "976 MB (about 12%) of headroom": a restatement in brackets between the figure and its cue is read past. */
export const isHeadroom = (text: string, index: number, end: number) =>
  HEADROOM_AFTER.test(text.slice(end, end + 60).replace(/^\s*\([^)]{0,30}\)/, '').replace(/^\s*\)/, '')) || HEADROOM_BEFORE.test(text.slice(Math.max(0, index - 30), index));

export interface Quantity {
  key: QuantityKey;
  value: number;
  span: string;
  /** Offset of the span in the text it was read from. */
  index: number;
  role: QuantityRole;
  /** "under 20 ms" is an upper bound, "over 90 %" a lower one. */
  bound?: 'max' | 'min';
  /** Whether the bound excludes the figure itself ("more than one replica" is two or more; "at least one" one or more); unset when the words do not say. */
  strict?: boolean;
  /** A figure in words that people use loosely ("half a second" for 600 ms): checked within a wider margin. */
  vague?: boolean;
  /** Said of a moment before now ("before the scale it had …"): checked against every reading of the turn, not only the latest. */
  past?: boolean;
  /** Half a unit of the last digit given, in the metric's own unit ("0.2 GB" → 51 MB, "0 s" → 500 ms): any value that rounds to the figure as written agrees with it. */
  grain?: number;
  /** Half a unit of the last digit given ("52.1 %" → 0.05 %, as a rate 0.0005): a figure stated that precisely, in the tools' own unit and unhedged, is held to it. */
  precise?: number;
}

const N = NUMBER;
const AMOUNT = `(${N}|half an?|an?|a few|few|several|a couple(?: of)?)`;
/** How people hedge a duration: "a bit over two days", "just shy of an hour", "well under a minute". */
const DURATION_QUALIFIER = '(?:a (?:bit|little|touch) (?:over|under|more than|less than)|just (?:over|under|shy of)|well (?:over|under)|a bit|about|around|roughly|nearly|almost|over|under|just|only|barely|a mere|approximately|~|some|more than|less than|at least|not even|close to|upwards of|north of|shy of)';
const DURATION_UNIT = '(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)';
const DURATION_SEC: Array<[RegExp, number]> = [
  [/^s/i, 1], [/^mi/i, 60], [/^h/i, 3600], [/^d/i, 86_400], [/^w/i, 604_800], [/^mo/i, 2_592_000],
];

/** A count and at most two nouns right before "a second": the unit of a rate ("2 failures a second"), not a duration. */
const RATE_COUNT_BEFORE = new RegExp(`(?:^|[^\\w.:])(?:${NUMBER})(?:\\s+(?!(?:of|and|or|in|for|to|from|than|by|under|over|about|around|roughly|nearly|took|takes|take|is|was|s|ms|sec|secs|seconds?|minutes?|mins?)\\b)[a-z]+){0,2}\\s+$`, 'i');

export function durationSeconds(amount: number, unit: string): number {
  const mult = DURATION_SEC.find(([re]) => re.test(unit))?.[1] ?? 1;
  return amount * mult;
}

/** The words of the same clause before `index` (up to a comma, semicolon, colon-less break or bullet). */
function clauseBefore(text: string, index: number, max = 48): string {
  const before = text.slice(Math.max(0, index - max), index);
  const parts = before.split(/[;,(|]|\band\b|\bwhile\b|\bbut\b|\bwhereas\b|\s[-–—]\s/);
  return parts.at(-1)!;
}

function clauseAfter(text: string, end: number, max = 32): string {
  return text.slice(end, end + max).split(/[;,.(|]|\band\b|\bwhile\b|\bbut\b|\s[-–—]\s/)[0]!;
}

/** "from 5782.2 MB up to 7215.9 MB": the end of a change, where "up to" is the direction, not a limit or a bound. */
const CHANGE_END = /\bfrom\s+(?:about\s+|roughly\s+|around\s+|~)?\d[\d.,]*\s*(?:[a-z%]+\s*)?(?:up|down|all the way(?: up| down)?|back(?: up| down)?)\s+to\s*(?:about\s*|roughly\s*|around\s*|~\s*)?$/i;
function changeEnd(text: string, index: number): boolean {
  return CHANGE_END.test(text.slice(Math.max(0, index - 60), index));
}
/** "5782.2 MB at 13:59:40 up to 7215.9 MB", "climbed up to 7.2 GB": "up to" after a figure or a verb of rising is where it rose to, not a cap. */
const RISE_UP_TO = /\bup to\s*(?:about\s*|around\s*|roughly\s*|~\s*)?$/i;
const isRiseUpTo = (before: string) => RISE_UP_TO.test(before) && (/\d\s*(?:mb|mib|gb|gib|%|ms)\b/i.test(before) || /\b(?:went|gone|going|climb\w*|gr[eo]w\w*|rose|risen|rising|jump\w*|crept|creep\w*|shot|spik\w*|ramp\w*|move[ds]?)\s+up to\s*\S*\s*$/i.test(before));

function boundOf(before: string): Quantity['bound'] {
  if (isRiseUpTo(before)) return undefined;
  if (/(under|below|less than|fewer than|lower than|within|at most|no more than|<|≤|up to|below the)\s*(about\s*)?$/i.test(before)) return 'max';
  if (/(over|above|more than|greater than|higher than|exceed(?:s|ing)?|at least|upwards of|north of|>|≥|beyond|in excess of)\s*(about\s*)?$/i.test(before)) return 'min';
  return undefined;
}

const ACTION_DURATION = /\b(restart\w*|reboot\w*|scal(?:e|es|ing)|scale-?(?:out|up|down)|rollback|roll(?:ing)? back|flush\w*|cache clear|clear(?:ing)? the cache|clear_cache|deploy(?:ment)?|recover\w*|complet\w*|finish\w*|done|ready|eta)\b/i;

const LIMIT_WORDS = /\b(limit|limited to|capacity|cap|capped(?: at)?|maxes out at|ceiling|quota|allocat\w*|allowance|allowed(?: to use)?|permitted|entitled to|may use|can use|can grow to|maximum|max|budget|available|reserved|headroom|provisioned|sized (?:at|for)|up to)\b/i;
const BASELINE_WORDS = /\b(baseline|normal(ly)?|usual(ly)?|typical(ly)?|expected|threshold|slo|sla target|target of|budget|healthy value)\b/i;

/**
 * A baseline word before the figure, unless a new subject and verb of the present stand between
 * ("2.7x its normal latency: it's at 5739.6 ms" is the reading, said after the comparison).
 */
function baselineBefore(before: string): boolean {
  const all = [...before.matchAll(new RegExp(BASELINE_WORDS.source, 'gi'))];
  const last = all.at(-1);
  if (!last) return false;
  const between = before.slice(last.index! + last[0].length);
  return !/[:]\s*(?:it|they|this|that|[\w-]+)\s*(?:['’]s|['’]re|is|are|sits|runs|stands)\b|\b(?:it|they)\s*(?:['’]s|['’]re|is|are)\s+(?:now\s+|currently\s+)?(?:at|on|running at|sitting at)\b|\b(?:but|whereas|while)\s+(?:it|they|now)\b/i.test(between);
}

/** Words between "from A to B" and a figure that make it the change: ": about", ", a rise of", "— that's". */
const CHANGE_AFTER = /^\s*(?:[:,—–-]|\(|,?\s*(?:that['’]?s|i\.e\.|so|or)|,?\s*(?:a|an)\s+(?:rise|jump|climb|drop|fall|increase|decrease|change|growth|gain|swing)\s+of|,?\s*(?:up|down)\s+by)\s*(?:(?:about|around|roughly|nearly|almost|some|just over|just under|close to|~|≈)\s*)?$/i;

/** Half a unit of the last digit written, in the figure's own scale ("1.4 GB" → 0.05 GB as MB): the rounding a written figure allows. */
function halfOfLastDigit(span: string): number {
  const num = /(\d+(?:\.(\d+))?)/.exec(span);
  if (!num) return 0;
  const decimals = num[2]?.length ?? 0;
  const scale = /\b(?:gb|gib)\b/i.test(span) ? 1024 : 1;
  return (0.5 * scale) / 10 ** decimals;
}

function roleOf(text: string, index: number, end: number): QuantityRole {
  const before = clauseBefore(text, index, 40);
  if (PROPOSED.test(before)) return 'proposal';
  const after = clauseAfter(text, end, 24);
  // "3347.8 MB more than model-b", "40 ms slower than before": a gap between two levels, not a level.
  if (/^\s*(?:more|less|fewer|higher|lower|faster|slower|bigger|smaller|greater|larger)\s+than\b/i.test(text.slice(end, end + 24))) return 'change';
  if (/\bfrom\s*(about\s*)?$/i.test(before) && /^\s*(\w+\s*){0,2}\bto\b/i.test(after)) return 'previous';
  // "CPU: 62.9 % → 16.2 %": the figure an arrow leaves is the earlier reading.
  if (/^\s*(?:→|->|=>|⟶|➝|➔)\s*(?:about\s+|roughly\s+|~\s*)?\d/.test(text.slice(end, end + 20))) return 'previous';
  if (/\b(from|was|were|used to be|previously|before)\s+(\w+\s+){0,2}$/i.test(before) && !/\bnow\b/i.test(before)) return 'previous';
  // "a single replica carried 3.8 req/s before the scale": a few words on, a named action still dates it.
  if (/^\s*(?:[\w.\/%-]+\s+){0,4}?(?:before|prior to) (?:the|my|our|its|this|that) (?:scale|restart|rollback|flush|fix|change|repair|deploy\w*|scale-?(?:out|up|down))\b/i.test(text.slice(end, end + 60).split(/[;,.!?](?:\s|$)|\s[—–]\s/)[0]!)) return 'previous';
  // "4804.4 ms before the scale", "2 replicas earlier": the words after the figure date it.
  if (/^\s*(?:\w+\s+)?(before|earlier|previously|prior to|beforehand|ago)\b/i.test(clauseAfter(text, end, 24))) return 'previous';
  // "falling back toward 0.2 %": where it is heading, not where it is.
  if (/\b(?:back\s+)?towards?\s*(about\s*|roughly\s*|its\s*|the\s*)?$/i.test(before)) return 'target';
  // "scaled to 2 replicas": the participle says the scale is done, so the count is claimed as now (unless it is "being" or "to be" scaled).
  if (/\bscaled\s+(?:up\s+|out\s+|down\s+|back\s+)?to\s*(?:about\s*)?$/i.test(before) && !/\b(?:being|be|been asked|getting|gets|requested|asked)\s+scaled\b/i.test(before)) return 'current';
  if (/\b(?:asked for|requested|requesting|ordered|called for)\s+(?:a scale to\s+|a scale-?(?:out|up|down|in) to\s+)?$/i.test(before)) return 'target';
  // ("I asked for mcp-server to go to 3 replicas", "requested it be taken to 4": what was asked for, not what it runs.)
  if (/\b(to|towards|target(?:ing)?|aiming for|will (?:be|have|run))\s*(about\s*)?$/i.test(before) && /\b(scal|being|will|target|going|resiz|set|ask|request)\w*|\b(?:go|move|bring|take|be taken)\s+(?:it\s+|them\s+)?(?:up\s+|down\s+)?to\s*$/i.test(text.slice(Math.max(0, index - 60), index))) return 'target';
  // "errors have dropped to the usual 0.2 %", "back at its normal 620 ms": the level it is said to be at now, which is the normal one.
  if (/\b(?:(?:has|have|is|are)\s+)?(?:dropped|fallen|fell|returned|come back|came back|gone back|went back|settled|recovered|back)\s+(?:down\s+)?(?:to|at)\s+(?:the|its|their)\s+(?:usual|normal|typical|baseline)\s*(?:level\s+of\s+)?(?:about\s+|around\s+|roughly\s+|~)?$/i.test(before)) return 'current';
  // "back down to its 0.2 % baseline", "returned to the 620 ms normal": the level it is said to be at now, named as the normal one after the figure.
  if (/\b(?:(?:has|have|is|are)\s+)?(?:dropped|fallen|fell|returned|come back|came back|gone back|went back|settled|recovered|back)\s+(?:down\s+)?(?:to|at)\s+(?:the|its|their)\s*(?:usual\s+|normal\s+|typical\s+)?(?:about\s+|around\s+|roughly\s+|~)?$/i.test(before) && /^\s*(?:usual\s+|normal\s+|typical\s+)?(?:baseline|normal|usual level|norm)\b/i.test(after)
    // (Not when awaited, denied or brought about: "should be back down to", "not yet back to", "what brings it back to".)
    && !/\b(?:not|n['’]t|never|no longer|yet|would|should|will|could|might|may|once|until|till|if|unless|when|bring\w*|brought|gets?|getting|expect\w*|hope\w*|want\w*|need\w*)\b[^.;]*$/i.test(text.slice(Math.max(0, index - 90), index))) return 'current';
  // "Against its baseline: 45.5 % against a 0.2 % baseline", "p95 vs normal — 900 ms vs a usual 300 ms": the figure set against a baseline named right after it is the reading.
  if (/^\s*(?:against|versus|vs\.?|compared (?:to|with)|relative to|over)\s+(?:a|an|the|its|their)?\s*(?:(?:about|roughly|around|~)\s*)?(?:(?:baseline|normal|usual|typical)\s+(?:of\s+)?(?:about\s+|~)?\d|\d[\d.,]*\s*(?:%|ms|s|mb|gb|rps|req\/s)?\s*(?:baseline|normal|usual|typical)\b)/i.test(text.slice(end, end + 48))) return 'current';
  if (baselineBefore(before) || /^\s*(baseline|budget|threshold|normally|usually)/i.test(after)) return 'baseline';
  // "2.7 times its baseline, about 5.7 s against 2.1 s" ("… instead of 2.1 s"): the figure set against the reading, in a sentence about the baseline, is the baseline.
  if (/\b(?:against|versus|vs\.?|compared (?:to|with)|instead of|rather than|as opposed to|in place of)\s*(?:a|an|the|its)?\s*(?:about\s*|roughly\s*|~)?$/i.test(text.slice(Math.max(0, index - 30), index)) && /\b(baseline|normal(?:ly)?|usual(?:ly)?|typical(?:ly)?)\b/i.test(text.slice(0, index))) return 'baseline';
  if (changeEnd(text, index)) return 'current';
  // "5782.2 MB at 13:59:40 up to 7215.9 MB", "climbed up to 7.2 GB": a rise to a reading, not a cap.
  if (isRiseUpTo(before)) return 'current';
  // "an 8 GiB (8192 MB) limit": the limit word may come after the figure restated in brackets.
  const afterRestated = text.slice(end, end + 60).replace(/^\s*\([^()]{0,30}\)/, '').split(/[;,.(|]|\band\b|\bwhile\b|\bbut\b|\s[-–—]\s/)[0]!;
  if (LIMIT_WORDS.test(before) || /^\s*(\w+\s+){0,1}(limit|capacity|cap|ceiling|quota|max(imum)?|allocated|budget|available|allowed|reserved|provisioned|of headroom)\b/i.test(after) || /^\s*(\w+\s+){0,1}(limit|capacity|cap|ceiling|quota|allocation|allowance)\b/i.test(afterRestated) || /^\s*of\s+(?:memory|ram)\s+(available|allowed|allocated|reserved|provisioned)\b/i.test(clauseAfter(text, end, 40))) return 'limit';
  // "a quarter of the 97.7 MB it held at 13:59:32": a share of an earlier reading, not of a limit.
  if (/^\s*(?:(?:it|they|[\w-]+)\s+(?:had|held|showed|used|reported|read|sat at|was using|was at)\b|(?:at|as of)\s+\d{1,2}:\d{2})/i.test(text.slice(end, end + 40))) return 'current';
  if (/\bof\s+(its|the|a|their|his)?\s*$/i.test(before)) return 'limit';
  return 'current';
}

/** Words of a table column or a "Label:" that name a metric. */
export function metricOfLabel(label: string): MetricKey | 'version' | 'status' | 'uptime' | undefined {
  const l = label.toLowerCase();
  if (/version|release|image|tag/.test(l)) return 'version';
  if (/replica|instance|pods?\b|copies/.test(l)) return 'replicas';
  if (/uptime|up for|running for|age/.test(l)) return 'uptime';
  if (/latenc|p9\d|p50|response|resp\.? time|rtt/.test(l)) return 'latencyMs';
  if (/cpu/.test(l)) return 'cpuPct';
  if (/mem.*limit|limit/.test(l)) return 'memoryLimitMb';
  if (/mem.*%|mem.*pct|mem.*percent/.test(l)) return 'memoryPct';
  if (/mem|ram|rss/.test(l)) return 'memoryMb';
  // ("failing per second", "errors/s": a count of failing requests in time, not a share of them.)
  if (/(?:error|fail|\b5xx\b).*(?:per (?:second|sec|minute|min)\b|\/\s*(?:s|sec|min)\b|an? (?:second|minute)\b)/.test(l)) return 'requestsPerSec';
  // ("5xx", "errs": the terse labels of an error rate.)
  if (/error|fail|\b5xx\b|\berrs?\b/.test(l)) return 'errorRate';
  if (/req|rps|throughput|traffic|qps/.test(l)) return 'requestsPerSec';
  if (/status|health|state|condition/.test(l)) return 'status';
  return undefined;
}

function percentKey(text: string, index: number, end: number, hint?: string): QuantityKey | undefined {
  const before = clauseBefore(text, index, 44);
  const after = clauseAfter(text, end, 34);
  const near = `${before} ${after}`;
  if (/\b(uptime|availability|available|sla)\b/i.test(near)) return 'uptimePct';
  // "improved by 35%", "a 20% drop": a change; "climbed to 100%" is a level.
  if (/\b(by|improv\w*|reduc\w*|cut|(?:is |are |has |have |was )?(?:up|down|rose|risen|grew|grown|climbed|increased|fell|fallen|dropped|jumped|gained|shrunk|shrank))\s*(about|around|roughly|nearly|some|over|almost|by|another|a further|~)?\s*(?:about|around|roughly|nearly|some|over|almost|~)?\s*$/i.test(before) || /^\s*(increase|decrease|improvement|reduction|drop|rise|jump|more|less|faster|slower|better|worse|higher|lower|fewer|up|down)\b/i.test(after)) return 'changePct';
  // The metric word closest to the figure names it: "CPU 9%, memory 34%".
  const candidates: Array<[QuantityKey, RegExp]> = [
    ['cpuPct', /\b(cpu|processor|compute)\b/gi],
    ['memoryPct', /\b(memory|mem|ram|heap)\b|\bof (?:its|the|their) (?:memory )?limit\b/gi],
    ['errorRate', /\b(error\w*|fail\w*|5\d\d(?![\d.,])(?!\s*(?:mb|gb|kb|mib|gib|ms|s\b|sec|%|req|rps))|5xx|errs?|unsuccessful)\b/gi],
  ];
  let best: { key: QuantityKey; distance: number } | undefined;
  for (const [key, re] of candidates) {
    for (const m of before.matchAll(re)) {
      const distance = before.length - m.index!;
      if (!best || distance < best.distance) best = { key, distance };
    }
    for (const m of after.matchAll(re)) {
      const distance = m.index! + 4;
      if (!best || distance < best.distance) best = { key, distance };
    }
  }
  if (best) return best.key;
  // "the elevated error rate, around 24%": the metric can sit a clause before its figure, in the same sentence.
  const wide = text.slice(Math.max(0, index - 90), index);
  const wideCandidates: Array<[QuantityKey, RegExp]> = [
    ['cpuPct', /\b(cpu|processor|compute)\b/gi],
    ['memoryPct', /\b(memory|mem|ram|heap)\b|\d\s*(?:mb|gb|mib|gib)\b/gi],
    ['errorRate', /\b(error\w*|fail\w*|5xx|errs?|unsuccessful)\b/gi],
  ];
  for (const [key, re] of wideCandidates) {
    for (const m of wide.matchAll(re)) {
      const distance = wide.length - m.index!;
      if (!best || distance < best.distance) best = { key, distance };
    }
  }
  if (best) return best.key;
  const label = hint ? metricOfLabel(hint) : undefined;
  if (label === 'cpuPct' || label === 'memoryPct' || label === 'errorRate') return label;
  if (label === 'memoryMb' || label === 'memoryLimitMb') return 'memoryPct';
  return undefined;
}

export interface QuantityOptions {
  /** The table column or list label the text sits under (gives bare numbers a metric). */
  column?: string;
  /** What the question asks about ("How fast is model-b?"): a bare "1.6 s" in its answer is that. */
  topic?: MetricKey;
}

// Compiled once: quantitiesOf runs on every unit of an answer and every string of the tool results.
const FROM_TO_REPLICAS_RE = new RegExp(`\\bfrom (${N}) to (${N})\\s*(?:running\\s+)?(replicas?|replica\\(s\\)|instances?|pods?|copies)`, 'gi');
const COUNT_REPLICAS_RE = new RegExp(`\\b(${N})\\s+(?:running\\s+|active\\s+|healthy\\s+|live\\s+|serving\\s+)?(replicas?|replica\\(s\\)|instances?|pods?|copies|containers)\\b`, 'gi');
/** "all 3 of mcp-server's replicas", "all four of its instances": the whole count, said through "all N of". */
const ALL_OF_REPLICAS_RE = new RegExp(`\\ball\\s+(${N})\\s+of\\s+(?:its|their|the|[\\w-]+['’]s)\\s+(?:replicas|instances|pods|copies|containers)\\b`, 'gi');
const REPLICAS_IS_RE = new RegExp(`\\b(?:replicas?|replica count|instances)\\s*(?:is|are|of|at|:|=|set to|count)?\\s*(${N})\\b(?![.,]\\d)(?!\\s*(?:ms|%|mb|gb|s\\b))`, 'gi');
const SCALED_TO_RE = new RegExp(`\\bscaled?\\s+(?:up|out|down|back)?\\s*to\\s+(${N})\\b(?![.,]\\d|\\s*(?:%|ms|mb|gb|s\\b|x\\b|per))`, 'gi');
// (Here a unit's symbol too: "up for 147456 s" is the uptime the tools give in seconds, not a latency.)
const UP_FOR_RE = new RegExp(`\\b(?:up|running|been up|been running|been back|back up|uptime(?: of| is| at|:)?|alive|online|been online)\\s+(?:for\\s+)?(?:the (?:last|past)\\s+)?(?:${DURATION_QUALIFIER})?\\s*${AMOUNT}(\\s+and a half)?\\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|(?<=\\d\\s*)(?:s|h|d))(\\s+and a half)?\\b(?![/.]\\w)`, 'gi');
const RESTARTED_AGO_RE = new RegExp(`\\b(?:restarted|started|came (?:back )?(?:up|online)|booted|(?:was )?deployed|rolled back|recovered)\\s+(?:${DURATION_QUALIFIER})?\\s*${AMOUNT}(\\s+and a half)?\\s*${DURATION_UNIT}(\\s+and a half)?\\s+ago\\b`, 'gi');
const LATENCY_RE = new RegExp(`(?<![\\w.])(${N})\\s*(ms|msec|milliseconds?|s|secs?|seconds?)\\b(?!\\s+ago)`, 'gi');
const PERCENT_RE = new RegExp(`(?<![\\w.])(${N})\\s*(?:%|percent\\b|per cent\\b|pct\\b|percentage points?)`, 'gi');
const ONE_IN_N_RE = new RegExp(`\\b(${N})\\s+(?:[\\w-]+\\s+)?(?:(?:requests?|calls?|queries)\\s+)?(?:in|out of)\\s+(?:every\\s+|a\\s+)?(${N}|hundred|thousand)\\b(?:\\s+(?:requests?|calls?|queries))?`, 'gi');
const MEMORY_SIZE_RE = new RegExp(`(?<![\\w.])(${N})\\s*(MB|MiB|megabytes?|GB|GiB|gigabytes?|KB|KiB)\\b`, 'gi');
const THROUGHPUT_RE = new RegExp(`(?<![\\w.])(${N})\\s*(?:(?:requests?|reqs?|calls|queries|hits)\\s*(?:\\/|per|a|each)\\s*(?:s|sec|second)\\b|(?:rps|qps|req\\/s|r\\/s)\\b)`, 'gi');
const THROUGHPUT_LONG_RE = new RegExp(`(?<![\\w.])(${N})(?:\\s+million)?\\s*(?:(?:requests?|reqs?|calls|queries|hits)\\s*(?:\\/|per|an?|each|every)\\s*(min(?:ute)?|hour|hr)\\b|(?:rpm|rph)\\b)`, 'gi');
const MULTIPLE_RE = new RegExp(`(?<![\\w.])(${N}|twice|double|triple|thrice|half)\\s*(?:x|×|times)(?![\\w])`, 'gi');
const RANGE_RE = new RegExp(`(?<![\\w.])(?:between\\s+)?(\\d[\\d,]*(?:\\.\\d+)?)\\s*(?:-|–|—|to|and)\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*(?=ms|msec|milli|s\\b|secs?\\b|seconds?\\b|%|per ?cent|mb|gb|req|rps)`, 'gi');

const MOMENT_RE = /(?<![\w.:])\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?![\w:])|\bT\s?[+-]\s?\d+(?:\.\d+)?\s?(?:s|secs?|m|mins?|h)?\b/g;

const FRACTIONS: Record<string, number> = { half: 0.5, quarter: 0.25, third: 1 / 3, 'two thirds': 2 / 3, 'three quarters': 0.75, 'nine tenths': 0.9, tenth: 0.1, fifth: 0.2, 'four fifths': 0.8 };
const FRACTION_OF_LIMIT_RE = /\b((?:a |one )?(?:half|quarter|third|tenth|fifth)|two[- ]thirds|three[- ]quarters|nine[- ]tenths|four[- ]fifths)\s+of\s+(?:its|the|their)\s+(?:memory\s+)?(?:limit|cap|allowance|allocation)\b/gi;

/** The matches of `re`, or none without running it when the text lacks the words it needs (a cheap test first). */
function matchIf(text: string, guard: RegExp, re: RegExp): Iterable<RegExpMatchArray> {
  return guard.test(text) ? text.matchAll(re) : [];
}

/** Every figure of a text, with its metric and role. */
export function quantitiesOf(written: string, options: QuantityOptions = {}): Quantity[] {
  // Emphasis marks are blanked (same length, so offsets hold): "about **34 minutes**" is read as "about 34 minutes".
  const text = written.includes('**') || written.includes('__') ? written.replace(/\*\*|__/g, '  ') : written;
  const out: Quantity[] = [];
  // A clock time ("14:00:12") or an incident-relative one ("T+35s") marks when, not how much: no figure starts inside one.
  const taken: Array<[number, number]> = [...text.matchAll(MOMENT_RE)].map((m) => [m.index!, m.index! + m[0].length] as [number, number]);
  const push = (key: QuantityKey, value: number, index: number, span: string, role?: QuantityRole, bound?: Quantity['bound']) => {
    if (!Number.isFinite(value)) return;
    if (taken.some(([a, b]) => index < b && index + span.length > a)) return;
    taken.push([index, index + span.length]);
    const before = clauseBefore(text, index, 24);
    const b = bound ?? (changeEnd(text, index) ? undefined : boundOf(before));
    // Only the explicit phrases say whether the figure itself is in ("over 3 replicas" may be "spread over").
    const strict = !b ? undefined : /(?<!no\s)\b(?:less|fewer|more|greater) than\s*$/i.test(before) ? true : /\b(?:at least|at most|no more than|no fewer than|no less than|up to)\s*$/i.test(before) ? false : undefined;
    out.push({ key, value, index, span, role: role ?? roleOf(text, index, index + span.length), bound: b, ...(strict !== undefined ? { strict } : {}) });
  };

  // "scaling from 2 to 4 replica(s)": two figures, the first one what it was.
  for (const m of matchIf(text, /replica|instance|pod|cop(?:y|ies)/i, FROM_TO_REPLICAS_RE)) {
    const firstAt = m.index! + m[0].indexOf(m[1]!, 4);
    push('replicas', parseNumber(m[1]!), firstAt, m[1]!, 'previous');
    const secondAt = m.index! + m[0].lastIndexOf(m[2]!);
    push('replicas', parseNumber(m[2]!), secondAt, text.slice(secondAt, m.index! + m[0].length), /\b(scaling|being|will|in progress|pending|going|moving|heading|until|completes?|due|under ?way|mid-scale)\b/i.test(text) && !/\b(scaled|complete[d]?|done|finished|now (?:runs|has|at))\b/i.test(text) ? 'target' : 'current');
  }
  for (const m of matchIf(text, /replica|instance|pod|cop(?:y|ies)|container/i, COUNT_REPLICAS_RE)) {
    if (/^(a|an)$/i.test(m[1]!) && !/\b(single|one)\b/i.test(m[0])) continue;
    push('replicas', parseNumber(m[1]!), m.index!, m[0]);
  }
  for (const m of matchIf(text, /\ball\b/i, ALL_OF_REPLICAS_RE)) {
    const at = m.index! + m[0].indexOf(m[1]!, 3);
    push('replicas', parseNumber(m[1]!), at, m[0].slice(m[0].indexOf(m[1]!, 3)));
  }
  for (const m of matchIf(text, /replica|instance/i, REPLICAS_IS_RE)) {
    const at = m.index! + m[0].lastIndexOf(m[1]!);
    push('replicas', parseNumber(m[1]!), at, m[1]!);
  }
  for (const m of matchIf(text, /scale/i, SCALED_TO_RE)) {
    const at = m.index! + m[0].lastIndexOf(m[1]!);
    push('replicas', parseNumber(m[1]!), at, m[1]!, /\bscaled\b/i.test(m[0]) ? 'current' : PROPOSED.test(text.slice(Math.max(0, m.index! - 40), at)) ? 'proposal' : 'target');
  }

  // Durations the service has been up: "up for about a day", "up for over two days", "restarted 5 minutes ago".
  const durationBound = (words: string): Quantity['bound'] => (/\b(over|more than|at least|upwards of|north of)\b/i.test(words) ? 'min' : /\b(under|less than|not even|at most|shy of)\b/i.test(words) ? 'max' : undefined);
  const amountOf = (raw: string, half: boolean): { amount: number; vague: boolean } => {
    const base = /^half/i.test(raw) ? 0.5 : /^(a few|few)$/i.test(raw) ? 3 : /^several$/i.test(raw) ? 5 : /^(a couple(?: of)?)$/i.test(raw) ? 2 : parseNumber(raw);
    return { amount: base + (half ? 0.5 : 0), vague: /^(a few|few|several|a couple(?: of)?)$/i.test(raw) };
  };
  const pushDuration = (m: RegExpMatchArray, raw: string, unit: string, half: boolean) => {
    const { amount, vague } = amountOf(raw, half);
    const before = out.length;
    push('uptimeSec', durationSeconds(amount, unit), m.index!, m[0], 'current', durationBound(m[0]));
    if (vague && out.length > before) out.at(-1)!.vague = true;
  };
  for (const m of matchIf(text, /\b(?:up|running|uptime|alive|online)\b/i, UP_FOR_RE)) {
    pushDuration(m, m[1]!, m[3]!, !!(m[2] || m[4]));
  }
  for (const m of matchIf(text, /\bago\b/i, RESTARTED_AGO_RE)) {
    pushDuration(m, m[1]!, m[3]!, !!(m[2] || m[4]));
  }
  for (const m of matchIf(text, /uptime/i, /\buptime(?: of| is| at|:)?\s*(\d+(?:\.\d+)?)\s*(s|sec|seconds|min|minutes|h|hours|d|days)\b/gi)) {
    push('uptimeSec', durationSeconds(Number(m[1]), m[2]!), m.index!, m[0], 'current');
  }

  // Latency.
  for (const m of matchIf(text, /(?:ms|msec|millisecond|secs?|seconds?|\ds)\b|\ss\b/i, LATENCY_RE)) {
    const around = text.slice(Math.max(0, m.index! - 50), m.index! + m[0].length + 24);
    const column = (options.column ? metricOfLabel(options.column) : undefined) ?? options.topic;
    const isMs = /^m/i.test(m[2]!);
    // "in the 600s", "the low 20s": a span of figures named by its round start, not a figure in seconds.
    if (/^\d+0s$/i.test(m[0]) && /\bthe\s+(?:(?:low|mid|high|upper|lower|early|late)[\s-]+)?$/i.test(text.slice(Math.max(0, m.index! - 12), m.index!))) continue;
    if (!isMs && !/latenc|respon|answer|reply|p\d\d|slow|takes|taking|took|round.?trip|request/i.test(around) && column !== 'latencyMs') continue;
    if (!/latenc|respon|answers?|repl|p\d\d|slow|fast|takes|taking|took|round.?trip|request|quick|snappy|speed|in about|within/i.test(around) && column !== 'latencyMs' && !isMs) continue;
    // "the restart takes about 6 s", "the scale completes in 3 seconds": how long an action lasts, not how fast requests are answered.
    // "ninety seconds after the 14:00:50 snapshot", "about 40 s from now": a stretch of time from a moment, not how fast requests are answered.
    // ("six seconds after the request", "20 s after the crash": from an event, unless the clause speaks of latency: "5.1 s after the scale" is how fast it answers then.)
    const afterFigure = text.slice(m.index! + m[0].length, m.index! + m[0].length + 40);
    const fromMoment = /^\s*(?:after|before|past|since|until|till|later than|earlier than|on from)\s+(?:the\s+|that\s+|this\s+)?(?:\d{1,2}:\d{2}|snapshot|reading|start|deadline|listing|last reading|first reading|(?:list|status|metrics|logs?|check|poll)\s+(?:was|were)\s+(?:taken|read|made|pulled|fetched|run|done|checked))|^\s*(?:later|from now|to go|left|remaining|away|ahead|hence|in the future)\b/i.test(afterFigure)
      || (!isMs && /^\s*(?:after|before|since|from)\s+(?:the\s+|that\s+|this\s+|my\s+|its\s+)?(?:request|call|restart|scale|rollback|roll-?back|flush|crash|fault|spike|deploy\w*|action|change|repair\w*|fix|event|incident|outage|first error|last error)\b/i.test(afterFigure) && !/latenc|respon|answer|p\d\d|per request|requests? take|slow|fast|takes|took/i.test(clauseBefore(text, m.index!, 40)) && !/\b(?:at|is|was|were|in|to|of|by)\s*(?:about|around|roughly|nearly|~)?\s*$/i.test(clauseBefore(text, m.index!, 40)));
    if (fromMoment) {
      push('latencyMs', 0, m.index!, m[0], 'baseline');
      continue;
    }
    const actionTime = !isMs && ACTION_DURATION.test(text.slice(Math.max(0, m.index! - 50), m.index!)) && !/latenc|respon|answer|repl(?:y|ies)|p9\d|per request|requests? (?:take|takes)/i.test(clauseBefore(text, m.index!, 40));
    if (actionTime || /\b(timeout|time-out|budget|completes?|completed|finish\w*|interval|window|every|retry|backoff|within|ready in)\b/i.test(clauseBefore(text, m.index!, 30))) {
      push('latencyMs', 0, m.index!, m[0], 'baseline');
      continue;
    }
    const v = parseNumber(m[1]!);
    push('latencyMs', isMs ? v : v * 1000, m.index!, m[0]);
  }

  // "about half a second", "a second and a half", "a couple of seconds": latency in words.
  for (const m of matchIf(text, /second/i, /\b(half a second|a second and a half|a quarter of a second|under a second|a second)\b/gi)) {
    const around = text.slice(Math.max(0, m.index! - 50), m.index! + m[0].length + 24);
    if (!/latenc|respon|answer|reply|p\d\d|slow|fast|takes|round.?trip|request|quick/i.test(around) || /\b(ago|every|per second)\b/i.test(text.slice(m.index!, m.index! + m[0].length + 12))) continue;
    // "three thousandths of a second", "a fraction of a second": a part of a second, said to gloss another figure, not one second.
    if (/^a second$/i.test(m[0]) && /\b(?:thousandths?|hundredths?|tenths?|fractions?|parts?|sliver|bit)\s+of\s+$/i.test(text.slice(Math.max(0, m.index! - 24), m.index!))) continue;
    // "about two failures a second", "1.5 a second each": after a count, "a second" is the rate's unit (per second), not a duration.
    if (/^a second$/i.test(m[0]) && RATE_COUNT_BEFORE.test(text.slice(Math.max(0, m.index! - 40), m.index!))) continue;
    // "a second request", "a second rollback": the ordinal before a noun, not a duration.
    if (/^a second$/i.test(m[0]) && /^\s+(?!or\b|and\b|per\b|each\b|to\b|for\b|on\b|of\b|at\b|in\b|or so\b|latency\b)[a-z]/i.test(text.slice(m.index! + m[0].length))) continue;
    const ms = /half a second/i.test(m[0]) ? 500 : /and a half/i.test(m[0]) ? 1500 : /quarter/i.test(m[0]) ? 250 : 1000;
    const before = out.length;
    push('latencyMs', ms, m.index!, m[0], undefined, /under/i.test(m[0]) ? 'max' : undefined);
    if (out.length > before) out.at(-1)!.vague = true;
  }

  // Percentages ("%", "percent", "per cent").
  let lastPercentKey: QuantityKey | undefined;
  const percents = [...matchIf(text, /%|percent|per cent|pct|percentage/i, PERCENT_RE)];
  const ownKeys = percents.map((m) => percentKey(text, m.index!, m.index! + m[0].length, options.column));
  percents.forEach((m, i) => {
    // "use 62% and 47% CPU": a figure listed right before another shares the metric named after the last one.
    if (ownKeys[i] || !ownKeys[i + 1]) return;
    const between = text.slice(m.index! + m[0].length, percents[i + 1]!.index!);
    if (/^\s*(?:,|\/|and|or|&|,\s*and)\s*(?:~|≈|about|around|roughly|nearly|almost)?\s*$/i.test(between)) ownKeys[i] = ownKeys[i + 1];
  });
  for (const [i, m] of percents.entries()) {
    // "model-a at 66% CPU and postgres at 40%": a figure without its own metric word shares the one before it.
    const key = ownKeys[i] ?? lastPercentKey;
    if (!key) continue;
    lastPercentKey = key;
    const v = parseNumber(m[1]!);
    push(key, key === 'errorRate' ? v / 100 : v, m.index!, m[0], key === 'memoryPct' && isHeadroom(text, m.index!, m.index! + m[0].length) ? 'headroom' : undefined);
  }

  // "one request in five fails", "four in a thousand requests error": an error rate as a fraction.
  for (const m of text.matchAll(ONE_IN_N_RE)) {
    const near = text.slice(Math.max(0, m.index! - 40), m.index! + m[0].length + 30);
    if (!/\b(fail\w*|error\w*|5\d\d|refused)\b/i.test(near)) continue;
    const a = parseNumber(m[1]!);
    const b = /thousand/i.test(m[2]!) ? 1000 : /hundred/i.test(m[2]!) ? 100 : parseNumber(m[2]!);
    if (Number.isFinite(a) && Number.isFinite(b) && b > 0 && a <= b) push('errorRate', a / b, m.index!, m[0]);
  }

  // "fails about a quarter of its requests", "half of the calls error": an error rate as a fraction in words.
  for (const m of matchIf(text, /half|quarter|third|fifth|tenth|\ball\b/i, /\b(half|a half|one half|a quarter|one quarter|a third|one third|two[- ]thirds|three[- ]quarters|a fifth|one fifth|(?:two|three|four)[- ]fifths|a tenth|one tenth|(?:three|seven|nine)[- ]tenths|nearly all|almost all|all)\s+(?:of\s+)?(?:its|the|all|their|his|incoming|[\w-]+['’]s)?\s*(?:[\w-]+\s+)?(requests|calls|traffic|queries|responses)\b/gi)) {
    const near = text.slice(Math.max(0, m.index! - 40), m.index! + m[0].length + 30);
    if (!/\b(fail\w*|error\w*|5\d\d|refused|rejected|broken)\b/i.test(near)) continue;
    const w = m[1]!.toLowerCase();
    const many = /^(two|three|four|seven|nine)\b/.exec(w);
    const times = many ? parseNumber(many[1]!) : 1;
    const v = /half/.test(w) ? 0.5 : /quarter/.test(w) ? (/three/.test(w) ? 0.75 : 0.25) : /third/.test(w) ? (/two/.test(w) ? 0.667 : 0.333) : /fifth/.test(w) ? 0.2 * times : /tenth/.test(w) ? 0.1 * times : /all/.test(w) && /nearly|almost/.test(w) ? 0.95 : 1;
    const before = out.length;
    push('errorRate', v, m.index!, m[0]);
    if (out.length > before) out.at(-1)!.vague = true;
  }

  // "about half of its limit", "nine tenths of its memory": memory used as a fraction of the limit.
  for (const m of matchIf(text, /limit|cap|allowance|allocation/i, FRACTION_OF_LIMIT_RE)) {
    const v = FRACTIONS[m[1]!.toLowerCase().replace(/^(a|one) /, '').replace('-', ' ')];
    if (v === undefined) continue;
    const before = out.length;
    push('memoryPct', v * 100, m.index!, m[0]);
    // A fraction is a step on a coarse scale (a third, a half, two-thirds, three-quarters, nine-tenths): within about ten points of the share.
    if (out.length > before) out.at(-1)!.grain = 10;
  }

  // Memory sizes.
  for (const m of matchIf(text, /\d\s*[mgk]i?b\b|[mgk]i?b\b|bytes/i, MEMORY_SIZE_RE)) {
    const v = parseNumber(m[1]!) * (/^g/i.test(m[2]!) ? 1024 : /^k/i.test(m[2]!) ? 1 / 1024 : 1);
    // "its 2 GB append-only file", "a 40 GB disk": a size of something else than memory.
    if (/^\s*(?:of\s+)?(?:append-only|aof\b|write-ahead|wal\b|snapshots?\b|dumps?\b|rdb\b|backups?\b|journal|transaction log|data (?:director|files?\b)|disk|storage|volume)/i.test(text.slice(m.index! + m[0].length))) continue;
    const role = roleOf(text, m.index!, m.index! + m[0].length);
    const perMinute = /^\s*(?:a|per|each|every|\/)\s*(?:minute|min)\b/i.exec(text.slice(m.index! + m[0].length));
    if (perMinute) {
      push('memoryMb', v, m.index!, m[0] + perMinute[0], 'rate');
      continue;
    }
    // "≈ 8 MB/s", "about 2 MB a second": the same growth per second, checked per minute (rounded by the writer, so loosely).
    const perSecond = /^\s*(?:a|per|each|every|\/)\s*(?:second|sec|s)\b/i.exec(text.slice(m.index! + m[0].length));
    if (perSecond) {
      const before = out.length;
      push('memoryMb', v * 60, m.index!, m[0] + perSecond[0], 'rate');
      if (out.length > before) out.at(-1)!.vague = true;
      continue;
    }
    // "976.1 MB, a bit under 1 GiB", "2564.7 MB free (≈ 2.5 GiB)": the figure before, restated in a rounder unit, plays its part.
    const last = out.at(-1);
    if (last && (last.key === 'memoryMb' || last.key === 'memoryLimitMb') && /^\s*(?:(?:of\s+)?(?:headroom|free|spare|left|remaining|unused)\s*)?(?:,|\(|—|–|-|or|i\.e\.?,?)?\s*(?:about|around|roughly|approximately|nearly|almost|just (?:over|under)|a (?:bit|little|touch) (?:over|under|more than|less than)|some|under|over|~|≈)\s*$/i.test(text.slice(last.index + last.span.length, m.index!)) && Math.abs(v - last.value) <= Math.max(last.value * 0.12, 64)) {
      taken.push([m.index!, m.index! + m[0].length]);
      continue;
    }
    // "individual minutes between about 437 and 520 MB", "minute-on-minute jumps of up to 520 MB": the growth of one minute, a rate.
    // (The minute words in the figure's own phrase, with no other size between: "478 MB per minute: 5782.2 MB at 13:59:40" is a reading.)
    const clause = text.slice(Math.max(0, m.index! - 60), m.index!).split(/[;:(]|,(?!\d)/).at(-1)!;
    const minuteWords = /\b(?:individual|each|every|single|successive|any one)\s+minutes?\b|\bminute[- ](?:by|on|to|over)[- ]minute\b|\bper[- ]minute\b|\bminutely\b/i.exec(clause);
    if (minuteWords && !/\d\s*(?:mb|mib|gb|gib|%|ms)\b/i.test(clause.slice(minuteWords.index + minuteWords[0].length))) {
      const before = out.length;
      push('memoryMb', v, m.index!, m[0], 'rate');
      if (out.length > before) out.at(-1)!.vague = true;
      continue;
    }
    // "roughly 700 MB in about 50 seconds": a change over a window, checked as a rate per minute.
    // ("+437.3 MB in the last minute": a signed change over the last minute is a rate too; unsigned, "610 MB in the last minute" may be where it rose to.)
    const after = text.slice(m.index! + m[0].length);
    const window = /^\s*(?:in|over|within|across)\s+(?:about\s+|roughly\s+|around\s+|under\s+|just\s+(?:over|under)\s+|~\s*)?(\d+(?:\.\d+)?|a|one|two|three|four|five|ten)\s*(seconds?|secs?|s|minutes?|mins?)\b/i.exec(after) ?? (/\+\s*$/.test(text.slice(0, m.index!)) ? /^\s*(?:in|over|during)\s+the\s+(?:last|past|previous|latest)\s+()(minute)\b/i.exec(after) : null);
    if (window) {
      const amount = /^(a|one|)$/i.test(window[1]!) ? 1 : parseNumber(window[1]!);
      const minutes = durationSeconds(amount, window[2]!) / 60;
      const before = out.length;
      if (minutes > 0) push('memoryMb', v / minutes, m.index!, m[0] + window[0], 'rate');
      // Worked out by the writer from two readings (often log lines, not the series): held only to the right order.
      if (out.length > before) out.at(-1)!.vague = true;
      continue;
    }
    if (/\b(gc|reclaimed|freed|released|grows?|grew|grown|growing|leak\w*|by)\s+(\w+\s+)?$/i.test(clauseBefore(text, m.index!, 20))) continue;
    // "the earlier ones reclaim between 0 and 4 MB": an amount freed or collected, not what the service uses.
    if (/\b(?:gc|garbage collection|reclaim\w*|free[sd]?|freeing|releas\w*|collect\w*)\s+(?:(?:only|just|about|around|roughly|between|from|up to|at most|\d[\d.,]*|and|to|-|–)\s*){1,5}$/i.test(text.slice(Math.max(0, m.index! - 40), m.index!))) continue;
    // "8192 − 7215.9 = 976.1 MB": the answer's own sum, right as shown, is what its operands make it (room left, when the words say so); a wrong one is read as usual.
    const sum = /(\d[\d,]*(?:\.\d+)?)\s*(?:mb|mib|gb|gib)?\s*([−–+-])\s*(\d[\d,]*(?:\.\d+)?)\s*(?:mb|mib|gb|gib)?\s*=\s*(?:about\s+|~\s*|≈\s*)?$/i.exec(text.slice(Math.max(0, m.index! - 50), m.index!));
    if (sum) {
      const [a, b] = [parseNumber(sum[1]!), parseNumber(sum[3]!)];
      const result = sum[2] === '+' ? a + b : a - b;
      if (Math.abs(result - parseNumber(m[1]!)) <= 0.06 + Math.abs(result) * 0.005) {
        if (/\b(?:headroom|free|left|spare|remaining|room)\b/i.test(text)) push('memoryMb', v, m.index!, m[0], 'headroom');
        else taken.push([m.index!, m.index! + m[0].length]);
        continue;
      }
    }
    if (isHeadroom(text, m.index!, m.index! + m[0].length)) {
      push('memoryMb', v, m.index!, m[0], 'headroom');
      continue;
    }
    // "7215.9 MB / 8192 MB", "7.2 of 8 GB": the size after a usage and a slash (or "of") is the limit.
    const overLimit = /\d\s*(?:mb|mib|gb|gib)?\s*(?:\/|of|out of)\s*$/i.test(text.slice(Math.max(0, m.index! - 16), m.index!));
    if (overLimit) {
      push('memoryLimitMb', v, m.index!, m[0], 'current');
      continue;
    }
    push(role === 'limit' ? 'memoryLimitMb' : 'memoryMb', v, m.index!, m[0], role === 'limit' ? 'current' : role);
  }

  // Throughput.
  for (const m of matchIf(text, /rps|qps|req|call|quer|hits|r\/s/i, THROUGHPUT_RE)) {
    // "roughly 2 requests a second out of 8.5": a part of the throughput (those failing), not the throughput.
    if (/^\s*(?:out of|of (?:the|its|their|all)?)\s*(?:about\s+|roughly\s+|~)?\d/i.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 24))) continue;
    push('requestsPerSec', parseNumber(m[1]!), m.index!, m[0]);
  }
  // "about 7,700 requests a minute", "4.6 million calls an hour": the same rate over a longer window.
  for (const m of matchIf(text, /min|hour|hr|rpm/i, THROUGHPUT_LONG_RE)) {
    const per = /^(?:h|rph)/i.test(m[2] ?? m[0].split(/\s+/).at(-1)!) ? 3600 : 60;
    const v = parseNumber(m[1]!) * (/million/i.test(m[0]) ? 1e6 : 1);
    push('requestsPerSec', v / per, m.index!, m[0]);
  }

  // Multiples: "6.8x its baseline", "three times the latency of".
  for (const m of matchIf(text, /[\d\s][x×](?!\w)|×|times|twice|double|triple|thrice|half/i, MULTIPLE_RE)) {
    push('ratio', parseNumber(m[1]!), m.index!, m[0], 'current');
  }

  // History the tools do not keep (metrics go back an hour).
  for (const m of matchIf(text, /last|past|previous|yesterday|ago|this (?:quarter|year|month|week)/i, /\b(?:over|in|during|for|across|throughout) the (?:last|past|previous) (\d+|one|two|three|seven|fourteen|thirty|few|several)?\s*(hours?|days?|weeks?|months?|quarters?|years?)\b|\b(?:yesterday|last (?:night|week|month|quarter|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)|this (?:quarter|year|month|week)|(?:\d+|a few|several|two|three) (?:days|weeks|months|years) ago)\b/gi)) {
    if (m[2] && /^hour/i.test(m[2]) && (m[1] === undefined || parseNumber(m[1]) <= 1)) continue;
    push('window', 0, m.index!, m[0], 'current');
  }

  // A bare number in a table cell or after a "Label:" gets its metric from the label.
  const label = options.column ? metricOfLabel(options.column) : undefined;
  if (label && label !== 'version' && label !== 'status' && out.length === 0) {
    const bare = new RegExp(`^\\s*[~≈]?\\s*(?:about\\s+)?(${N})\\s*(%|ms|s|mb|gb|rps|req/s)?\\s*(?:\\(.*\\))?\\s*$`, 'i').exec(text);
    if (bare) {
      const v = parseNumber(bare[1]!);
      const unit = (bare[2] ?? '').toLowerCase();
      const at = text.indexOf(bare[1]!);
      if (label === 'uptime') {
        /* durations in cells need a unit; handled above */
      } else if (label === 'errorRate') push('errorRate', unit === '%' || v > 1 ? v / 100 : v, at, bare[0].trim());
      else if (label === 'latencyMs') push('latencyMs', unit === 's' ? v * 1000 : v, at, bare[0].trim());
      else if (label === 'memoryMb' || (label === 'memoryLimitMb' && unit === '%')) push(unit === '%' ? 'memoryPct' : 'memoryMb', unit === 'gb' ? v * 1024 : v, at, bare[0].trim());
      else push(label, v, at, bare[0].trim());
    }
  }
  // "| Limit |" over "2048 MB": a size under a column of limits is a limit, not what the service uses.
  if (label === 'memoryLimitMb') for (const q of out) if (q.key === 'memoryMb') q.key = 'memoryLimitMb';
  // "in the 2-3 second range", "between 40 and 60 ms": the second figure is an upper bound and the first, in the same unit, a lower one.
  for (const m of text.matchAll(RANGE_RE)) {
    const hiAt = m.index! + m[0].lastIndexOf(m[2]!);
    const hi = out.find((q) => q.index === hiAt);
    const lo = parseNumber(m[1]!);
    if (!hi || !Number.isFinite(lo) || hi.role !== 'current' || hi.key === 'replicas' || hi.key === 'window') continue;
    const hiRaw = parseNumber(m[2]!);
    if (!(hiRaw > lo) || !(hiRaw > 0)) continue;
    hi.bound = 'max';
    const loAt = m.index! + m[0].indexOf(m[1]!);
    if (!out.some((q) => q.index === loAt)) out.push({ ...hi, value: (hi.value * lo) / hiRaw, span: m[1]!, index: loAt, bound: 'min' });
  }
  for (const q of out) {
    q.precise = precisionOf(text, q);
    q.grain = q.grain ?? grainOf(q);
  }
  out.sort((a, b) => a.index - b.index);
  // "1.24 s (1240 ms)": a figure restated in other units right after another plays the same role.
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1]!;
    const q = out[i]!;
    if (!/^\s*(\(|or|i\.e\.|=|≈|~)\s*$/i.test(text.slice(prev.index + prev.span.length, q.index))) continue;
    // (A restatement says about the same figure: "117.5 MB a minute (492.5 MB at 10:01, 610 MB at 10:02)" opens the readings it came from.)
    const other = prev.value > 0 && q.value > 0 && (q.value / prev.value < 0.85 || q.value / prev.value > 1.18);
    if (q.key === prev.key && !other) q.role = prev.role;
    // "a limit of 8 GB (8192 MB)": the restated size is the limit too.
    else if (prev.key === 'memoryLimitMb' && q.key === 'memoryMb') q.key = 'memoryLimitMb';
  }
  // "went from 5782.2 MB to 7215.9 MB: about 1.4 GB": the difference of the two figures just given is the answer's own sum on them, not a level.
  for (let i = 2; i < out.length; i++) {
    const [from, to, q] = [out[i - 2]!, out[i - 1]!, out[i]!];
    if (from.key !== q.key || to.key !== q.key || from.role !== 'previous' || q.role !== 'current') continue;
    if (!CHANGE_AFTER.test(text.slice(to.index + to.span.length, q.index))) continue;
    const delta = Math.abs(to.value - from.value);
    if (delta > 0 && Math.abs(q.value - delta) <= delta * 0.08 + halfOfLastDigit(q.span)) q.role = 'change';
  }
  // "976.1 MB left (about 11.9 % of the limit)", "2564.7 MB free, a bit under a third of the allowance": a share restating the room left is room left too.
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1]!;
    const q = out[i]!;
    if (prev.role !== 'headroom' || q.key !== 'memoryPct' || q.role !== 'current') continue;
    // "… MB free, 62.7 % used": the share after the room left says what is taken, as its own words say.
    if (/^\s*(?:of (?:it|the limit|its limit)\s+)?(?:used|in use|utili[sz]ed|full|consumed|taken|occupied)\b/i.test(text.slice(q.index + q.span.length, q.index + q.span.length + 30))) continue;
    if (/^\s*(?:(?:of\s+)?(?:headroom|free|spare|left|remaining|to spare|unused|of room|room)\s*)?(?:\(|,?\s*or|,|—|–|-|i\.e\.?,?)\s*(?:about|around|roughly|approximately|nearly|almost|just (?:over|under)|a (?:bit|little|touch) (?:over|under)|some|under|over|~|≈)?\s*$/i.test(text.slice(prev.index + prev.span.length, q.index))) q.role = 'headroom';
  }
  // "437 MB in the last minute (6778.6 to 7215.9 MB)", "+0.4 GB, from 5.8 to 6.2 GB": a figure followed by the two it is the difference of is the answer's own sum on them.
  for (let i = 0; i + 2 < out.length; i++) {
    const [q, from, to] = [out[i]!, out[i + 1]!, out[i + 2]!];
    if (from.key !== q.key || to.key !== q.key || q.role === 'change') continue;
    if (!/^[^.;\d]{0,40}?(?:\(|[,:—–-]\s*(?:from|between)?|\bfrom|\bbetween)\s*(?:about\s+|roughly\s+|~)?$/i.test(text.slice(q.index + q.span.length, from.index))) continue;
    if (!/^\s*(?:[a-z%]+\s*)?(?:to|→|->|–|-|and)\s*(?:about\s+|roughly\s+|~)?$/i.test(text.slice(from.index + from.span.length, to.index))) continue;
    const delta = Math.abs(to.value - from.value);
    if (delta > 0 && Math.abs(q.value - delta) <= delta * 0.08 + halfOfLastDigit(q.span)) q.role = 'change';
  }
  // "Under 1 GiB of headroom remains — about 0.95 GiB": a figure after a dash that sharpens the one before keeps its role (headroom, limit, baseline).
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1]!;
    const q = out[i]!;
    // (Only a restatement: a figure near the one before. "3x its 2.1 s baseline — about 6.3 s" works one out instead.)
    if (q.key !== prev.key || prev.role === 'current' || q.role !== 'current' || !(prev.value > 0) || q.value / prev.value < 0.8 || q.value / prev.value > 1.25) continue;
    if (/^[^.;\d]{0,40}?\s[—–-]\s*(?:about|around|roughly|approximately|nearly|almost|just over|just under|(?:a (?:little|bit|touch)|slightly) (?:over|under|more than|less than)|some|~|≈)?\s*$/i.test(text.slice(prev.index + prev.span.length, q.index))) q.role = prev.role;
    // "headroom ~976 MB (just under 1 GB)", "limit 2048 MB, i.e. 2 GB": the same figure said again in brackets or after "i.e." in another unit.
    else if (/^(?:\s*(?:of\s+)?(?:headroom|free|spare|left|remaining|limit|baseline|room))?\s*(?:\(|,?\s*(?:i\.e\.?|or|that['’]?s|so)\s)\s*(?:about|around|roughly|approximately|approx\.?|nearly|almost|just over|just under|a bit (?:over|under)|a little (?:over|under)|some|~|≈)?\s*$/i.test(text.slice(prev.index + prev.span.length, q.index))) q.role = prev.role;
  }
  return out;
}

/** The unit each metric's tools report in, as an answer writes it. */
const OWN_UNIT: Partial<Record<QuantityKey, RegExp>> = { errorRate: /%|per ?cent/i, cpuPct: /%|per ?cent/i, memoryPct: /%|per ?cent/i, latencyMs: /\d\s*(?:ms|msec|milliseconds?)\b/i, memoryMb: /\d\s*(?:MB|megabytes?)\b/i, requestsPerSec: /./ };
const HEDGED = /\b(?:about|around|roughly|approximately|approx|nearly|almost|some|close to|over|under|just|near|maybe|perhaps|up to|below|above|more than|less than)\s*$|[~≈]\s*$/i;

function precisionOf(text: string, q: Quantity): number | undefined {
  if (q.bound || q.vague || q.role !== 'current') return undefined;
  const own = OWN_UNIT[q.key];
  const digits = /(\d+)\.(\d+)/.exec(q.span);
  if (!own || !digits || !own.test(q.span) || HEDGED.test(text.slice(Math.max(0, q.index - 16), q.index))) return undefined;
  const half = 0.5 * 10 ** -digits[2]!.length;
  return q.key === 'errorRate' ? half / 100 : half;
}

/** Per metric, how many of its own units one unit written in the span is worth (undefined: the figure is not in digits with a unit). */
function scaleOf(key: QuantityKey, span: string): number | undefined {
  switch (key) {
    case 'latencyMs':
      return /\d\s*(?:ms|msec|millisecond)/i.test(span) ? 1 : /\d\s*(?:s|secs?|seconds?)\b/i.test(span) ? 1000 : undefined;
    case 'memoryMb':
    case 'memoryLimitMb':
      return /\d\s*(?:g|gi)(?:b|igabytes?)\b/i.test(span) ? 1024 : /\d\s*(?:m|mi)(?:b|egabytes?)\b/i.test(span) ? 1 : undefined;
    case 'errorRate':
      return /\d\s*(?:%|per ?cent|pct)/i.test(span) ? 0.01 : undefined;
    case 'cpuPct':
    case 'memoryPct':
      return /\d\s*(?:%|per ?cent|pct)/i.test(span) ? 1 : undefined;
    case 'requestsPerSec':
      return 1;
    case 'uptimeSec': {
      const unit = /\d\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\b/i.exec(span)?.[1];
      return unit ? durationSeconds(1, unit) : undefined;
    }
    default:
      return undefined;
  }
}

function grainOf(q: Quantity): number | undefined {
  if (q.bound || q.vague) return undefined;
  const digits = /(\d[\d,]*)(?:\.(\d+))?/.exec(q.span);
  const scale = scaleOf(q.key, q.span);
  if (!digits || scale === undefined) return undefined;
  return 0.5 * 10 ** -(digits[2]?.length ?? 0) * scale;
}

/** close(), or the known value rounds to the claimed one as written (a figure converted to a coarser unit keeps only the digits it shows). */
export function agrees(q: Pick<Quantity, 'key' | 'bound' | 'vague' | 'grain' | 'strict'>, claimed: number, actual: number, precise?: number): boolean {
  // A replica count is whole: "more than one" is two or more, "fewer than three" one or two.
  if (q.key === 'replicas' && q.bound && q.strict !== undefined && !q.vague) return q.bound === 'min' ? (q.strict ? actual > claimed : actual >= claimed) : q.strict ? actual < claimed : actual <= claimed;
  if (close(q.key, claimed, actual, q.bound, q.vague, precise)) return true;
  return q.grain !== undefined && !q.bound && !q.vague && Math.abs(claimed - actual) <= q.grain * 1.02;
}

/** Whether a claimed figure agrees with a known one, with the rounding people use. */
export function close(key: QuantityKey, claimed: number, actual: number, bound?: Quantity['bound'], vague = false, precise?: number): boolean {
  // "52.1 %" for 53.0 % is another figure, not a rounding of it.
  if (precise !== undefined && !bound && !vague) return Math.abs(claimed - actual) <= Math.max(precise * 2.5, Math.abs(actual) * 0.005);
  // A fraction in words ("a third of its requests") is looser than digits, but not by half.
  if (vague && !bound && actual > 0 && (key === 'errorRate' || key === 'memoryPct')) return claimed / actual >= 0.75 && claimed / actual <= 1.35;
  if (vague && !bound && actual > 0 && claimed / actual >= 0.6 && claimed / actual <= 1.6) return true;
  if (bound === 'max') return actual <= claimed * 1.05 + (key === 'errorRate' ? 0.002 : 0.5);
  if (bound === 'min') return actual >= claimed * 0.95 - (key === 'errorRate' ? 0.002 : 0.5);
  const diff = Math.abs(claimed - actual);
  switch (key) {
    case 'replicas':
      return diff === 0;
    case 'errorRate':
      return diff <= Math.max(0.0025, Math.abs(actual) * 0.2);
    case 'cpuPct':
    case 'memoryPct':
      // People round a percentage to the unit or to 5, not by a tenth of it.
      return diff <= Math.max(3, Math.abs(actual) * 0.06);
    case 'uptimeSec':
      // "up 45 s" for 9 s is wrong; "about two days" for 1.7 days is not.
      return diff <= (Math.abs(actual) < 600 ? Math.max(10, Math.abs(actual) * 0.5) : Math.max(120, Math.abs(actual) * 0.3));
    case 'ratio': {
      // "roughly 100 times" for 132x: a large multiple given as one round figure is an order of size, not a measurement.
      const round = claimed >= 10 && Number.isInteger(claimed / 10 ** Math.floor(Math.log10(claimed)));
      return diff <= Math.max(0.3, Math.abs(actual) * 0.2, round ? claimed * 0.35 : 0);
    }
    case 'memoryMb':
    case 'memoryLimitMb':
      return diff <= Math.max(8, Math.abs(actual) * 0.1);
    default:
      return diff <= Math.max(2, Math.abs(actual) * 0.15);
  }
}
