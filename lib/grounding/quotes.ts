import { tidy, type Claim, type ClaimModule, type CheckContext } from './claim';
import { mentionsOf, readAnswer } from './subjects';
import { cachedRegExp, normalizeWords } from './text';
import type { GroundingFinding, ToolResultInput } from './types';

/**
 * Text presented as a log line or a tool's own words ("the logs say
 * "connection reset by peer"", a code block, a block quote) must appear in one
 * of this turn's tool results. Quoting them word for word is grounded by
 * definition (and its numbers are not claims about the fleet); a quote found
 * in none is invented.
 */
interface QuoteClaim extends Claim {
  relation: 'quote';
  value: string;
  /** Offset range of the quoted words in the answer. */
  range: [number, number];
}

const CUE = /\b(logs?|logged|log line|line|lines|says?|said|reads?|reported|reports|shows?|showed|shown|output|message|messages|error|errors|returned|returns|wrote|printed|printing|prints|logging|writes|writing|entry|entries|finding|findings|diagnos\w*|tool|stack ?trace|exception|event|warns?|warning|complain\w*|literally|verbatim|quote|quoting|the result|responded|states?)\b/i;

function looksLikeToolWords(q: string): boolean {
  const words = q.trim().split(/\s+/);
  if (words.length >= 4) return true;
  return words.length >= 2 && /\d|[=:/_]/.test(q);
}

function toolStrings(calls: ToolResultInput[]): string[] {
  const out: string[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 8 || v === null || v === undefined) return;
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) for (const x of v) visit(x, depth + 1);
    else if (typeof v === 'object') for (const x of Object.values(v as Record<string, unknown>)) visit(x, depth + 1);
  };
  // A refusal's message is the tool's words too: quoting it is quoting the tool (it is still no action done).
  for (const c of calls) visit(c.result, 0);
  return out;
}

/** Whether quoted words are in the tools' text: every part between ellipses, level tags and timestamps aside. */
const haystacks = new WeakMap<ToolResultInput[], { haystack: string[]; joined: string }>();

export function quoteFound(quote: string, calls: ToolResultInput[]): boolean {
  // One turn's tool text, normalised once for all the quotes of its answer.
  let cached = haystacks.get(calls);
  if (!cached) {
    const haystack = toolStrings(calls).map(normalizeWords);
    haystacks.set(calls, (cached = { haystack, joined: haystack.join(' | ') }));
  }
  const { haystack, joined } = cached;
  const field = fieldFound(quote, calls);
  if (field !== undefined) return field;
  const parts = quote
    .split(/\.\.\.|…|\[\.\.\.\]/)
    .map((p) => normalizeWords(stripLinePrefix(p).replace(/\b\d{4}-\d\d-\d\dT[\d:.]+z?\b/gi, '')).replace(/[.,;:!?]+$/, ''))
    .filter((p) => p.length >= 3);
  if (!parts.length) return true;
  return parts.every((p) => joined.includes(p) || haystack.some((h) => h.includes(p)));
}

/** What a log viewer prints before a line ("[14:00:10] INFO", "2026-11-30T14:00:10Z ERROR:", "WARN |"): not the line's words. */
const LINE_PREFIX = /^\s*[[(]?\s*(?:\d{4}-\d\d-\d\d[T ][\d:.]+z?|\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:\s*utc)?|error|warn|warning|info|debug|err)\s*[\])]?\s*[:|-]?\s*/i;

function stripLinePrefix(text: string): string {
  let out = text;
  for (let i = 0; i < 4 && LINE_PREFIX.test(out); i++) out = out.replace(LINE_PREFIX, '');
  return out;
}

