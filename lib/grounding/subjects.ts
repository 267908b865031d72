import { structuredFields } from './structured';
import { escapeRe } from './text';

/**
 * Reads an answer as units of claims (sentences, list items, table cells) and
 * finds what each is about: the services it names, and for the words that
 * name none, the subject the structure or a pronoun gives them (a heading, a
 * list item's lead, a table's first column or header, "its", "the latter",
 * "both").
 */
export interface Mention {
  service: string;
  /** Offsets in the unit's text. */
  start: number;
  end: number;
}

export type UnitKind = 'prose' | 'list' | 'table' | 'heading' | 'code' | 'blockquote';

export interface Unit {
  text: string;
  /** Offset of the unit in the answer. */
  start: number;
  kind: UnitKind;
  mentions: Mention[];
  /** Who the words before the first mention (or the whole unit, without one) are about. */
  lead: string[];
  /** A table column's header or a list item's label ("Replicas:"), naming what a bare value is. */
  column?: string;
}

export interface Doc {
  text: string;
  units: Unit[];
  /** Every service the answer names, in order of first mention. */
  mentioned: string[];
}

export interface Segment {
  /** The services this stretch of words is about (several for "web-ui and redis are …"). */
  services: string[];
  /** The claim words, and their offset in the unit. */
  text: string;
  offset: number;
  /** Where the subject's words start in the unit (the mention, or the unit start for a lead). */
  subjectStart: number;
  subjectText: string;
}

const aliasCache = new Map<string, RegExp>();

/** How a service can be written: its name, with a space for the hyphen, PostgreSQL for postgres. */
function aliasRe(name: string): RegExp {
  let re = aliasCache.get(name);
  if (!re) {
    const alts = [escapeRe(name)];
    if (name.includes('-')) alts.push(name.split('-').map(escapeRe).join('[ _]'));
    if (name === 'postgres') alts.push('postgresql', 'postgre');
    re = new RegExp(`(?<![\\w/-])(?:${alts.join('|')})(?![\\w-]|\\.\\w)`, 'gi');
    aliasCache.set(name, re);
  }
  re.lastIndex = 0;
  return re;
}

