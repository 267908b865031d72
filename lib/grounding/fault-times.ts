import { tidy, type Claim, type ClaimModule } from './claim';
import { durationSeconds } from './quantities';
import { segmentsOf } from './subjects';
import { cachedRegExp, NUMBER, parseNumber, walk } from './text';

/**
 * How long a fault has lasted and how long it has left: "the spike has been
 * going for about 35 seconds", "redis has been down for ten minutes", "the
 * burst is due to stop in roughly a minute". The status tools give each
 * fault's start and scheduled end (`faults: [{ startedAt, endsAt }]`); the
 * moment of the reading is the latest time a tool stamped on what it read
 * (list_services, log lines, a metrics series). Without that moment, a fault
 * still listed has not reached its end, so neither figure can exceed the
 * fault's whole window.
 */
interface FaultTimeClaim extends Claim {
  /** fault_started: the time of day (seconds since midnight, UTC) a fault is said to have begun. */
  relation: 'fault_elapsed' | 'fault_remaining' | 'fault_started';
  value: number;
  /** "about", "a few": the figure is loose. */
  vague: boolean;
  bound?: 'min' | 'max';
}

interface FaultRecord {
  service: string;
  kind: string;
  startedAt: number;
  endsAt?: number;
}

const QUAL = '(?:a (?:bit|little|touch) (?:over|under|more than|less than)|just (?:over|under|shy of)|well (?:over|under)|about|around|roughly|nearly|almost|over|under|just|only|barely|a mere|approximately|~|some|more than|less than|at least|not even|close to|a little over|a little under)';
const AMOUNT = `(${NUMBER}|half an?|an?|a few|a couple(?: of)?)`;
const UNIT = '(seconds?|secs?|s|minutes?|mins?|hours?|hrs?|h)(?![\\w])';
const SPAN = `(${QUAL}\\s+)?${AMOUNT}(\\s+and a half)?\\s*${UNIT}(\\s+and a half)?`;
const FAULT_WORDS = /\b(spike|leak\w*|burst|fault|outage|incident|crash\w*|down|out|stopped|offline|unavailable|dead|failing|erroring|degraded|broken|problem|issue|slow\w*)\b/i;
const ONGOING = '(?:going(?:\\s+on)?|ongoing|active|under ?way|running|happening|down|stopped|offline|out|leaking|spiking|failing|erroring|degraded|broken|slow|unavailable|dead)';
const EVENT = '(?:happened|occurred|began|begun|started|hit|struck|kicked in|set in|crashed|went down|went offline|fell over|died|exited|stopped|failed|broke)';
const FAULT_NOUN = '(?:outage|spike|leak|burst|incident|fault|crash|slowdown|problem|episode)';
/** Each with one duration (its five groups first): how long a fault has lasted. */
const ELAPSED = [
  `\\b(?:has|have|had|['’]s|is)?\\s*been\\s+${ONGOING}\\s+(?:for\\s+(?:the\\s+(?:past|last)\\s+)?)?${SPAN}`,
  `\\b(?:has\\s+)?(?:lasted|been lasting|been running)\\s+(?:for\\s+)?${SPAN}`,
  `\\b${EVENT}\\s+${SPAN}\\s+(?:ago|back|earlier)\\b`,
  `\\b${SPAN}\\s+(?:ago|back)\\b`,
  `\\b${SPAN}\\s+into\\s+(?:the|its|this)\\s+${FAULT_NOUN}`,
  `\\b(?:it['’]s|it\\s+is|it\\s+has|has|have|it['’]s\\s+now|it\\s+has\\s+now)\\s+been\\s+${SPAN}\\s+since\\b`,
  // "redis: stopped for about 4 minutes now", "down 3 min": a terse state line with how long it has held (a state of failure only: "running for" is an uptime).
  `(?:^|[:,;(]\\s*|\\b(?:is|are|['’]s)\\s+)(?:down|stopped|offline|unavailable|dead|failing|erroring|degraded|broken|leaking|spiking)\\s+(?:for\\s+(?:the\\s+(?:past|last)\\s+)?)?${SPAN}`,
].map((src) => cachedRegExp(src, 'gi'));
/** How long it has left. */
const REMAINING = [
  `\\b(?:ends?|stops?|clears?|expires?|lifts?|finish(?:es)?|subsides?|wears? off|(?:is\\s+)?(?:due|scheduled|set|expected|slated|timed|going)\\s+to\\s+(?:end|stop|clear|expire|lift|finish|wear off|run out|subside|be over)|(?:should|will|would|ought to|is likely to)\\s+(?:end|stop|clear(?: up)?|expire|lift|finish|subside|wear off|be (?:over|gone|done|finished))|be over|be gone)(?:\\s+(?:on its own|by itself|naturally|automatically))?\\s+(in|within)\\s+${SPAN}(?:['’]s?\\s+time)?`,
  `\\b${SPAN}\\s+(?:left|remaining|to go|to run|more to run)\\b`,
  `\\b(?:another|a further)\\s+${SPAN}`,
  `\\b${SPAN}\\s+more\\b`,
  `\\b(${QUAL}\\s+)?${AMOUNT}\\s+more(\\s+and a half)?\\s*${UNIT}()`,
].map((src) => cachedRegExp(src, 'gi'));

