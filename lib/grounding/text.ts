/**
 * Text helpers of the detector: numbers as people write them, escaping, and
 * walking a tool result's JSON. Browser-safe and free of fleet knowledge.
 */

const SMALL: Record<string, number> = {
  zero: 0, no: 0, none: 0, a: 1, an: 1, one: 1, single: 1, lone: 1, two: 2, both: 2, couple: 2, pair: 2, three: 3, four: 4, five: 5, six: 6,
  seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12, half: 0.5, twice: 2, double: 2, triple: 3, thrice: 3,
};

/** Number words an answer may use for a count (regex alternation). */
export const NUMBER_WORD =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a dozen|a single|single|a couple of|a couple|a pair of|both';

/** A number as written: digits (1,200 / 4.2 / 1.2k) or words (three, twenty-five, a dozen). */
export const NUMBER = `(?:\\d[\\d,]*(?:\\.\\d+)?k?|\\.\\d+|(?:(?:${NUMBER_WORD})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|\\d+) point (?:zero|one|two|three|four|five|six|seven|eight|nine|\\d)(?: (?:zero|one|two|three|four|five|six|seven|eight|nine))?|(?:${NUMBER_WORD})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)`;

const DIGIT: Record<string, string> = { zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' };

export function parseNumber(raw: string): number {
  const s = raw.trim().toLowerCase().replace(/^(a|an) (?=single|couple|dozen|pair)/, '').replace(/ of$/, '');
  // "seven point two": the whole part, then its decimals digit by digit.
  const point = /^(.+?) point ((?:\w+)(?: \w+)?)$/.exec(s);
  if (point) {
    const whole = parseNumber(point[1]!);
    const decimals = point[2]!.split(' ').map((w) => DIGIT[w] ?? (/^\d$/.test(w) ? w : '')).join('');
    return decimals && Number.isFinite(whole) ? Number(`${whole}.${decimals}`) : Number.NaN;
  }
  if (/^[\d.,]+k$/.test(s)) return Number(s.slice(0, -1).replace(/,/g, '')) * 1000;
  if (/^[\d.,]+$/.test(s)) return Number(s.replace(/,/g, ''));
  const parts = s.split(/[- ]/);
  let total = 0;
  for (const p of parts) {
    const v = SMALL[p];
    if (v === undefined) return Number.NaN;
    total += v;
  }
  return total;
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Visits every value in a JSON document (bounded depth), with the key it sits under. */
export function walk(value: unknown, visit: (v: unknown, key?: string, parent?: Record<string, unknown>) => void, depth = 0, key?: string, parent?: Record<string, unknown>): void {
  if (depth > 8 || value === null || value === undefined) return;
  visit(value, key, parent);
  if (Array.isArray(value)) for (const item of value) walk(item, visit, depth + 1, key, parent);
  else if (typeof value === 'object') for (const [k, item] of Object.entries(value as Record<string, unknown>)) walk(item, visit, depth + 1, k, value as Record<string, unknown>);
}

/** Lower-case words and numbers only: how quotes are compared with tool text. */
export function normalizeWords(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[^a-z0-9.%/:_'-]+/g, ' ')
    .replace(/(?<!\d)[.:](?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words that say the clause is about the past (so it is not a claim about now). */
export const PAST = /\b(was|were|had been|had|used to|previously|earlier|before|formerly|prior|initially|originally|at first|until|back then|ago)\b/i;
/** Words that make the clause about now despite a past marker nearby. */
export const NOW = /\b(now|currently|at the moment|right now|presently|still|today|as of|is|are)\b/i;
/**
 * A sentence framed in the past from its start ("At 10:02, before the repairs,
 * X was …", "Earlier, X was …", "Before the fix X was …") with a past verb in
 * the words given: until "now" turns it, what it says is of that moment.
 */
export function inPastFrame(sentenceBefore: string): boolean {
  const frame = /^[\s*_>•-]*(?:(?:at|around|as of)\s+\d{1,2}:\d{2}[\d:.]*\s*,?\s*)?(?:before (?:the|my|our|its|their|any|this|that|i|we) \w+|earlier|previously|at first|originally|initially|back then|prior to (?:the|my|our) \w+)\b/i.exec(sentenceBefore);
  if (!frame) return false;
  const rest = sentenceBefore.slice(frame[0].length);
  return /\b(?:was|were|had)\b/i.test(rest) && !/\b(?:now|currently|at present|today|since then|these days)\b|\b(?:is|are)\s+(?:now|still|currently)\b/i.test(rest);
}

/** A clause that is a hypothesis, plan, suggestion or forecast rather than a statement of fact. */
export const MODAL = /\b(if|unless|whether|would|could|might|may|should|can|cannot|can't|once|when it|when they|in case|will|won't|going to|expect(?:ed)? to|likely|probably|perhaps|maybe|possibly|recommend|suggest|consider|try|want|need to|needs to|ought|plan to|planning|you can|an admin can)\b/i;

const compiled = new Map<string, RegExp>();

/**
 * A regular expression built from parts (number words, verb lists), compiled
 * once per pattern: the claim modules build them per unit of every answer.
 * Safe to share because callers use them with matchAll (which copies the
 * regex), test or exec without the g flag.
 */
export function cachedRegExp(source: string, flags = ''): RegExp {
  const key = `${flags}/${source}`;
  let re = compiled.get(key);
  if (!re) {
    if (compiled.size > 500) compiled.clear();
    compiled.set(key, (re = new RegExp(source, flags)));
  }
  return re;
}
