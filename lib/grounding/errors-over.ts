import { walk } from './text';
import { tidy, type Claim, type ClaimModule } from './claim';

/**
 * "restart complete; the TypeErrors have stopped", "no more 500s since the
 * rollback": a service's errors said over after something was done to it. The
 * action's result says when it finished; an error-level log line of that
 * service stamped after it says the errors go on. Without a finished action
 * of this turn to date it, the claim is left alone (an earlier quiet spell may
 * be what the answer means).
 */
type ErrorsOverClaim = Claim & { relation: 'errors_over' };

const ERRORS = String.raw`(?:[A-Z]\w*(?:Error|Exception)s|errors|exceptions|failures|5\d\d\s*s|5xx\s*s?|timeouts|crashes)`;
/** "the errors have stopped", "TypeErrors stopped", "errors are gone". */
const OVER = new RegExp(String.raw`\b(?:the\s+|its\s+|their\s+|all\s+(?:the\s+)?)?${ERRORS}\s+(?:(?:have|has|are|were|had)\s+)?(?:now\s+|finally\s+|completely\s+|fully\s+|all\s+)?(?:been\s+)?(?:stopped|ceased|gone|over|cleared|ended|disappeared|vanished|subsided|died down)\b(?!\s+\w+ing\b)`, 'gi');
/** "no more errors", "no further TypeErrors": the errors said absent since. */
const NO_MORE = new RegExp(String.raw`\bno\s+(?:more|further|new)\s+${ERRORS}\b`, 'gi');
/** "if the errors stop", "until the 500s are gone": not a report that they are. */
const HYPOTHETICAL = /\b(?:if|once|until|unless|when|whether|would|could|should|might|will|expect|hope|not|n['’]t|never)\b[^.;]*$/i;

type Call = { name?: string; arguments?: Record<string, unknown>; result?: unknown; isError?: boolean };

/** When this turn's latest finished action on the service completed (ms), if any. */
function actionEnd(calls: Call[], service: string): number | undefined {
  let end: number | undefined;
  for (const c of calls) {
    const r = c.result as { service?: unknown; kind?: unknown; completesAt?: unknown } | undefined;
    if (c.isError || !r || typeof r !== 'object' || r.service !== service || typeof r.kind !== 'string' || typeof r.completesAt !== 'string') continue;
    const t = Date.parse(r.completesAt);
    if (Number.isFinite(t) && (end === undefined || t > end)) end = t;
  }
  return end;
}

/** The service's first error-level log line stamped after `after`. */
function errorAfter(calls: Call[], service: string, after: number): { at: string; message: string } | undefined {
  let first: { at: string; message: string } | undefined;
  for (const c of calls) {
    if (c.isError) continue;
    const about = c.arguments?.service ?? (c.result as { service?: unknown } | undefined)?.service;
    walk(c.result, (v) => {
      const o = v as { at?: unknown; message?: unknown; level?: unknown; service?: unknown } | null;
      if (!o || typeof o !== 'object' || Array.isArray(o) || typeof o.at !== 'string' || typeof o.message !== 'string' || o.level !== 'error' || (o.service ?? about) !== service) return;
      const t = Date.parse(o.at);
      if (t > after && (!first || o.at < first.at)) first = { at: o.at, message: o.message };
    });
  }
  return first;
}

/** The one service this turn acted on, for an answer that names none. */
function loneActedOn(calls: Call[], names: readonly string[]): string | undefined {
  const acted = names.filter((n) => actionEnd(calls, n) !== undefined);
  return acted.length === 1 ? acted[0] : undefined;
}

export const errorsOver: ClaimModule<ErrorsOverClaim> = {
  name: 'errors-over',
  extract({ doc, facts }) {
    const claims: ErrorsOverClaim[] = [];
    for (const unit of doc.units) {
      if (unit.kind === 'code' || /\?\s*$/.test(unit.text)) continue;
      for (const m of [...unit.text.matchAll(OVER), ...unit.text.matchAll(NO_MORE)]) {
        if (HYPOTHETICAL.test(unit.text.slice(0, m.index!).split(/[.;]/).at(-1)!)) continue;
        const who = unit.mentions.filter((x) => x.end <= m.index!).at(-1)?.service ?? unit.lead[0] ?? loneActedOn(facts.calls, facts.names);
        if (who) claims.push({ subjects: [who], relation: 'errors_over', polarity: true, ...tidy(m[0], unit.start + m.index!) });
      }
    }
    return claims;
  },
  check(claim, { facts }) {
    const s = claim.subjects[0]!;
    const end = actionEnd(facts.calls, s);
    if (end === undefined) return undefined;
    const line = errorAfter(facts.calls, s, end);
    if (!line) return undefined;
    return { kind: 'contradicted_fact', severity: 'error', span: claim.span, start: claim.start, message: `Says ${s}'s errors have stopped; its logs show an error after the action finished.`, fact: `${s} logs at ${line.at.slice(11, 19)}: "${line.message}" (${facts.sourceOf(s)}).` };
  },
};
