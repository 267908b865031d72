import { tidy, type Claim, type ClaimModule } from './claim';
import { durationSeconds } from './quantities';
import { cachedRegExp, NUMBER, parseNumber } from './text';

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
  relation: 'fault_elapsed' | 'fault_remaining';
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
const FAULT_WORDS = /\b(spike|leak\w*|burst|fault|outage|incident|crash\w*|down|stopped|offline|failing|erroring|degraded|broken|problem|issue|slow\w*)\b/i;
const ELAPSED_RE = cachedRegExp(`\\b(?:(?:has|have|had)\\s+been|['’]s\\s+been|been)\\s+(?:going(?:\\s+on)?|ongoing|active|under ?way|running|happening|down|stopped|offline|out|leaking|spiking|failing|erroring|degraded|broken|slow)\\s+for\\s+${SPAN}|\\b(?:has\\s+)?lasted\\s+${SPAN}|\\b(?:started|began|begun|kicked in|hit|struck|crashed|went down|died|exited|stopped|failed)\\s+${SPAN}\\s+ago\\b`, 'gi');
const REMAINING_RE = cachedRegExp(`\\b(?:ends?|stops?|clears?|expires?|lifts?|finish(?:es)?|wears? off|(?:is\\s+)?(?:due|scheduled|set|expected|slated|timed)\\s+to\\s+(?:end|stop|clear|expire|lift|finish|wear off|run out)|(?:should|will|would)\\s+(?:end|stop|clear|expire|lift|finish|wear off|be over))(?:\\s+(?:on its own|by itself|naturally|automatically))?\\s+in\\s+${SPAN}|\\b${SPAN}\\s+(?:left|remaining|to go)\\b`, 'gi');

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
  extract({ doc, facts, questionServices }) {
    const claims: FaultTimeClaim[] = [];
    const records = recordsOf(facts.calls);
    if (!records.length) return claims;
    for (const unit of doc.units) {
      if (unit.kind === 'code' || /\?\s*$/.test(unit.text)) continue;
      const text = unit.text;
      const push = (relation: FaultTimeClaim['relation'], m: RegExpMatchArray, from: number) => {
        const before = text.slice(0, m.index!);
        if (/\b(if|would|could|might|unless|whether|not|n['’]t|never)\b[^.;]*$/i.test(before)) return;
        const d = seconds(m, from);
        if (!d) return;
        // Who: a service named before the words, the unit's subject, the question's, or the one service with a fault.
        const named = unit.mentions.filter((x) => x.end <= m.index!).at(-1)?.service;
        const candidates = [named, ...unit.lead, ...questionServices].filter((x): x is string => !!x);
        const who = candidates.find((s) => records.some((r) => r.service === s)) ?? (new Set(records.map((r) => r.service)).size === 1 && !named ? records[0]!.service : undefined);
        if (!who || (relation === 'fault_elapsed' && !FAULT_WORDS.test(text) && !/\bago\b/i.test(m[0]))) return;
        claims.push({ subjects: [who], relation, value: d.value, vague: d.vague, bound: d.bound, polarity: true, ...tidy(m[0], unit.start + m.index!) });
      };
      for (const m of text.matchAll(ELAPSED_RE)) push('fault_elapsed', m, m[1] !== undefined || m[2] !== undefined ? 1 : m[6] !== undefined || m[7] !== undefined ? 6 : 11);
      for (const m of text.matchAll(REMAINING_RE)) push('fault_remaining', m, m[1] !== undefined || m[2] !== undefined ? 1 : 6);
    }
    return claims;
  },
  check(claim, { facts }) {
    const service = claim.subjects[0]!;
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