/** `"status": "degraded"`, `replicas: 2`: a field of a tool's JSON quoted with its value. Undefined when the quote is not one field or no result has that field. */
function fieldFound(quote: string, calls: ToolResultInput[]): boolean | undefined {
  const m = /^\s*[{]?\s*"?([A-Za-z_][\w.]*)"?\s*[:=]\s*"?([^",{}]*?)"?\s*,?\s*[}]?\s*$/.exec(quote);
  if (!m) return undefined;
  const [key, value] = [m[1]!, m[2]!.trim().toLowerCase()];
  let seen = false;
  let found = false;
  const visit = (v: unknown, depth: number) => {
    if (depth > 8 || found || v === null || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (k === key && (x === null || typeof x !== 'object')) {
        seen = true;
        if (String(x).toLowerCase() === value) found = true;
      }
      visit(x, depth + 1);
    }
  };
  for (const c of calls) visit(c.result, 0);
  return seen ? found : undefined;
}

/** The digits of a text as one shape: "p95 above 2900ms" and "p95 above 1240ms" have the same words. */
const shape = (t: string) => normalizeWords(t).replace(/\d+(?:\.\d+)?/g, '#').replace(/\s*%/g, '%');

/** A tool string the quote reproduces word for word except for its figures (a real line, altered). */
function alteredFrom(quote: string, calls: ToolResultInput[]): string | undefined {
  const want = shape(quote.replace(/^\s*\[?\s*(error|warn|warning|info|debug|err)\s*\]?\s*:?\s*/i, ''));
  if (!want.includes('#') || want.replace(/[#\s]/g, '').length < 8) return undefined;
  return toolStrings(calls).find((t) => /\d/.test(t) && shape(t).includes(want));
}

export const quotes: ClaimModule<QuoteClaim> = {
  name: 'quotes',
  extract({ doc, question, facts }) {
    const claims: QuoteClaim[] = [];
    // "Which line did the logs show?": the question can be what says the quoted words are the tools'.
    const askedForWords = CUE.test(question);
    for (const unit of doc.units) {
      if (unit.kind === 'code' || unit.kind === 'blockquote') {
        const body = unit.text.replace(/^\s*[-*]\s+/, '');
        const lead = unit.text.length - body.length;
        const trimmed = body.trim();
        if (!trimmed || !looksLikeToolWords(trimmed) || /^\s*(\$|curl|npm|npx|kubectl|docker|git|GET|POST|PUT|DELETE)\b/.test(trimmed)) continue;
        if (unit.kind === 'blockquote' && !/\d|[=:[\]]/.test(trimmed)) continue;
        const at = unit.start + lead + body.indexOf(trimmed);
        claims.push({ subjects: unit.lead, relation: 'quote', value: trimmed, polarity: true, range: [at, at + trimmed.length], ...tidy(trimmed, at) });
        continue;
      }
      const text = unit.text;
      // "The logs show: ERROR pool exhausted": a tool's words after a colon, unquoted.
      const said = /\b(?:logs?|log line|last line|the tool|diagnostics|output|error message|message)\s+(?:says?|shows?|reads?|reports?|printed|contains?|is)\s*:\s*([^"“`\n]{8,300}?)\s*$/i.exec(text);
      if (said && looksLikeToolWords(said[1]!)) {
        const q = said[1]!.replace(/[.]$/, '');
        const at = unit.start + said.index + said[0].length - said[1]!.length;
        claims.push({ subjects: unit.lead, relation: 'quote', value: q, polarity: true, range: [at, at + q.length], ...tidy(q, at) });
      }
      for (const m of text.matchAll(/"([^"\n]{4,300})"|“([^”\n]{4,300})”|`([^`\n]{4,300})`/g)) {
        const q = (m[1] ?? m[2] ?? m[3])!;
        if (!looksLikeToolWords(q)) continue;
        const context = text.slice(Math.max(0, m.index! - 80), m.index!) + text.slice(m.index! + m[0].length, m.index! + m[0].length + 30);
        const logShaped = /^\s*\[?(error|warn|info|debug)\]?\b|ECONN|exit(ed)? (with )?code|\b\d{3}\b.*\bin \d+ ?ms|TypeError|Exception|refused|timed? ?out|OOM/i.test(q);
        // A quote that is the whole answer, or the start of it, answering a question about the tools' words.
        const answersWithIt = askedForWords && /^[\s\W]*$/.test(text.slice(0, m.index!).replace(/^.*?\b(?:was|is|were|are|reads?|says?)\s*:?\s*$/i, ''));
        // Words in quotes that reproduce one of the tools' lines but for its figures present themselves as that line, with or without a cue.
        if (!CUE.test(context) && !logShaped && !answersWithIt && !alteredFrom(q, facts.calls)) continue;
        if (m[3] && !/\s/.test(q.trim())) continue;
        const at = unit.start + m.index! + 1;
        claims.push({ subjects: unit.lead, relation: 'quote', value: q, polarity: true, range: [at, at + q.length], ...tidy(q, at) });
      }
    }
    return claims;
  },
  check(claim, ctx) {
    if (quoteFound(claim.value, ctx.facts.calls)) return wrongLog(claim, ctx);
    const near = alteredFrom(claim.value, ctx.facts.calls);
    if (near) {
      return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: 'Quotes a line of the tools with a figure changed.', fact: `The tools say: "${near.slice(0, 200).replace(/[.\s]+$/, "")}".` };
    }
    return {
      kind: 'unsupported_claim',
      severity: 'error',
      span: claim.span,
      start: claim.start,
      message: 'Quotes words that none of this turn\'s tool results contain.',
      fact: ctx.facts.calls.length ? `Not in the results of ${[...new Set(ctx.facts.calls.map((c) => c.name))].join(', ')}.` : 'No tool was called this turn.',
    };
  },
};

/**
 * "web-ui keeps logging "upstream redis unavailable"" when that line is in
 * ai-agent's logs: a real line put in the log of a service whose own logs
 * (read this turn) do not have it.
 */
function wrongLog(claim: QuoteClaim, ctx: CheckContext): GroundingFinding | undefined {
  const before = ctx.doc.text.slice(Math.max(0, claim.start - 90), claim.start).replace(/["“`\s]+$/, " ");
  const said = /([\w-]+)(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:logs?|logging|logged|log lines?|keeps? (?:logging|printing|writing)|prints?|printed|writes?|wrote)\b[^"“`.;]{0,40}$/i.exec(before);
  const owner = said ? mentionsOf(said[1]!, ctx.facts.names)[0]?.service : undefined;
  if (!owner) return undefined;
  const logsOf = (service: string) => ctx.facts.calls.filter((c) => c.name === 'get_service_logs' && !c.isError && c.arguments?.service === service);
  const own = logsOf(owner);
  if (!own.length || quoteFound(claim.value, own)) return undefined;
  const elsewhere = ctx.facts.names.find((n) => n !== owner && logsOf(n).length && quoteFound(claim.value, logsOf(n)));
  if (!elsewhere) return undefined;
  return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Puts a line of ${elsewhere}'s logs in ${owner}'s.`, fact: `${owner}'s logs this turn do not have it; ${elsewhere}'s do.` };
}

/**
 * Blanks out what quotes the tools word for word (log lines, messages): a log
 * line's own numbers and paths are not claims about the fleet. Offsets stay.
 */
export function maskQuoted(answer: string, ctx: Pick<CheckContext, 'facts'>, names: readonly string[], question: string): string {
  let masked = answer;
  const blank = (a: number, b: number) => {
    masked = masked.slice(0, a) + masked.slice(a, b).replace(/[^\n]/g, ' ') + masked.slice(b);
  };
  for (const v of toolStrings(ctx.facts.calls)) {
    // Prose only: a service name or an issue label ("latency spike") is not a quote to blank out.
    if (v.length < 12 || v.trim().split(/\s+/).length < 4) continue;
    let at = masked.indexOf(v);
    while (at >= 0) {
      blank(at, at + v.length);
      at = masked.indexOf(v, at + v.length);
    }
  }
  const doc = readAnswer(masked, names, question);
  for (const claim of quotes.extract({ doc, facts: ctx.facts, question, questionServices: [] })) {
    if (quoteFound(claim.value, ctx.facts.calls)) blank(claim.range[0], claim.range[1]);
  }
  return masked;
}

/**
 * A tool's phrase restated without quotes, with its number changed: "the
 * process exited with code 139" when the tools say "exited with code 137".
 * The three words before the number must be the tools' own (two of them
 * content words, so "at about 5" is not a phrase), and the tools must never
 * follow them with the answer's number.
 */
interface RestatedClaim extends Claim {
  relation: 'restated';
  value: string;
  /** The numbers the tools give with the same words. */
  theirs: string[];
}

/** "evicted 6430 keys" (group 1-3) or "6430 keys were evicted" (4-6): a past participle and the count of its object. */
const COUNTED_DEED = /\b([a-z]{3,}ed)\s+(\d[\d,]*)\s+([a-z]{3,}s)\b|(?<![\d.])(\d[\d,]*)\s+([a-z]{3,}s)\s+(?:were|got|have been|had been)\s+([a-z]{3,}ed)\b/gi;

const GENERIC = new Set('the a an of to in on at for with by from and or is are was were be been it its this that about around roughly nearly almost some over under just only now still than per each every has have had which who what when there their them they then so as up down out into than more less most least very'.split(' '));

export const restatements: ClaimModule<RestatedClaim> = {
  name: 'restatements',
  extract({ doc, facts }) {
    const claims: RestatedClaim[] = [];
    if (!facts.calls.length) return claims;
    let joined: string | undefined;
    for (const unit of doc.units) {
      if (unit.kind === 'code') continue;
      for (const m of unit.text.matchAll(/(?<![\d.:-])(\d+(?:\.\d+)?)(?![\d:]|\.\d)/g)) {
        const words = normalizeWords(unit.text.slice(Math.max(0, m.index! - 60), m.index!)).split(' ').filter(Boolean).slice(-3);
        if (words.length < 3 || words.filter((w) => w.length >= 3 && !GENERIC.has(w) && !/\d/.test(w)).length < 2) continue;
        joined ??= toolStrings(facts.calls).map(normalizeWords).join(' | ');
        const phrase = words.join(' ');
        if (!joined.includes(phrase)) continue;
        const theirs = [...joined.matchAll(new RegExp(`${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (\\d+(?:\\.\\d+)?)(?![\\d])`, 'g'))].map((x) => x[1]!);
        if (!theirs.length) continue;
        claims.push({ subjects: unit.lead, relation: 'restated', value: m[1]!, theirs, polarity: true, ...tidy(m[1]!, unit.start + m.index!) });
      }
      // "The flush evicted 6430 keys", "6430 keys were evicted" when the tools log "3776 keys evicted": a count of what a verb did, in either order.
      for (const m of unit.text.matchAll(COUNTED_DEED)) {
        const [verb, count, noun] = m[1] ? [m[1], m[2]!, m[3]!] : [m[6]!, m[4]!, m[5]!];
        joined ??= toolStrings(facts.calls).map(normalizeWords).join(' | ');
        const v = verb.toLowerCase();
        const n = noun.toLowerCase();
        const theirs = [...joined.matchAll(cachedRegExp(`(?<![\\d.])(\\d+) ${n} (?:were |was |got |have been |had been )?${v}\\b|\\b${v} (\\d+) ${n}\\b`, 'g'))].map((x) => (x[1] ?? x[2])!);
        if (!theirs.length) continue;
        const at = m.index! + m[0].indexOf(count);
        claims.push({ subjects: unit.lead, relation: 'restated', value: count.replace(/,/g, ''), theirs, polarity: true, ...tidy(count, unit.start + at) });
      }
    }
    return claims;
  },
  check(claim) {
    if (claim.theirs.some((t) => Number(t) === Number(claim.value))) return undefined;
    return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Restates the tools' words with ${claim.value} where they say ${[...new Set(claim.theirs)].join(' or ')}.`, fact: `The tools give ${[...new Set(claim.theirs)].join(', ')} with the same words.` };
  },
};
