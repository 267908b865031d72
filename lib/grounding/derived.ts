import { tidy, type Claim, type ClaimModule } from './claim';
import { mentionsOf, segmentsOf, type Unit } from './subjects';
import { NUMBER, parseNumber } from './text';

/**
 * Arithmetic an answer does on figures it gives or the tools give, said as its
 * result: a stretch of time between two clock times it names ("started at
 * 14:00:10 and is due at 14:00:15.9, so about 6 seconds"), failures per minute
 * from throughput and error rate ("8.5 req/s at 23.8 % errors, about 121 failed
 * requests a minute"), and a fraction of an earlier reading ("from 62.9 % to
 * 16.2 %, about a quarter of what it was"). Each figure of its own is checked
 * elsewhere; here only whether the result follows from them.
 */
interface DerivedClaim extends Claim {
  /** dated_line: a figure of a log line restated beside that line's time ("14:00:30 — 52 requests queued"). */
  relation: 'clock_span' | 'failures_per_second' | 'fraction_of_before' | 'dated_line';
  /** For a dated line: the figures the tools' lines of that moment give with the same word. */
  theirs?: number[];
  value: number;
  /** What the figure should be, worked out from the answer's own figures (clock span, fraction), if it gave them. */
  expected?: number;
  /** "about", "roughly", "just under": a rounded figure. */
  loose: boolean;
}

