import { tidy, type Claim, type ClaimModule } from './claim';
import { mentionsOf } from './subjects';
import { NUMBER, parseNumber } from './text';

/**
 * How long an action took: "the web-ui rollback took about 7 seconds",
 * "redis's restart lasted 5.9 s", "the scale of ai-agent was done in 3.5 s".
 * The action's own result gives when it started and when it completes, so the
 * stretch is held to that, when exactly one successful call of that action on
 * that service is in the turn (two restarts of one service: which one is a
 * guess, so nothing is said).
 */
interface DurationClaim extends Claim {
  relation: 'action_took';
  value: number;
  tool: string;
  loose: boolean;
}

const TOOL_OF_NOUN: Array<[RegExp, string]> = [
  [/^(?:restart|reboot|bounce)/i, 'restart_service'],
  [/^(?:rollback|roll-back|revert)/i, 'rollback_deployment'],
  [/^(?:scale|scaling)/i, 'scale_service'],
  [/^(?:flush|cache clear)/i, 'clear_cache'],
];
const NOUN = '(restart|reboot|bounce|rollback|roll-back|revert|scale(?:-(?:out|up|down|in))?|scaling|flush|cache clear)';
const QUAL = '(about|around|roughly|approximately|nearly|almost|just (?:over|under)|a (?:bit|little) (?:over|under)|some|~|≈)';
// "the web-ui rollback … took about 3.6 seconds", "ai-agent's scale was done in 3.5 s" (a past verb of duration, then the figure).
const TOOK = new RegExp(
  `\\b${NOUN}s?\\b([^.;!?]{0,60}?)\\b(?:took|lasted|ran for|needed|was (?:done|over|finished|complete|completed) in|finished in|completed in|(?:was|were) (?:done|over) after)\\s+(?:${QUAL}\\s*)?(${NUMBER})\\s*(ms|milliseconds?|s|secs?|seconds?|minutes?|mins?)\\b`,
  'gi',
);

function secondsOf(result: unknown): number | undefined {
  if (!result || typeof result !== 'object') return undefined;
  const r = result as { startedAt?: unknown; completesAt?: unknown };
  if (typeof r.startedAt !== 'string' || typeof r.completesAt !== 'string') return undefined;
  const span = (Date.parse(r.completesAt) - Date.parse(r.startedAt)) / 1000;
  return Number.isFinite(span) ? span : undefined;
}

export const actionDurations: ClaimModule<DurationClaim> = {
  name: 'action-durations',
  extract({ doc, facts }) {
    const claims: DurationClaim[] = [];
    for (const unit of doc.units) {
      const text = unit.text;
      if (unit.kind === 'code' || /\?\s*$/.test(text)) continue;
      for (const m of text.matchAll(TOOK)) {
        // "if the restart took 5 s", "a rollback would take": a hypothesis is no report.
        if (/\b(?:if|would|could|might|should|usually|typically|normally|expect\w*)\b/i.test(text.slice(0, m.index!) + m[2]!)) continue;
        const tool = TOOL_OF_NOUN.find(([re]) => re.test(m[1]!))?.[1];
        // The service is named right around the noun: "the web-ui rollback", "ai-agent's scale", "the restart of redis".
        const near = text.slice(Math.max(0, m.index! - 30), m.index!) + ' ' + m[1]! + m[2]!.split(/\b(?:took|lasted)\b/)[0]!;
        const named = [...new Set(mentionsOf(near, facts.names).map((x) => x.service))];
        if (!tool || named.length !== 1) continue;
        const raw = parseNumber(m[4]!);
        if (!Number.isFinite(raw)) continue;
        const unitWord = m[5]!.toLowerCase();
        const value = /^m(?:s|illi)/.test(unitWord) ? raw / 1000 : /^m/.test(unitWord) ? raw * 60 : raw;
        // The span is the figure with its hedge: "about 3.6 seconds".
        const at = m.index! + m[0].lastIndexOf(m[3] ?? m[4]!);
        claims.push({ subjects: named, relation: 'action_took', value, tool, loose: !!m[3] || !/\./.test(m[4]!), polarity: true, ...tidy(text.slice(at, m.index! + m[0].length), unit.start + at) });
      }
    }
    return claims;
  },
  check(claim, { facts }) {
    const s = claim.subjects[0]!;
    const calls = facts.calls.filter((c) => c.name === claim.tool && !c.isError && (c.arguments as { service?: unknown } | undefined)?.service === s);
    if (calls.length !== 1) return undefined;
    const actual = secondsOf(calls[0]!.result);
    if (actual === undefined) return undefined;
    // Hedged or rounded: within a fifth (at least a second); to the decimal: within a few per cent (at least half a second).
    if (Math.abs(claim.value - actual) <= Math.max(claim.loose ? 1 : 0.5, actual * (claim.loose ? 0.2 : 0.06))) return undefined;
    return {
      kind: 'contradicted_fact',
      severity: 'error',
      span: claim.span,
      start: claim.start,
      message: `Says ${s}'s ${claim.tool.replace(/_.*/, '')} took ${claim.span}.`,
      fact: `Its ${claim.tool} result runs ${Math.round(actual * 1000) / 1000} s from start to completion.`,
    };
  },
};
