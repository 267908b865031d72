import { tidy, type CheckContext, type Claim, type ClaimModule } from './claim';
import { metricOfLabel } from './quantities';
import { mentionsOf, segmentsOf } from './subjects';

/**
 * "web-ui runs 2.3.0", "its previous version was 2.2.4", "rolling back to
 * 2.2.4": a version said of a service, as what it runs now, what it ran
 * before, or what it is heading to. A previous version stated as the current
 * one is a stale fact, not a true one.
 */
interface VersionClaim extends Claim {
  relation: 'version';
  value: string;
  /** past: "was on 2.3.0", the current one when the tools were read or an earlier one. */
  role: 'current' | 'previous' | 'target' | 'past';
}

const VERSION_RE = /\b(?:version\s+|release\s+|v)(\d+(?:\.\d+){1,3})\b|(?<![\w.])(\d+\.\d+\.\d+)(?![\w.]*\d)/gi;
/** "postgres runs 16.3", "back on 2.3": a two-part version after a word that can only take a version. */
const VERB_VERSION = /\b(?:runs|ran|running|is on|are on|was on|were on|sits on|deployed|upgraded to|downgraded to|rolled back to|back to|back on|reverted to|pinned to|still on)\s+(\d+\.\d+)(?![\w.]*\d|\s*(?:%|ms|s\b|mb|gb|x\b|rps|req|replicas?|instances?|cpu|per|percent|seconds?|minutes?|hours?|days?|times))/gi;
const BARE_VERSION = /(?<![\w.])(\d+\.\d+(?:\.\d+)?)(?![\w.]*\d|\s*(?:%|ms|s\b|mb|gb|x\b|rps|req))/g;

/** a is a later release than b (by its numbers). */
function newer(a: string, b: string): boolean {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) > (y[i] ?? 0);
  return false;
}

/**
 * The versions this turn's tool results show the service running, at any of
 * their readings (an older list_services of the same turn counts: the turn's
 * results win).
 */