export function mentionsOf(text: string, names: readonly string[]): Mention[] {
  const out: Mention[] = [];
  for (const name of names) {
    for (const m of text.matchAll(aliasRe(name))) {
      // "the MCP server" is mcp-server, but "the model a user picked" is not model-a.
      if (name.includes('-') && !m[0].includes('-') && /^(model|ai) /i.test(m[0]) && !/^(model|ai) [a-z]\b/i.test(m[0])) continue;
      out.push({ service: name, start: m.index!, end: m.index! + m[0].length });
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out.filter((m, i) => i === 0 || m.start >= out[i - 1]!.end);
}

const SENTENCE_RE = /[^.!?;\n]*(?:[.!?](?=[^\s)\]"'’”*_])[^.!?;\n]*)*(?:[.!?;]+|$)/g;

/** Quoted words (a log line, a tool's message) are one piece: their own ";" or "." does not end the sentence around them. */
function maskQuotes(text: string): string {
  return text
    .replace(/"[^"\n]{1,300}"|“[^”\n]{1,300}”|`[^`\n]{1,300}`/g, (q) => q[0] + q.slice(1, -1).replace(/[.!?;]/g, ',') + q.at(-1))
    // "i.e. about 57 s", "vs. 1.6 s", "approx. 40 %", "prev. 2.3.0", "svc. web-ui": an abbreviation's dot does not end the sentence.
    .replace(/\b(?:i\.e|e\.g|vs|approx|incl|etc|cf|resp|avg|est|min|max|ca|prev|curr|orig|svc|svcs|deps|ver)\.(?=\s+[a-z0-9~≈(])/gi, (a) => a.replace(/\./g, ','));
}

function sentencesOf(raw: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  const text = maskQuotes(raw);
  SENTENCE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_RE.exec(text))) {
    if (m[0].length === 0) {
      SENTENCE_RE.lastIndex += 1;
      if (SENTENCE_RE.lastIndex > text.length) break;
      continue;
    }
    if (m[0].trim()) out.push({ text: raw.slice(m.index, m.index + m[0].length), start: m.index });
  }
  return out;
}

const MODEL_GROUP = /\b(?:the|both|all)\s+(?:two\s+|2\s+)?model(?:s| servers| backends)\b|\bboth model servers\b/i;
const PRONOUN_GROUP = /\b(both|they|them|their|theirs|these|those|the two|each of them|all three|the pair)\b/i;
const PRONOUN_ONE = /\b(it|its|it['’]s|itself|this service|that service|the service|this one|that one|the same service)\b/i;

/** Slack-style emoji codes, read as the sign they stand for (same length, so offsets stay). */
const SHORTCODES: Record<string, string> = {
  large_green_circle: '🟢', green_circle: '🟢', white_check_mark: '✅', heavy_check_mark: '✅', ballot_box_with_check: '✅', red_circle: '🔴', x: '❌', no_entry: '❌', rotating_light: '🔴', fire: '🔴',
  large_yellow_circle: '🟡', yellow_circle: '🟡', large_orange_circle: '🟠', orange_circle: '🟠', warning: '⚠️', hourglass: '⏳', hourglass_flowing_sand: '⏳', large_blue_circle: '🔵', blue_circle: '🔵',
};
export function withEmoji(answer: string): string {
  return answer.replace(/:([a-z_]{1,30}):/g, (m, name: string) => {
    const sign = SHORTCODES[name];
    return sign ? sign + ' '.repeat(m.length - sign.length) : m;
  });
}

/** Splits an answer into units and gives each its subjects. */
export function readAnswer(rawAnswer: string, names: readonly string[], question = ''): Doc {
  // ":large_green_circle: *redis* — fine": a Slack post's emoji codes are signs and bullets like the emoji themselves.
  const answer = withEmoji(rawAnswer);
  const units: Unit[] = [];
  const mentioned: string[] = [];
  const questionServices = [...new Set(mentionsOf(question, names).map((m) => m.service))];
  let prevGroup: string[] = questionServices;
  // "the former"/"the latter" pick from a pair: the first "X and Y" (or "X or Y") of the sentence before, when it names more than two.
  let prevPair: string[] = questionServices.length === 2 ? questionServices : [];
  let heading: string[] = [];
  let headingLevel = 0;
  const listStack: Array<{ indent: number; subjects: string[] }> = [];
  let table: { header: string[]; headerServices: Array<string | undefined> } | undefined;
  let inCode = false;
  let code: { lang: string; start: number; lines: Array<{ text: string; start: number }> } | undefined;
  // A JSON or YAML block is read field by field as claims; any other block line by line as quoted words.
  const flushCode = () => {
    if (!code) return;
    const end = code.lines.at(-1) ? code.lines.at(-1)!.start + code.lines.at(-1)!.text.length : code.start;
    const block = answer.slice(code.start, end);
    const fields = structuredFields(block, code.lang, names, heading.length ? heading : prevGroup.length === 1 ? prevGroup : []);
    if (fields) for (const f of fields) addUnit(f.text, code.start + f.start, 'list', f.subjects, f.label);
    else for (const l of code.lines) if (l.text.trim()) units.push({ text: l.text, start: l.start, kind: 'code', mentions: mentionsOf(l.text, names), lead: heading });
    code = undefined;
  };

  const resolveLead = (leadText: string, structural: string[], firstMention?: string): string[] => {
    // "The other seven are healthy", "the rest are fine": every service but the ones named so far.
    // (Nothing named yet: the ones the question set apart, "Apart from model-a, is anything wrong?" → "the other seven are fine".)
    const setApart = mentioned.length ? mentioned : questionServices;
    if (/^[^\w]*(?:(?:and|but|so|yes|yeah|yep|no|nope|right|correct)\b[^\w]*)*(?:the other(?:s| \w+)?|the rest|the remaining|all (?:the )?others|every other|everything else|everyone else)\b(?!\s+(?:about|with|regarding|concerning|for)\s+(?:it|them|this|that|its|the service)\b)/i.test(leadText) && setApart.length) return names.filter((n) => !setApart.includes(n));
    if (/\bthe latter\b/i.test(leadText) && prevGroup.length) return [(prevPair.length === 2 ? prevPair : prevGroup).at(-1)!];
    if (/\bthe former\b/i.test(leadText) && prevGroup.length) return [(prevPair.length === 2 ? prevPair : prevGroup)[0]!];
    // "the two model servers", "both models": the fleet's model servers as a group.
    const models = names.filter((n) => /^model-/.test(n));
    if (models.length >= 2 && MODEL_GROUP.test(leadText)) return models;
    if (PRONOUN_GROUP.test(leadText) && prevGroup.length > 1) return prevGroup;
    if (PRONOUN_ONE.test(leadText) && prevGroup.length) return structural.length === 1 ? structural : [prevGroup[0]!];
    // "2. Error rate currently 48.7 %, still failing on model-a": a list item or sentence whose first name is an object reached
    // through a preposition, after figures with no owner, goes on about the one service the unit before was about.
    if (firstMention && prevGroup.length === 1 && prevGroup[0] !== firstMention && !structural.length && /\d/.test(leadText) && /\b(?:on|to|from|against|via|with)\s+(?:the\s+)?[*_`]*$/i.test(leadText) && !/\b(?:it|its|they|their)\b/i.test(leadText)) return prevGroup;
    if (firstMention) return [firstMention];
    if (structural.length) return structural;
    return prevGroup.length === 1 ? prevGroup : [];
  };

  const addUnit = (text: string, start: number, kind: UnitKind, structural: string[], column?: string) => {
    const named = mentionsOf(text, names);
    // "The former is scaling, the latter is restarting": each points back at one of the services named before.
    const pointers: Mention[] = [];
    for (const m of text.matchAll(/\bthe (former|latter)\b/gi)) {
      // "Comparing A and B: the former …": a pair named earlier in the same sentence comes first.
      const here = named.filter((x) => x.end <= m.index!);
      const i = here.findLastIndex((x, k) => k > 0 && here[k - 1]!.service !== x.service && /^[\s*`]*(?:and|or|&|vs\.?|versus)[\s*`]*$/i.test(text.slice(here[k - 1]!.end, x.start)));
      const pair = i > 0 ? [here[i - 1]!.service, here[i]!.service] : prevPair.length === 2 ? prevPair : prevGroup;
      if (pair.length < 2) continue;
      pointers.push({ service: /former/i.test(m[1]!) ? pair[0]! : pair.at(-1)!, start: m.index!, end: m.index! + m[0].length });
    }
    const mentions = [...named, ...pointers].sort((a, b) => a.start - b.start);
    const leadText = text.slice(0, mentions[0]?.start ?? text.length);
    const lead = resolveLead(leadText, structural, mentions[0]?.service);
    units.push({ text, start, kind, mentions, lead, column });
    for (const m of named) if (!mentioned.includes(m.service)) mentioned.push(m.service);
    const group = [...new Set(named.map((m) => m.service))];
    if (group.length) {
      prevGroup = group;
      prevPair = [];
      for (let i = 0; i + 1 < named.length && group.length > 2; i++) {
        if (named[i]!.service !== named[i + 1]!.service && /^[\s*`]*(?:and|or|&)[\s*`]*$/i.test(text.slice(named[i]!.end, named[i + 1]!.start))) {
          prevPair = [named[i]!.service, named[i + 1]!.service];
          break;
        }
      }
    }
    else if (lead.length) prevGroup = lead;
  };

  let offset = 0;
  for (const rawLine of answer.split('\n')) {
    const lineStart = offset;
    offset += rawLine.length + 1;
    const line = rawLine.replace(/\r$/, '');
    if (/^\s*(```|~~~)/.test(line)) {
      if (inCode) flushCode();
      else code = { lang: /^\s*(?:```|~~~)\s*([\w-]*)/.exec(line)![1]!, start: offset, lines: [] };
      inCode = !inCode;
      continue;
    }
    if (inCode) {
      code!.lines.push({ text: line, start: lineStart });
      continue;
    }
    if (!line.trim()) {
      table = undefined;
      continue;
    }
    // Tables: the first column (or the header, for a table with services as columns) is the subject.
    if (/^\s*\|/.test(line)) {
      const cells: Array<{ text: string; start: number }> = [];
      const re = /\|([^|]*)/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(line))) {
        if (m.index + m[0].length >= line.length && !m[1]!.trim()) break;
        cells.push({ text: m[1]!, start: lineStart + m.index + 1 });
      }
      if (cells.every((c) => /^\s*:?-{2,}:?\s*$/.test(c.text) || !c.text.trim())) continue;
      if (!table) {
        table = { header: cells.map((c) => c.text.trim()), headerServices: cells.map((c) => mentionsOf(c.text, names)[0]?.service) };
        continue;
      }
      const rowSubject = mentionsOf(cells[0]?.text ?? '', names).map((x) => x.service);
      const transposed = rowSubject.length === 0 && table.headerServices.some(Boolean);
      cells.forEach((cell, i) => {
        if (!cell.text.trim()) return;
        if (i === 0) {
          if (rowSubject.length) {
            for (const s of rowSubject) if (!mentioned.includes(s)) mentioned.push(s);
            return;
          }
          // A table with services as columns: the first cell names the row's metric.
          if (transposed) return;
        }
        const subject = transposed ? [table!.headerServices[i]].filter((x): x is string => !!x) : rowSubject.length ? rowSubject : heading;
        const column = transposed ? cells[0]!.text.trim() : table!.header[i];
        const mentions = mentionsOf(cell.text, names);
        units.push({ text: cell.text, start: cell.start, kind: 'table', mentions, lead: subject, column });
        for (const x of mentions) if (!mentioned.includes(x.service)) mentioned.push(x.service);
      });
      if (rowSubject.length) prevGroup = rowSubject;
      continue;
    }
    table = undefined;

    const headingMatch = /^\s*(#{1,6})\s+(.*)$/.exec(line) ?? (/^\s*(\*\*|__)([^*_]{1,60})\1\s*:?\s*$/.exec(line) ? ['', '#######', line] : null);
    if (headingMatch) {
      const level = headingMatch[1]!.length;
      let services = [...new Set(mentionsOf(line, names).map((x) => x.service))];
      // "## Everything else", "### The rest": the services not named so far.
      if (!services.length && /\b(everything else|the rest|the others|other services|all others|remaining services|everyone else|rest of the fleet)\b/i.test(line)) services = names.filter((n) => !mentioned.includes(n));
      if (level <= headingLevel || services.length || !heading.length) {
        heading = services;
        headingLevel = level;
      }
      listStack.length = 0;
      addUnit(line, lineStart, 'heading', services);
      continue;
    }

    // Emoji are bullets too ("🔴 redis — stopped", "✅ web-ui rolled back"); the sign stays in the item's words, where it says something.
    const item = /^(\s*)(?:(?:[-*+•]|\d+[.)])\s+|(?=(?:\p{Extended_Pictographic}|[\u2600-\u27BF])\uFE0F?\s*\S))/u.exec(line);
    const quote = /^\s*>\s?/.exec(line);
    let body = line;
    let bodyStart = lineStart;
    let kind: UnitKind = 'prose';
    let structural = heading;
    let column: string | undefined;
    if (item) {
      kind = 'list';
      const indent = item[1]!.length;
      while (listStack.length && listStack.at(-1)!.indent >= indent) listStack.pop();
      const parent = listStack.at(-1)?.subjects ?? heading;
      body = line.slice(item[0].length);
      bodyStart = lineStart + item[0].length;
      // "**redis**: stopped", "redis — 1 replica", "Replicas: 2".
      const label = /^\s*(\*\*|__|`)?([^*_:`|]{1,40}?)\1?\s*(?::|—|–|\s-\s)\s*/.exec(body);
      const labelServices = label ? mentionsOf(label[2]!, names).map((x) => x.service) : [];
      const leadServices = mentionsOf(body.slice(0, 40), names);
      let own: string[] = parent;
      if (labelServices.length) own = [...new Set(labelServices)];
      else if (label && label[2]!.trim().split(/\s+/).length <= 3) column = label[2]!.trim();
      else if (leadServices[0]?.start !== undefined && leadServices[0].start <= 4) own = [leadServices[0].service];
      listStack.push({ indent, subjects: own });
      structural = own;
    } else if (quote) {
      kind = 'blockquote';
      body = line.slice(quote[0].length);
      bodyStart = lineStart + quote[0].length;
    } else {
      listStack.length = 0;
      const label = /^\s*(\*\*|__)?([A-Za-z][\w %/()-]{0,30}?)\1?\s*:\s+/.exec(body);
      // A label is a few words ("Replicas:", "Error rate:"), not a clause before a colon.
      if (label && !mentionsOf(label[2]!, names).length && label[2]!.trim().split(/\s+/).length <= 3) column = label[2]!.trim();
    }
    for (const s of sentencesOf(body)) addUnit(s.text, bodyStart + s.start, kind, structural, column);
  }
  if (inCode) flushCode();
  return { text: answer, units, mentioned };
}

/**
 * The stretches of a unit and the services each is about: from a name to the
 * next name. "web-ui and redis are stopped" gives both names the claim, and
 * the words before any name belong to the unit's lead subject.
 */
export function segmentsOf(unit: Unit): Segment[] {
  const { text } = unit;
  // "model-b, one of ai-agent's dependencies, is degraded": a name inside such an aside qualifies, it is not the subject.
  const asides = relativeAsides(text);
  const mentions = unit.mentions.filter(
    (m) =>
      !(/\b(?:one of|of|among|like)\s+$/i.test(text.slice(Math.max(0, m.start - 10), m.start)) && /^['’]s\s+(?:\w+\s+)?(?:dependenc|dependents|upstream|downstream|callers|clients|consumers|deps)/i.test(text.slice(m.end))) &&
      // "redis, which ai-agent depends on, is down": a name inside a relative aside is not the subject of what follows it.
      !asides.some(([a, b]) => m.start > a && m.end <= b),
  );
  const segments: Segment[] = [];
  const firstStart = mentions[0]?.start ?? text.length;
  // "Both of mcp-server's dependencies are healthy": a lead taken from a name read past above is about that name's dependencies, not it.
  const leadReadPast = unit.lead.length === 1 && unit.mentions[0] !== undefined && unit.mentions[0].start < firstStart && unit.mentions[0].service === unit.lead[0] && !mentions.includes(unit.mentions[0]);
  if (unit.lead.length && !leadReadPast && (mentions.length === 0 || text.slice(0, firstStart).trim())) {
    segments.push({ services: unit.lead, text: text.slice(0, firstStart), offset: 0, subjectStart: 0, subjectText: '' });
  }
  mentions.forEach((m, i) => {
    segments.push({ services: [m.service], text: text.slice(m.end, mentions[i + 1]?.start ?? text.length), offset: m.end, subjectStart: m.start, subjectText: text.slice(m.start, m.end) });
  });
  // "web-ui and redis are running": the claim after the last name is about all of them.
  for (let i = segments.length - 2; i >= 0; i--) {
    const seg = segments[i]!;
    if (seg.subjectText && /^[\s,/*`'’s]*(and|or|&|as well as|plus|nor|,)?[\s,*`]*(both\s*)?$/i.test(seg.text)) {
      const next = segments[i + 1]!;
      // "Next to mcp-server, model-a stands out": names parted by a comma alone and followed by a singular verb are not one subject.
      if (/^[\s,]*$/.test(seg.text) && /^\s*(?:is|was|has|does|(?!(?:its|this|has|was|is)\b)[a-z]+[^s\W]s)\b/i.test(next.text)) continue;
      segments[i] = { ...seg, services: [...new Set([...seg.services, ...next.services])], text: next.text, offset: next.offset };
      segments[i + 1] = { ...next, services: [] };
    }
  }
  // "X and Y depend on Z and both are healthy": a plural pronoun after one name points back at the group named before it, not at that name.
  for (let i = 1; i < segments.length; i++) {
    const seg = segments[i]!;
    if (seg.services.length !== 1) continue;
    const group = segments.slice(0, i).reverse().find((x) => x.services.length >= 2)?.services;
    if (!group || group.includes(seg.services[0]!)) continue;
    const back = PLURAL_BACK.exec(seg.text);
    if (!back) continue;
    const at = back.index + back[0].length - back[1]!.length;
    segments.splice(i + 1, 0, { services: group, text: seg.text.slice(at), offset: seg.offset + at, subjectStart: seg.offset + at, subjectText: back[1]! });
    segments[i] = { ...seg, text: seg.text.slice(0, at) };
  }
  // "ai-agent's connections to model-b are refused, so about 41 % of its requests fail": after a name reached through a preposition,
  // a new clause about "its" is about the subject named before, not that object.
  // (The subject is the one named before every object on the way: "web-ui depends on ai-agent (and on mcp-server and postgres), but it's running" is web-ui.)
  const reachedThrough = (seg: Segment) => !!seg.subjectText && /\b(?:to|on|from|with|by|than|via|towards?)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, seg.subjectStart - 12), seg.subjectStart));
  for (let i = 1; i < segments.length; i++) {
    const seg = segments[i]!;
    if (!seg.services.length || !reachedThrough(seg)) continue;
    let j = i - 1;
    // (Past the segments a group took over, "A and B": they are empty now.)
    while (j > 0 && (!segments[j]!.services.length || reachedThrough(segments[j]!))) j--;
    const prev = segments[j]!;
    if (!prev.services.length || seg.services.some((x) => prev.services.includes(x))) continue;
    // ("… even though it depends on model-b: its own latency is 2 s": "its own" sets the subject against the object just named.)
    // ("ai-agent and web-ui depend on mcp-server and are degraded": a verb after "and" with no subject of its own goes on with the sentence's.)
    // ("load-generator needs only web-ui — not mcp-server — and it is healthy": a dash closing an aside turns back like a comma.)
    const turn = /(?:(?:,|\s[—–])\s*(?:so|and|but|yet|though|although|even so|still|which means|meaning|which is why|which explains why|that is why|that['’]s why)\b|\s(?:so|hence|therefore)\b|;|:(?=\s*(?:its|their) own\b))(?=[^.;]*\bits?\b|\s*(?:its|their) own\b)|,?\s(?:and|but)\s+(?:both\s+|all\s+|also\s+|still\s+|now\s+)?(?=(?:is|are|was|were|has|have|remains?|stays?|looks?|seems?|reports?|shows?)\b)/i.exec(seg.text);
    if (!turn) continue;
    const at = turn.index + turn[0].length;
    segments.splice(i + 1, 0, { services: prev.services, text: seg.text.slice(at), offset: seg.offset + at, subjectStart: seg.offset + at, subjectText: '' });
    segments[i] = { ...seg, text: seg.text.slice(0, at) };
  }
  // "X's memory has levelled off and the service reports healthy": after a clause about X's attribute, a singular pronoun starts a claim about X itself.
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if (seg.services.length !== 1 || !/^['’]s\s/.test(seg.text)) continue;
    const back = SINGULAR_BACK.exec(seg.text);
    if (!back) continue;
    const at = back.index + back[0].length - back[1]!.length;
    segments.splice(i + 1, 0, { services: seg.services, text: seg.text.slice(at + back[1]!.length), offset: seg.offset + at + back[1]!.length, subjectStart: seg.offset + at, subjectText: back[1]! });
    segments[i] = { ...seg, text: seg.text.slice(0, at) };
  }
  // The aside (its "which" and commas) would end the claim's clause before its predicate: read past it, keeping offsets.
  for (const seg of segments) {
    for (const [a, b] of asides) {
      if (a < seg.offset || b > seg.offset + seg.text.length || text.slice(seg.offset, a).trim()) continue;
      const inner = ' '.repeat(b - a);
      seg.text = seg.text.slice(0, a - seg.offset) + inner + seg.text.slice(b - seg.offset);
    }
  }
  return segments.filter((s) => s.services.length);
}

/** ", which ai-agent depends on," between commas (or dashes) right after a name: the stretches to read past when finding a claim's subject. */
function relativeAsides(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(/[\w-]\s*(,|\s[—–-])\s*(?:which|that|whom|whose)\s+([^,;.—–()]{1,60}?)(,|\s[—–-]\s)(?=\s*(?:is|are|was|were|has|have|looks?|seems?|remains?|stays?|reports?|runs?|shows?|itself|also|still|now|currently)\b)/gi)) {
    out.push([m.index! + 1, m.index! + m[0].length]);
  }
  // "web-ui doesn't call redis (its dependencies are ai-agent and postgres) and is healthy": a bracketed clause of its own, with the
  // sentence's verb going on after it; not "two services (ai-agent and web-ui) are degraded", where the brackets name the subject.
  for (const m of text.matchAll(/\(([^()]{1,160})\)(?=\s*,?\s*(?:(?:and|but)\s+)?(?:is|are|was|were|has|have|looks?|seems?|remains?|stays?|reports?|runs?|shows?|still)\b)/gi)) {
    if (/^\s*(?:its|their|it|they|which|who|that|whose)\b|\b(?:is|are|was|were|has|have|depends?|calls?|uses?|needs?)\b/i.test(m[1]!)) out.push([m.index!, m.index! + m[0].length]);
  }
  return out;
}

const SINGULAR_BACK = /(?:\band|\bbut|[,;])\s+((?:it|the service|this service|the service itself|it itself))(?=\s+(?:is|was|has|reports|looks|seems|remains|stays|shows|runs)\b)/i;
const PLURAL_BACK = /(?:\band|\bbut|[,;])\s+((?:both(?: of them)?|they|all (?:two|three|four) of them|each of them|the two of them))\s+(?:are|were|have|remain|look|seem|stay|still|report|show)\b/i;