/** "model-a's spike started at 14:00:20", "mcp-server crashed at 14:00:00", "… and the leak began at the same time". */
const STARTED = /\b(started|began|begun|kicked in|set in|crashed|went down|went offline|exited|died)\s+(?:at\s+(?:about\s+|around\s+|roughly\s+|~\s*)?(\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\b|(at the same (?:time|moment)|at the same instant|simultaneously))/gi;
const CLOCK = /\b(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\b/g;

function daySeconds(clock: string): number {
  const [h, m, sec] = clock.split(':').map((x) => Number.parseFloat(x));
  return h! * 3600 + m! * 60 + (sec ?? 0);
}

/** When the service's own log lines were written. */
function ownLineTimes(calls: Array<{ arguments?: Record<string, unknown>; result?: unknown; isError?: boolean }>, service: string): number[] {
  const out: number[] = [];
  for (const c of calls) {
    if (c.isError) continue;
    const about = c.arguments?.service ?? (c.result as { service?: unknown } | undefined)?.service;
    walk(c.result, (v) => {
      const o = v as { at?: unknown; message?: unknown; service?: unknown } | null;
      if (o && typeof o === 'object' && !Array.isArray(o) && typeof o.at === 'string' && typeof o.message === 'string' && (o.service ?? about) === service) out.push(Date.parse(o.at));
    });
  }
  return out.filter(Number.isFinite);
}

function recordsOf(calls: Array<{ result?: unknown; isError?: boolean }>): FaultRecord[] {
  const out: FaultRecord[] = [];
  for (const c of calls) {
    const r = c.result as { name?: unknown; faults?: unknown } | undefined;
    if (c.isError || !r || typeof r !== 'object' || typeof r.name !== 'string' || !Array.isArray(r.faults)) continue;
    for (const f of r.faults as Array<Record<string, unknown>>) {
      const startedAt = Date.parse(String(f.startedAt));
      if (!Number.isFinite(startedAt)) continue;
      const endsAt = typeof f.endsAt === 'string' ? Date.parse(f.endsAt) : Number.NaN;
      out.push({ service: r.name, kind: String(f.kind ?? ''), startedAt, endsAt: Number.isFinite(endsAt) ? endsAt : undefined });
    }
  }
  return out;
}

/**
 * When the tools read the fleet: `at` on a result (list_services) or on the
 * last point of a metrics series is the moment of reading; a log line's time
 * is only a moment before it (a stopped service logs nothing more).
 */
function readingTime(calls: Array<{ result?: unknown; isError?: boolean }>): { now?: number; after?: number } {
  let now = Number.NEGATIVE_INFINITY;
  let after = Number.NEGATIVE_INFINITY;
  const stamp = (x: unknown) => (typeof x === 'string' ? Date.parse(x) : Number.NaN);
  for (const c of calls) {
    const r = c.result as Record<string, unknown> | undefined;
    if (c.isError || !r || typeof r !== 'object') continue;
    const top = stamp(r.at);
    if (Number.isFinite(top)) now = Math.max(now, top);
    if (Array.isArray(r.series)) for (const p of r.series as Array<Record<string, unknown>>) if (Number.isFinite(stamp(p?.at))) now = Math.max(now, stamp(p.at));
    for (const key of ['lines', 'recentErrors']) if (Array.isArray(r[key])) for (const l of r[key] as Array<Record<string, unknown>>) if (Number.isFinite(stamp(l?.at))) after = Math.max(after, stamp(l.at));
  }
  return { now: Number.isFinite(now) ? now : undefined, after: Number.isFinite(after) ? after : undefined };
}

function seconds(m: RegExpMatchArray, from: number): { value: number; vague: boolean; bound?: 'min' | 'max' } | undefined {
  const [qual, raw, half1, unit, half2] = m.slice(from, from + 5);
  if (!raw || !unit) return undefined;
  const base = /^half/i.test(raw) ? 0.5 : /^an?$/i.test(raw) ? 1 : /^a few$/i.test(raw) ? 3 : /^a couple/i.test(raw) ? 2 : parseNumber(raw);
  if (!Number.isFinite(base)) return undefined;
  const amount = base + (half1 || half2 ? 0.5 : 0);
  const q = qual ?? '';
  return {
    value: durationSeconds(amount, unit),
    vague: /few|couple/i.test(raw) || /about|around|roughly|nearly|almost|approximately|~|some|close/i.test(q) || !/^\d/.test(raw),
    bound: /over|more than|at least/i.test(q) ? 'min' : /under|less than|not even|shy of/i.test(q) ? 'max' : undefined,
  };
}

export const faultTimes: ClaimModule<FaultTimeClaim> = {
  name: 'fault-times',
  extract(ctx) {
    const { doc, facts, questionServices } = ctx;
    const claims: FaultTimeClaim[] = [];
    const records = recordsOf(facts.calls);
    if (!records.length) return claims;
    for (const unit of doc.units) {
      if (unit.kind === 'code' || /\?\s*$/.test(unit.text)) continue;
      const text = unit.text;
      const push = (relation: FaultTimeClaim['relation'], m: RegExpMatchArray, from: number, within = false) => {
        const before = text.slice(0, m.index!);
        if (/\b(if|would|could|might|unless|whether|not|n['’]t|never)\b[^.;]*$/i.test(before)) return;
        // "restarted 5 minutes ago", "the rollback 40 s ago": the time of an action, not of the fault.
        if (relation === 'fault_elapsed' && /\b(restart\w*|reboot\w*|roll\w* back|rollback|scal\w*|deploy\w*|flush\w*|upgrad\w*|cleared|fixed|repaired|recovered|came back|back up)\b[^.;]{0,30}$/i.test(before)) return;
        const d = seconds(m, from);
        if (!d) return;
        // Who: a service named before the words, the unit's subject, the question's, or the one service with a fault.
        const named = unit.mentions.filter((x) => x.end <= m.index!).at(-1)?.service;
        const candidates = [named, ...unit.lead, ...questionServices].filter((x): x is string => !!x);
        const who = candidates.find((s) => records.some((r) => r.service === s)) ?? (new Set(records.map((r) => r.service)).size === 1 && !named ? records[0]!.service : undefined);
        if (!who) return;
        // "another five minutes" and "five more" need a fault in the sentence; "ago" the fault's own words.
        if (!FAULT_WORDS.test(text) && !FAULT_WORDS.test(ctx.question)) return;
        claims.push({ subjects: [who], relation, value: d.value, vague: d.vague, bound: within ? 'max' : d.bound, polarity: true, ...tidy(m[0], unit.start + m.index!) });
      };
      // When a fault began, by the clock or "at the same time" as the time given before it.
      for (const m of text.matchAll(STARTED)) {
        const before = text.slice(0, m.index!);
        if (/\b(if|would|could|might|unless|whether|not|n['’]t|never)\b[^.;]*$/i.test(before)) continue;
        const owner = segmentsOf(unit).filter((g) => g.offset <= m.index!).at(-1);
        if (!owner || owner.services.length !== 1 || !records.some((r) => r.service === owner.services[0])) continue;
        // "the restart started at 14:00:30": an action's time, not the fault's.
        if (/\b(restart\w*|reboot\w*|roll\w* back|rollback|scal\w*|deploy\w*|flush\w*|recovery|action|request\w*|call|job|probe|check)\b/i.test(text.slice(owner.offset, m.index!))) continue;
        let clock = m[2];
        if (!clock) clock = [...before.matchAll(CLOCK)].at(-1)?.[0];
        if (!clock) continue;
        const precise = clock.split(':').length === 3;
        claims.push({ subjects: owner.services, relation: 'fault_started', value: daySeconds(clock), vague: !precise, polarity: true, ...tidy(m[0], unit.start + m.index!) });
      }
      const seen = new Set<number>();
      for (const [relation, patterns] of [['fault_elapsed', ELAPSED], ['fault_remaining', REMAINING]] as const) {
        for (const re of patterns) {
          for (const m of text.matchAll(re)) {
            // The duration's groups come first, or after "in"/"within" (which says whether it is a bound).
            const from = m[1] === 'in' || m[1] === 'within' ? 2 : 1;
            if ([...seen].some((at) => at >= m.index! && at < m.index! + m[0].length)) continue;
            seen.add(m.index! + m[0].length - 1);
            push(relation, m, from, m[1] === 'within');
          }
        }
      }
    }
    return claims;
  },
  check(claim, { facts }) {
    const service = claim.subjects[0]!;
    if (claim.relation === 'fault_started') {
      const started = recordsOf(facts.calls).filter((r) => r.service === service);
      const day = (t: number) => (t / 1000) % 86_400;
      // A time to the second within a few seconds; one to the minute within that minute.
      if (!started.length || started.some((r) => (claim.vague ? Math.floor(day(r.startedAt) / 60) === Math.floor(claim.value / 60) : Math.abs(day(r.startedAt) - claim.value) <= 5))) return undefined;
      // (Dated by one of its own log lines, "crashed at 14:00:05" for the first line about it, is read from the tools too.)
      if (!claim.vague && ownLineTimes(facts.calls, service).some((t) => Math.abs(day(t) - claim.value) <= 1)) return undefined;
      const r = started[0]!;
      return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Says the ${r.kind.replace(/_/g, ' ') || 'fault'} on ${service} began at ${new Date(Math.round(claim.value) * 1000).toISOString().slice(11, 19)}.`, fact: `${service}: ${r.kind.replace(/_/g, ' ')} from ${new Date(r.startedAt).toISOString()} (${facts.sourceOf(service)}).` };
    }
    const records = recordsOf(facts.calls).filter((r) => r.service === service && (claim.relation === 'fault_elapsed' || r.endsAt !== undefined));
    if (!records.length) return undefined;
    const { now, after } = readingTime(facts.calls);
    const slackOf = (actual: number) => Math.max(claim.vague ? 20 : 10, actual * (claim.vague ? 0.4 : 0.25));
    const fits = (actual: number) => {
      const slack = slackOf(actual);
      if (claim.bound === 'min') return actual >= claim.value - slack * 0.5;
      if (claim.bound === 'max') return actual <= claim.value + slack * 0.5;
      return Math.abs(actual - claim.value) <= slack;
    };
    const said = claim.relation === 'fault_elapsed' ? 'has lasted' : 'has left';
    for (const r of records) {
      if (now !== undefined && now >= r.startedAt) {
        const actual = claim.relation === 'fault_elapsed' ? (now - r.startedAt) / 1000 : (r.endsAt! - now) / 1000;
        if (actual >= 0 && fits(actual)) return undefined;
        continue;
      }
      // Without the moment of reading: a fault still listed is within its window, and past the last line the tools logged.
      const window = r.endsAt !== undefined ? (r.endsAt - r.startedAt) / 1000 : Number.POSITIVE_INFINITY;
      const least = after !== undefined ? (claim.relation === 'fault_elapsed' ? (after - r.startedAt) / 1000 : 0) : 0;
      const most = claim.relation === 'fault_remaining' && after !== undefined && r.endsAt !== undefined ? (r.endsAt - after) / 1000 : window;
      if (claim.bound === 'max' ? claim.value + slackOf(least) >= least : claim.value <= most * 1.15 + 10 && claim.value + slackOf(least) >= least) return undefined;
    }
    const r = records[0]!;
    return {
      kind: 'contradicted_fact',
      severity: 'error',
      span: claim.span,
      start: claim.start,
      message: `Says the ${r.kind.replace(/_/g, ' ') || 'fault'} on ${service} ${said} ${claim.value >= 120 ? `${Math.round(claim.value / 6) / 10} min` : `${Math.round(claim.value)} s`} ("${claim.span}").`,
      fact: `${service}: ${r.kind.replace(/_/g, ' ')} from ${new Date(r.startedAt).toISOString()}${r.endsAt !== undefined ? ` until ${new Date(r.endsAt).toISOString()}` : ''}${now !== undefined ? `; read at ${new Date(now).toISOString()}` : ''} (${facts.sourceOf(service)}).`,
    };
  },
};