function versionsRead(ctx: CheckContext, service: string): Set<string> {
  const out = new Set<string>();
  const visit = (v: unknown, depth: number) => {
    if (depth > 6 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const o = v as Record<string, unknown>;
    if ((o.name === service || o.service === service) && typeof o.version === 'string') out.add(o.version);
    for (const x of Object.values(o)) visit(x, depth + 1);
  };
  for (const c of ctx.facts.calls) if (!c.isError) visit(c.result, 0);
  return out;
}

/**
 * After a rollback the fleet keeps no record of the version left behind (its
 * previous version is empty): a later release named as what the service ran
 * before cannot be checked, and is not an invented one.
 */
function leftByRollback(ctx: CheckContext, service: string, version: string, now: string | undefined): boolean {
  // The tools' own words for the move ("rolled back from 1.8.0 to 1.7.3") say which release it left: another one is not it.
  const left = proseVersions(ctx, service).previous;
  if (left.size > 0) return left.has(version);
  const fleet = ctx.facts.fleet.services.find((x) => x.name === service);
  const rolledBack = ctx.facts.succeeded((n) => n === 'rollback_deployment', service) || fleet?.previousVersion === null || ctx.facts.state(service)?.previousVersion === null;
  const current = now ?? fleet?.version;
  return rolledBack && !!current && current.split('.')[0] === version.split('.')[0] && newer(version, current);
}

function roleOf(rawBefore: string, rawAfter: string): VersionClaim['role'] {
  // The words after a dash or a semicolon are another clause ("keep it on 2.3.0 — there is no earlier version").
  const after = rawAfter.split(/\s[—–-]\s|[—–;]/)[0]!;
  // So are the words before ", so", ", and", ";": "its previous version is now empty, so 2.3.0 is as far back as it goes" dates nothing.
  const before = rawBefore.split(/,\s*(?:so|and|but|which|while|whereas|hence|thus|yet)\b|;/i).at(-1)!;
  // "the bad deployment of 2.4.0", "a broken release (2.4.0)": an event in the past.
  if (/\b(?:deploy(?:ment)? of|deployed|bad (?:deploy\w*|release|build|rollout)|broken (?:deploy\w*|release|build)|faulty (?:deploy\w*|release|build))\b[^.;]{0,30}$/i.test(before)) return 'past';
  // "rollback 2.4.0 → 2.3.0": the version an arrow leaves is the earlier one.
  if (/^\s*(?:→|->|=>|⟶)\s*(?:version\s+|v)?\d/.test(after)) return 'previous';
  // "swapping 1.8.0 for 1.7.3", "traded 2.4.0 for 2.3.0": the version given up is the earlier one.
  if (/\b(?:swap\w*|trad\w*|exchang\w*)\s+(?:version\s+|v)?$/i.test(before) && /^\s*for\s+(?:version\s+|v)?\d/i.test(after)) return 'previous';
  if (/\b(to|back to|towards|onto|restor\w* to)\s*(version\s*|v)?$/i.test(before) && /\b(roll\w*|revert\w*|downgrad\w*|restor\w*|back)\b/i.test(before)) return 'target';
  // "(prev. 2.3.0)", "prev: 2.3.0": the short label of a terse status line.
  if (/\bprev\.?\s*[:=]?\s*(?:version\s+|v)?$/i.test(before)) return 'previous';
  if (/\b(previous(ly)?|prev|prior|before|earlier|formerly|used to|from|old|older|last (good|healthy|known)|replaced|upgraded from|instead of)\b[^.;]{0,40}$/i.test(before)) return 'previous';
  // ("was on the bad 2.4.0", "ran the broken 1.8.0": a word or two describing the release between.)
  if (/\b(was (on|running|at)|were (on|running)|ran)\s+(?:(?:the|a|its|their)\s+)?(?:(?:bad|broken|faulty|buggy|old|older|new|newer|previous|failed|failing|earlier|leaky|problem)\s+)?(version\s+|release\s+|v)?$/i.test(before)) return 'past';
  // "2.3.0, its previous version", "2.3.0: that's web-ui's previous version": an apposition that names it the earlier one.
  if (/^\s*[,(:]?\s*(?:(?:that|this|which|it)(?:['’]s|\s+is|\s+was)\s+|as |was |being )?(?:its |the |[\w-]+['’]s )(?:previous|prior|old|last)\b/i.test(after) && !/^\s*[,(]?\s*(?:the |its )(?:previous|prior|old|last)\s+(?:version|release|one)?\s*(?:was|is|:|,)?\s*(?:version\s+|v)?\d/i.test(after)) return 'previous';
  // "runs 7.4.1, the version before it was 7.2.5": the words after speak of the next version, not this one.
  if (/\d+\.\d+/.test(after)) return 'current';
  if (/^\W{0,3}(was|were)\b|^[^.;]{0,30}\b(was (healthy|fine|good|stable|the (previous|last|old))|before (it|the)|previously|(?<!\bno )earlier)\b/i.test(after)) return 'previous';
  return 'current';
}

/**
 * The release a rollback left, named as one found nowhere: after a rollback the
 * status keeps no previous version, the tools' words ("rolled back from 1.8.0")
 * name the real one, and a release in neither them nor the fleet is invented,
 * not a stale one.
 */
function nowhere(ctx: CheckContext, service: string, version: string): boolean {
  const rolledBack = ctx.facts.succeeded((n) => n === 'rollback_deployment', service) || ctx.facts.fleet.services.find((x) => x.name === service)?.previousVersion === null;
  if (!rolledBack || proseVersions(ctx, service).previous.size === 0) return false;
  return !ctx.facts.versions().has(version) && !new RegExp(`(?<![\\w.])${version.replace(/\./g, '\\.')}(?![\\w.]*\\d)`).test(ctx.facts.allText());
}

/**
 * A patch release beside one the service is known to run or have run (2.3.1
 * next to 2.3.0), named nowhere, and no older than the oldest release known of
 * it: the record would hold it if it existed, so it is invented, not a stale
 * release from the service's history (which sits before every known one).
 */
function variant(ctx: CheckContext, version: string, known: Array<string | null | undefined>): boolean {
  const releases = [...new Set(known.filter((v): v is string => !!v))];
  if (!releases.length || ctx.facts.versions().has(version) || releases.includes(version)) return false;
  if (new RegExp(`(?<![\\w.])${version.replace(/\./g, '\\.')}(?![\\w.]*\\d)`).test(ctx.facts.allText())) return false;
  const line = (v: string) => v.split('.').slice(0, 2).join('.');
  if (version.split('.').length < 3 || !releases.some((r) => line(r) === line(version))) return false;
  return releases.some((r) => newer(version, r));
}

/** Versions the tools' own words place before or after a change ("rolled back from 2.3.0 to 2.2.4"). */
function proseVersions(ctx: CheckContext, service: string): { previous: Set<string>; current: Set<string> } {
  const previous = new Set<string>();
  const current = new Set<string>();
  for (const t of ctx.facts.texts) {
    if (t.service !== service) continue;
    for (const m of t.text.matchAll(/from (?:version )?(\d+(?:\.\d+)+) to (?:version )?(\d+(?:\.\d+)+)/gi)) {
      previous.add(m[1]!);
      current.add(m[2]!);
    }
    for (const m of t.text.matchAll(/(\d+(?:\.\d+)+) was healthy/gi)) previous.add(m[1]!);
    for (const m of t.text.matchAll(/(?:deployment of |deployed )version (\d+(?:\.\d+)+)/gi)) current.add(m[1]!);
  }
  return { previous, current };
}

export const versions: ClaimModule<VersionClaim> = {
  name: 'versions',
  extract({ doc, facts, question }) {
    const claims: VersionClaim[] = [];
    // "2.3" for 2.3.0 is the same release said short; "2.2" for the one known 2.2.x is that release (checked as it).
    const known = [...facts.versions()];
    const inFull = (v: string) => {
      if (known.includes(v) || v.split('.').length !== 2) return v;
      const longer = known.filter((k) => k.startsWith(`${v}.`));
      return longer.length === 1 ? longer[0]! : v;
    };
    // "Which version was fine?" → "2.3.0.": a version that opens the answer takes the question's tense.
    // "What would a rollback take web-ui back to?" → "To 2.3.0!": the opening version is where the move goes, not what it runs.
    const targetQuestion = /\b(?:roll\w*|revert\w*|downgrad\w*)\b[^?]*\b(?:back\s+)?to\b|\bgo back to\b/i.test(question);
    const pastQuestion = /\b(?:version|release|build)s?\b/i.test(question) && /\b(?:was|were|did|used to|before|previous(?:ly)?|prior|earlier|last (?:good|healthy|working|stable|known))\b/i.test(question) && !/\b(?:is|are|does|now|currently|still)\b/i.test(question);
    for (const unit of doc.units) {
      if (unit.kind === 'code') continue;
      const versionColumn = unit.column && (metricOfLabel(unit.column) === 'version' || /\b(prev|previous)\b/i.test(unit.column));
      const segments = segmentsOf(unit);
      const pattern = versionColumn ? BARE_VERSION : VERSION_RE;
      const matches = [...unit.text.matchAll(pattern)];
      if (!versionColumn) for (const m of unit.text.matchAll(VERB_VERSION)) {
        const at = m.index! + m[0].length - m[1]!.length;
        // Only a release of the fleet said short: a two-part figure after "runs" may be anything else.
        if (!matches.some((x) => x.index! <= at && at < x.index! + x[0].length) && (known.includes(m[1]!) || known.some((k) => k.startsWith(`${m[1]}.`) || k.split('.')[0] === m[1]!.split('.')[0]))) matches.push(Object.assign([m[1]!, m[1]!], { index: at, input: unit.text, groups: undefined }) as unknown as RegExpExecArray);
      }
      for (const m of matches) {
        const version = inFull((m[1] ?? m[2])!);
        const at = m.index!;
        const seg = segments.find((s) => at >= s.offset && at < s.offset + s.text.length) ?? segments.findLast((s) => s.offset <= at);
        const segStart = seg ? seg.offset : 0;
        const before = unit.text.slice(Math.max(segStart - 30, 0, at - 60), at);
        const after = unit.text.slice(at + m[0].length, at + m[0].length + 40);
        // A table column or list label can say which version it is: "| Previous |", "Rolled back to:".
        const columnRole = unit.column && /\b(prev|previous|before|old|last good|last healthy|from)\b/i.test(unit.column) ? 'previous' : unit.column && /\b(target|to|rollback)\b/i.test(unit.column) ? 'target' : undefined;
        // "A rollback would take it from 0.6.2 to 0.6.1": the version a hypothetical move leaves is its current one, not an earlier one (where it goes is still checked).
        const hypothetical = /\b(would|could|might|if|should|can)\b[^.;]*$/i.test(unit.text.slice(0, at)) && /\bfrom\s+(?:version\s+|v)?$/i.test(before);
        // "a rollback would return web-ui to 2.3.0": where a hypothetical move goes is a target, not what it runs.
        const wouldGoTo = /\b(would|could|might|will|should|can|to)\s+(?:\w+\s+){0,4}?(?:return|take|bring|put|move|send|get|roll|revert|go)\w*\b[^.;]{0,30}\bto\s*(?:version\s+|v)?$/i.test(unit.text.slice(Math.max(0, at - 80), at));
        const opening = pastQuestion && unit === doc.units[0] && /^[\s*_`>-]*(?:(?:it|that)\s+was\s+|(?:version|release)\s+)?$/i.test(unit.text.slice(0, at));
        const openingTarget = targetQuestion && unit === doc.units[0] && /^[\s*_`>-]*(?:(?:back\s+)?to\s+|(?:it\s+would\s+be\s+)|(?:version|release)\s+)?(?:version\s+|v)?$/i.test(unit.text.slice(0, at));
        // "…; redis cache cleared. Follow up on why 2.4.0 broke": a version with no name of its own in the sentence, which the tools
        // name but not as the carried-over service's, is some other service's release, not a claim about that one.
        const carried = !!seg && seg.subjectText === '' && !mentionsOf(unit.text, facts.names).length && !/\b(?:it|its|it['’]s|they|their|them)\b[^,;:.]*$/i.test(unit.text.slice(0, at));
        const elsewhere = carried && facts.versions().has(version) && !seg!.services.some((n) => [facts.state(n)?.version, facts.state(n)?.previousVersion].includes(version));
        claims.push({ subjects: hypothetical || elsewhere ? [] : (seg?.services ?? []), relation: 'version', value: version, role: columnRole ?? (opening ? 'past' : wouldGoTo || openingTarget ? 'target' : roleOf(before, after)), polarity: !/\b(not|\w*n['’]t|no longer)\s+(\w+\s+){0,2}$/i.test(before), ...tidy(m[0], unit.start + at) });
      }
    }
    return claims;
  },
  check(claim, ctx) {
    const { facts } = ctx;
    const version = claim.value;
    if (claim.subjects.length === 0) {
      if (facts.versions().has(version)) return undefined;
      // A release the tools' own words name this turn ("rolled back from 1.8.0 to 1.7.3" in a log line) is not invented.
      if (facts.texts.some((t) => new RegExp(`(?<![\\w.])${version.replace(/\./g, '\\.')}(?![\\w.]*\\d)`).test(t.text))) return undefined;
      // "it … swapping 1.8.0 for 1.7.3" said of the one rollback of the turn: the release it left, which the status no longer records.
      const rolled = [...new Set(facts.calls.filter((c) => c.name === 'rollback_deployment' && !c.isError && typeof c.arguments?.service === 'string').map((c) => c.arguments!.service as string))];
      if (claim.role === 'previous' && rolled.length === 1 && leftByRollback(ctx, rolled[0]!, version, facts.state(rolled[0]!)?.version ?? undefined)) {
        return { kind: 'unsupported_claim', severity: 'warning', span: claim.span, start: claim.start, message: `Could not check the version ${rolled[0]} left: no tool reported it this turn.` };
      }
      return { kind: 'unknown_entity', severity: 'error', span: claim.span, start: claim.start, message: `No service of the fleet runs version ${version}.`, fact: `Known versions: ${[...facts.versions()].join(', ')}.` };
    }
    for (const name of claim.subjects) {
      const s = facts.state(name);
      if (!s) continue;
      const prose = proseVersions(ctx, name);
      const current = new Set([s.version, ...prose.current].filter((v): v is string => !!v));
      // What it ran before, when no tool said: the fleet's own record (the fallback truth; a rollback this turn empties it).
      const fleetPrevious = s.previousVersion === undefined ? facts.fleet.services.find((x) => x.name === name)?.previousVersion : undefined;
      const previous = new Set([s.previousVersion, fleetPrevious, ...prose.previous].filter((v): v is string => !!v));
      const fact = `${name} runs ${s.version ?? 'an unreported version'}${s.previousVersion ? ` (previous ${s.previousVersion})` : ''} (${facts.sourceOf(name)}).`;
      if (!claim.polarity) {
        if (claim.role === 'current' && s.version === version) return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Says ${name} does not run ${version}.`, fact };
        continue;
      }
      // "ai-agent is back on 1.7.3" when the rollback was refused: the outcome of an action that did not happen.
      const refusedRollback = facts.calls.find((c) => c.name === 'rollback_deployment' && c.isError && c.arguments?.service === name);
      if (refusedRollback && claim.role === 'current' && !facts.succeeded((n) => n === 'rollback_deployment', name) && facts.fleet.services.find((x) => x.name === name)?.previousVersion === version && (s.version ?? facts.fleet.services.find((x) => x.name === name)?.version) !== version) {
        return { kind: 'unperformed_action', severity: 'error', span: claim.span, start: claim.start, message: `Says ${name} runs ${version}, the outcome of a rollback that was refused.`, fact: `rollback_deployment for ${name} failed (isError): ${JSON.stringify(refusedRollback.result ?? '').slice(0, 120)}` };
      }
      if (!s.version && current.size === 0) {
        if (facts.versions().has(version) || previous.has(version) || (claim.role !== 'target' && leftByRollback(ctx, name, version, undefined))) {
          return { kind: 'unsupported_claim', severity: 'warning', span: claim.span, start: claim.start, message: `Could not check the version of ${name}: no tool reported it this turn.` };
        }
        return { kind: 'unknown_entity', severity: 'error', span: claim.span, start: claim.start, message: `No service of the fleet runs version ${version}.`, fact: `Known versions: ${[...facts.versions()].join(', ')}.` };
      }
      if (claim.role === 'current') {
        if (s.version === version) continue;
        // Named beside a rollback done this turn ("rolled back to 2.3.0 (bad 2.4.0 deployment)"): the version it left.
        if (facts.succeeded((n) => n === 'rollback_deployment', name) && facts.versions().has(version)) continue;
        if (current.has(version) && !s.version) continue;
        const stale = previous.has(version);
        if (!stale && variant(ctx, version, [s.version, ...current, ...previous])) return { kind: 'unknown_entity', severity: 'error', span: claim.span, start: claim.start, message: `No release ${version} of ${name} exists: the tools know ${[...new Set([s.version, ...current, ...previous].filter(Boolean))].join(', ')}.`, fact };
        return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: stale ? `${version} is the version ${name} ran before, not the one it runs now.` : `${name} does not run version ${version}.`, fact };
      }
      if (claim.role === 'previous') {
        if (previous.has(version)) continue;
        // After a rollback this turn the status no longer names the version it left: "rolled back from 2.4.0" cannot be checked against it.
        if (s.previousVersion === null && facts.succeeded((n) => n === 'rollback_deployment', name)) continue;
        if (versionsRead(ctx, name).has(version) && version !== s.version) continue;
        if (leftByRollback(ctx, name, version, s.version)) continue;
        if (previous.size === 0 && s.previousVersion === undefined) {
          if (version === s.version) return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `${version} is what ${name} runs now, not an earlier version.`, fact };
          if (!facts.versions().has(version)) return { kind: 'unknown_entity', severity: 'error', span: claim.span, start: claim.start, message: `No service of the fleet ran version ${version}.`, fact };
          continue;
        }
        // After a rollback the bad version is the one it ran before.
        if (current.has(version) && version !== s.version) continue;
        if (nowhere(ctx, name, version)) return { kind: 'unknown_entity', severity: 'error', span: claim.span, start: claim.start, message: `No service of the fleet ran version ${version}.`, fact };
        return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `${name} did not run version ${version} before.`, fact };
      }
      if (claim.role === 'past') {
        if (current.has(version) || previous.has(version) || version === s.version) continue;
        // As for "rolled back from": after a rollback this turn, what it ran before is not in the status any more.
        if (s.previousVersion === null && facts.succeeded((n) => n === 'rollback_deployment', name)) continue;
        if (versionsRead(ctx, name).has(version) || leftByRollback(ctx, name, version, s.version)) continue;
        if (nowhere(ctx, name, version)) return { kind: 'unknown_entity', severity: 'error', span: claim.span, start: claim.start, message: `No service of the fleet ran version ${version}.`, fact };
        return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `${name} never ran version ${version}.`, fact };
      }
      if (claim.role === 'target') {
        if (previous.has(version) || current.has(version)) continue;
        if (variant(ctx, version, [s.version, ...current, ...previous])) return { kind: 'unknown_entity', severity: 'error', span: claim.span, start: claim.start, message: `No release ${version} of ${name} exists to go to: the tools know ${[...new Set([s.version, ...current, ...previous].filter(Boolean))].join(', ')}.`, fact };
        return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `${name} has no version ${version} to go to.`, fact };
      }
    }
    return undefined;
  },
};