const QUAL = '(?:about|around|roughly|approximately|approx\\.?|nearly|almost|just (?:over|under)|a (?:bit|little) (?:over|under)|some|~|≈|only|exactly|precisely)';
const CLOCK = /\b([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.(\d{1,3}))?)?\b/g;
const DURATION = new RegExp(`^(${QUAL}\\s+)?(${NUMBER}|half a|a)\\s*(seconds?|secs?|s|minutes?|mins?)\\b`, 'i');
const CONNECTOR = /^\s*(?:,|;|—|–|-|\(|:)?\s*(?:so(?:\s+(?:we['’]re|we are|it['’]s|it is|we['’]ve been|it['’]s been))?|that['’]?s|that is|i\.e\.?,?|which is|which makes|meaning|making(?: it)?|or|=|≈|a span of|a gap of|a total of|in all|for)?\s*(?:about|around|roughly|approximately|nearly|almost|just (?:over|under)|a (?:bit|little) (?:over|under)|some|~|≈|only|exactly)?\s*$/i;
const FAILURES = new RegExp(`\\b(${QUAL}\\s+)?(${NUMBER})\\s+(?:failed|failing|erroring|errored|unsuccessful|broken)\\s+(?:requests?|calls?|queries|responses)\\s*(?:a|an|per|each|every|\\/)\\s*(second|sec|s|minute|min|hour|hr)\\b|\\b(${QUAL}\\s+)?(${NUMBER})\\s+(?:errors|failures)\\s*(?:a|an|per|each|every|\\/)\\s*(second|sec|minute|min|hour|hr)\\b`, 'gi');
const FRACTION_WORDS: Record<string, number> = { 'a tenth': 0.1, 'one tenth': 0.1, 'a fifth': 0.2, 'one fifth': 0.2, 'a quarter': 0.25, 'one quarter': 0.25, 'a third': 1 / 3, 'one third': 1 / 3, half: 0.5, 'one half': 0.5, 'two thirds': 2 / 3, 'three quarters': 0.75 };
const FRACTION_OF_BEFORE = /\b(a tenth|one tenth|a fifth|one fifth|a quarter|one quarter|a third|one third|one half|half|two[- ]thirds|three[- ]quarters|(\d+(?:\.\d+)?)\s*(?:%|per ?cent))\s+(?:of\s+)?(?:what it was|what they were|where it was|where it started|its (?:earlier|previous|former|old|original|starting|initial|pre-\w+) (?:level|value|figure|reading|rate|load|share)|the (?:earlier|previous|former|original|starting|initial|before) (?:level|value|figure|reading|rate)|before)\b/gi;

/** "from 62.9 % before the repairs to 16.2 % now": an earlier and a later figure, in one unit. */
const FROM_TO = /\bfrom\s+(?:about\s+|around\s+|roughly\s+|~)?(\d[\d,]*(?:\.\d+)?)\s*(%|ms|s|mb|gb|req\/s|rps)?(?![\w.])[^.;:]{0,60}?\bto\s+(?:about\s+|around\s+|roughly\s+|~)?(\d[\d,]*(?:\.\d+)?)\s*(%|ms|s|mb|gb|req\/s|rps)?(?![\w.])/gi;

/** A figure with the word that says what it counts, as log lines write them: "4238ms", "25 requests queued", "attempt 8", "exit code 137". */
function keyedFigures(text: string): Array<{ key: string; value: number; index: number; span: string }> {
  const out: Array<{ key: string; value: number; index: number; span: string }> = [];
  const add = (key: string, raw: string, index: number, span: string) => {
    const value = Number(raw.replace(/,/g, ''));
    if (Number.isFinite(value) && !out.some((x) => x.index === index)) out.push({ key, value, index, span });
  };
  for (const m of text.matchAll(/(?<![\w.:])(\d[\d,]*(?:\.\d+)?)\s*(ms|%|mb|gb)(?![\w])/gi)) add(m[2]!.toLowerCase(), m[1]!, m.index!, m[0]);
  for (const m of text.matchAll(/(?<![\w.:])(\d[\d,]*)\s+(?:requests?\s+|calls?\s+|jobs?\s+)?(queued|waiting|pending|in queue)\b/gi)) add('queued', m[1]!, m.index!, m[0]);
  for (const m of text.matchAll(/\b(attempt|retry|code|release)\s+#?(\d+)\b/gi)) add(m[1]!.toLowerCase(), m[2]!, m.index! + m[0].length - m[2]!.length, m[0]);
  for (const m of text.matchAll(/(?<![\w.:])(\d[\d,]*)\s+(keys|entries|connections|buffers|tuples|rows)\b/gi)) add(m[2]!.toLowerCase(), m[1]!, m.index!, m[0]);
  return out;
}

type Keyed = { key: string; value: number };
/** Everything the turn's tools stamped with a time of day to the second (UTC, as answers write it): log lines' figures and readings' fields. */
function figuresByClock(calls: Array<{ result?: unknown; isError?: boolean }>): Map<string, { logged: boolean; figures: Keyed[] }> {
  const out = new Map<string, { logged: boolean; figures: Keyed[] }>();
  const FIELD: Record<string, [string, number]> = { latencyMs: ['ms', 1], memoryMb: ['mb', 1], cpuPct: ['%', 1], memoryPct: ['%', 1], errorRate: ['%', 100] };
  const visit = (v: unknown, depth: number) => {
    if (depth > 6 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const o = v as Record<string, unknown>;
    const clock = typeof o.at === 'string' ? /T(\d\d:\d\d:\d\d)/.exec(o.at)?.[1] : undefined;
    if (clock) {
      const entry = out.get(clock) ?? { logged: false, figures: [] };
      if (typeof o.message === 'string') {
        entry.logged = true;
        entry.figures.push(...keyedFigures(o.message));
      }
      for (const [k, [key, scale]] of Object.entries(FIELD)) if (typeof o[k] === 'number') entry.figures.push({ key, value: Math.round((o[k] as number) * scale * 100) / 100 });
      out.set(clock, entry);
    }
    for (const x of Object.values(o)) visit(x, depth + 1);
  };
  for (const c of calls) if (!c.isError) visit(c.result, 0);
  return out;
}

/**
 * Figures of results that carry no time of their own (diagnostics findings, a status's readings): they may be of any
 * moment of the turn, so a dated line may give them too ("14:00:20 — web-ui 53.1 % errors" from a diagnostics call made then).
 */
function untimedFigures(calls: Array<{ result?: unknown; isError?: boolean }>): Keyed[] {
  const FIELD: Record<string, [string, number]> = { latencyMs: ['ms', 1], memoryMb: ['mb', 1], cpuPct: ['%', 1], memoryPct: ['%', 1], errorRate: ['%', 100] };
  const out: Keyed[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 6 || !v) return;
    if (typeof v === 'string') return void out.push(...keyedFigures(v));
    if (typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const o = v as Record<string, unknown>;
    if (typeof o.at === 'string') return;
    for (const [k, [key, scale]] of Object.entries(FIELD)) if (typeof o[k] === 'number') out.push({ key, value: Math.round((o[k] as number) * scale * 100) / 100 });
    for (const [k, x] of Object.entries(o)) if (k !== 'series') visit(x, depth + 1);
  };
  for (const c of calls) if (!c.isError) visit(c.result, 0);
  return out;
}

function clockSeconds(m: RegExpMatchArray): number {
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0) + Number(`0.${m[4] ?? '0'}`);
}

function durationOf(m: RegExpExecArray): number {
  const raw = m[2]!.toLowerCase();
  const amount = raw === 'half a' ? 0.5 : raw === 'a' ? 1 : parseNumber(raw);
  return /^m/i.test(m[3]!) ? amount * 60 : amount;
}

function ownerOf(unit: Unit, index: number): string[] {
  const segs = segmentsOf(unit);
  const inside = segs.filter((s) => index >= s.offset && index < s.offset + s.text.length);
  return [...new Set((inside.length ? inside : segs.filter((s) => s.offset <= index).slice(-1)).flatMap((s) => s.services))];
}

export const derivations: ClaimModule<DerivedClaim> = {
  name: 'derivations',
  extract({ doc, facts }) {
    const claims: DerivedClaim[] = [];
    let lines: ReturnType<typeof figuresByClock> | undefined;
    let untimed: Keyed[] | undefined;
    // The last clock time of the unit before: "…is due to end at 14:01:30. It is 14:00:25 now, so about a minute away" spans two sentences.
    let lastClock: RegExpMatchArray | undefined;
    for (const unit of doc.units) {
      const prevClock = lastClock;
      lastClock = [...unit.text.matchAll(CLOCK)].filter((c) => c[3] !== undefined).at(-1) ?? lastClock;
      if (unit.kind === 'code' || /\?\s*$/.test(unit.text)) continue;
      // (Emphasis marks blanked, same length: "— **roughly a third** of what it was" reads as without them.)
      const text = unit.text.replace(/\*\*|__/g, '  ');
      // A timeline entry or a sentence dated to the second by one clock time: its figures are the log lines' of that moment.
      // (Only an entry the clock opens: "at 14:00:20 latency was …" in prose may be any reading of that moment, or a span from it.)
      const dated = [...text.matchAll(CLOCK)].filter((c) => c[3] !== undefined);
      if (dated.length === 1 && /^[\s*_`>\-•[\]]*$/.test(text.slice(0, dated[0]!.index!))) {
        lines ??= figuresByClock(facts.calls);
        const clock = `${dated[0]![1]!.padStart(2, '0')}:${dated[0]![2]}:${dated[0]![3]}`;
        const moment = lines.get(clock);
        untimed ??= untimedFigures(facts.calls);
        const theirs = moment?.logged ? [...moment.figures, ...untimed] : [];
        if (theirs.length) {
          const from = dated[0]!.index! + dated[0]![0].length;
          for (const f of keyedFigures(text.slice(from))) {
            const same = theirs.filter((t) => t.key === f.key).map((t) => t.value);
            const hedged = /\b(?:about|around|roughly|approximately|nearly|almost|some|over|under|up to)\s*$|[~≈]\s*$/i.test(text.slice(0, from + f.index));
            if (same.length) claims.push({ subjects: [], relation: 'dated_line', value: f.value, theirs: same, loose: hedged, polarity: true, ...tidy(f.span, unit.start + from + f.index) });
          }
        }
      }
      if (/\b(?:if|would|could|might|should)\b/i.test(text)) continue;
      // Two clock times, then the stretch between them: "started at 14:00:10 and is due at 14:00:15.878, so roughly 6 seconds".
      const clocks = [...text.matchAll(CLOCK)].filter((c) => c[3] !== undefined);
      for (let i = 1; i < clocks.length; i++) {
        const [a, b] = [clocks[i - 1]!, clocks[i]!];
        const end = b.index! + b[0].length;
        const after = text.slice(end, end + 60);
        const next = clocks[i + 1]?.index ?? Infinity;
        const lead = /^[^\d]{0,24}?(?=(?:about|around|roughly|approximately|nearly|almost|just|a bit|a little|some|~|≈|only|exactly|half|a\s|\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|ninety))/i.exec(after);
        if (!lead || !CONNECTOR.test(lead[0]) || end + lead[0].length >= next) continue;
        // "(started 14:00:10, done at 14:00:13.9, so just under 4 s) and mcp-server (done at 14:00:13.4, roughly 3.5 s)": the earlier
        // time already has its stretch, or sits in a group that closed before the later one; the later time's stretch runs from elsewhere.
        const between = text.slice(a.index! + a[0].length, b.index!);
        if (new RegExp(`(?<![\\d.:])${NUMBER}\\s*(?:seconds?|secs?|s|minutes?|mins?)\\b`, 'i').test(between) || (between.split(')').length > between.split('(').length)) continue;
        const d = DURATION.exec(after.slice(lead[0].length));
        if (!d) continue;
        // "— 500s on cfg:661": HTTP statuses in the plural, not a stretch of seconds.
        if (/^[45]\d\ds$/i.test(d[0].trim()) || /^\s*[45]\d\ds\b/i.test(after.slice(lead[0].length))) continue;
        // "…at 14:00:30, two seconds before the snapshot": a stretch to another moment, not between the two times.
        // ("…due at 14:00:13.45, about a second and a half from now": a stretch from now, the fraction read past.)
        // ("…, so we're about 40 s into the outage" is the stretch the first time opened, so "into the outage" is kept.)
        // ("ends at 14:01:30; the list was read at 14:00:25, so about a minute away": with one of the two times said to be now, the stretch to the other is "away", "left", "to go".)
        const rest = after.slice(lead[0].length + d[0].length);
        const nowMarked = [a, b].some((c) => /\b(?:read at|(?:it\s+is|it['’]s)(?:\s+now)?|now|as of|the time is|currently|taken at|fetched at|snapshot (?:at|of))\s*$/i.test(text.slice(Math.max(0, c.index! - 24), c.index!)) || /^\s*(?:now|right now)\b/i.test(text.slice(c.index! + c[0].length)));
        const fromNow = nowMarked && /^\s*(?:or so\s+)?(?:left|remaining|to go|away|from now|hence|off)\b/i.test(rest);
        if (!fromNow && /^\s*(?:and a (?:half|quarter)\s+|and change\s+|or so\s+)?(?:before|after|since|from|until|till|past|ahead of|short of|into(?!\s+(?:the|this)\s+(?:outage|incident|fault|crash|spike|burst|leak|failure))|left|remaining|to go|ago|away|hence|later|out)\b/i.test(rest)) continue;
        const value = durationOf(d);
        if (!Number.isFinite(value)) continue;
        const at = end + lead[0].length;
        claims.push({ subjects: [], relation: 'clock_span', value, expected: Math.abs(clockSeconds(b) - clockSeconds(a)), loose: !!d[1], polarity: true, ...tidy(d[0], unit.start + at) });
      }
      // "The list was read at 14:00:25, so that's about 6.5 minutes away": a time said to be now, and the stretch from it to a later time the sentence before gave.
      if (prevClock && clocks.length === 1 && /\b(?:read at|(?:it\s+is|it['’]s)(?:\s+now)?|as of|the time is|taken at|fetched at)\s*$/i.test(text.slice(Math.max(0, clocks[0]!.index! - 24), clocks[0]!.index!))) {
        const b = clocks[0]!;
        const end = b.index! + b[0].length;
        const after = text.slice(end, end + 60).replace(/^\s*(?:right\s+)?now\b/i, '');
        const lead = /^[^\d]{0,24}?(?=(?:about|around|roughly|approximately|nearly|almost|just|a bit|a little|some|~|≈|only|exactly|half|a\s|\d))/i.exec(after);
        const d = lead && CONNECTOR.test(lead[0].replace(/^(\s*,?\s*)so\s+(?=that)/i, '$1')) ? DURATION.exec(after.slice(lead[0].length)) : null;
        const ahead = clockSeconds(prevClock) - clockSeconds(b);
        if (d && ahead > 0 && /^\s*(?:or so\s+)?(?:left|remaining|to go|away|from now|off)\b/i.test(after.slice(lead![0].length + d[0].length))) {
          const value = durationOf(d);
          if (Number.isFinite(value)) claims.push({ subjects: [], relation: 'clock_span', value, expected: ahead, loose: !!d[1], polarity: true, ...tidy(d[0], unit.start + end + (text.slice(end, end + 60).length - after.length) + lead![0].length) });
        }
      }
      // "about 12 failed requests per minute": throughput times error rate, of the service it is said of.
      for (const m of text.matchAll(FAILURES)) {
        const raw = (m[2] ?? m[5])!;
        const per = (m[3] ?? m[6])!;
        const n = parseNumber(raw);
        if (!Number.isFinite(n)) continue;
        const seconds = /^m/i.test(per) ? 60 : /^h/i.test(per) ? 3600 : 1;
        const owner = ownerOf(unit, m.index!);
        const subjects = owner.length ? owner : facts.names.filter((x) => facts.observedOf(x, 'errorRate').current.length && facts.observedOf(x, 'requestsPerSec').current.length);
        if (subjects.length !== 1) continue;
        claims.push({ subjects, relation: 'failures_per_second', value: n / seconds, loose: !!(m[1] ?? m[4]), polarity: true, ...tidy(m[0], unit.start + m.index!) });
      }
      // "from 62.9 % before the repairs to 16.2 % now, about a quarter of what it was": the later figure over the earlier one.
      for (const m of text.matchAll(FRACTION_OF_BEFORE)) {
        const words = m[1]!.toLowerCase().replace('-', ' ');
        const fraction = m[2] ? Number(m[2]) / 100 : FRACTION_WORDS[words];
        if (fraction === undefined || !(fraction > 0)) continue;
        // (The two figures in the same unit, whatever metric they are: "from 62.9 % … to 16.2 %".)
        const pair = [...text.slice(0, m.index!).matchAll(FROM_TO)].at(-1);
        if (!pair || (pair[4] && pair[2] && pair[4].toLowerCase() !== pair[2].toLowerCase())) continue;
        const from = { value: Number(pair[1]!.replace(/,/g, '')) };
        const to = { value: Number(pair[3]!.replace(/,/g, '')) };
        if (!(from.value > 0) || !(to.value >= 0)) continue;
        const hedge = /\b(?:about|around|roughly|approximately|nearly|almost|some|just (?:over|under))\s*$/i.test(text.slice(Math.max(0, m.index! - 16), m.index!));
        claims.push({ subjects: mentionsOf(text, facts.names).map((x) => x.service).slice(0, 1), relation: 'fraction_of_before', value: fraction, expected: to.value / from.value, loose: hedge || !m[2], polarity: true, ...tidy(m[0], unit.start + m.index!) });
      }
    }
    return claims;
  },
  check(claim, { facts }) {
    const wrong = (message: string, fact: string) => ({ kind: 'contradicted_fact' as const, severity: 'error' as const, span: claim.span, start: claim.start, message, fact });
    if (claim.relation === 'clock_span') {
      const actual = claim.expected!;
      if (Math.abs(claim.value - actual) <= Math.max(claim.loose ? 2 : 1, actual * (claim.loose ? 0.2 : 0.06))) return undefined;
      return wrong(`Says ${claim.span} between the two times it gives.`, `They are ${Math.round(actual * 10) / 10} s apart.`);
    }
    if (claim.relation === 'dated_line') {
      // The tools' figure as written, or rounded to the digits the answer gives (within a few per cent when it hedges).
      const decimals = /\.(\d+)/.exec(claim.span)?.[1]?.length ?? 0;
      if (claim.theirs!.some((t) => Math.round(t * 10 ** decimals) / 10 ** decimals === claim.value || Math.abs(t - claim.value) <= Math.abs(t) * (claim.loose ? 0.05 : 0.005))) return undefined;
      return wrong(`Gives the log line of that moment ${claim.span}.`, `The tools' lines of that moment give ${[...new Set(claim.theirs)].join(' or ')}.`);
    }
    if (claim.relation === 'fraction_of_before') {
      const actual = claim.expected!;
      if (Math.abs(claim.value - actual) <= Math.max(0.05, actual * (claim.loose ? 0.35 : 0.15))) return undefined;
      return wrong(`Says the later figure is ${claim.span}.`, `Its own figures give a ratio of ${actual.toFixed(2)}.`);
    }
    const s = claim.subjects[0]!;
    const first = (k: 'requestsPerSec' | 'errorRate') => {
      const o = facts.observedOf(s, k);
      return o.current[0] ?? (new Set(o.prose).size === 1 ? o.prose[0] : undefined);
    };
    const rps = first('requestsPerSec');
    const err = first('errorRate');
    if (rps === undefined || err === undefined) return undefined;
    const actual = rps * err;
    if (actual <= 0) return undefined;
    const ratio = claim.value / actual;
    if (ratio >= (claim.loose ? 0.6 : 0.75) && ratio <= (claim.loose ? 1.6 : 1.33)) return undefined;
    return wrong(`Says ${s} fails ${claim.span}.`, `${s}: ${rps} req/s at ${Math.round(err * 1000) / 10} % errors, about ${Math.round(actual * 60)} failed requests a minute (${facts.sourceOf(s)}).`);
  },
};
