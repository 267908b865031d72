import { tidy, type Claim, type ClaimModule } from './claim';
import { mentionsOf } from './subjects';

/**
 * "Done." answering "Scale web-ui, mcp-server and ai-agent to 1": a bare word
 * of completion claims every action the request asked for, on every service
 * it named, though the answer repeats none of them. Each needs its successful
 * call (or the action under way in the tools' state), as "I scaled …" would.
 * An answer that qualifies its "done" (but, except, refused, only) says for
 * itself what happened, and the action rules read that instead.
 */
type Requested = 'restart' | 'scale' | 'rollback' | 'clear_cache';

interface DoneClaim extends Claim {
  relation: 'requested_done';
  value: Requested;
}

const TOOL_OF: Record<Requested, string> = { restart: 'restart_service', scale: 'scale_service', rollback: 'rollback_deployment', clear_cache: 'clear_cache' };

/** A request's verbs and what they ask for. */
const REQUEST_VERB = /\b(restart|reboot|bounce|re-?start|scale(?:\s+(?:up|out|down|in))?|roll\s*back|rollback|revert|downgrade|clear|flush|purge)\b/gi;
/** The same verbs as an answer says them, inflected ("restarted", "rolled back", "flushing"). */
const SAID_VERB = /\b(restart\w*|reboot\w*|bounc\w*|re-start\w*|scal(?:e|es|ed|ing)\b|roll(?:s|ed|ing)?\s*back|rollback|revert\w*|downgrad\w*|clear(?:s|ed|ing)?\b|flush\w*|purg\w*)/gi;
/** The question is a request (an imperative, or "can you …"), not a question about an action. */
const REQUEST = /^\s*(?:(?:ok(?:ay)?|right|now|then|so|and)[,\s]+)?(?:please\s+|pls\s+|(?:can|could|would|will) you\s+(?:please\s+)?|go ahead and\s+|just\s+)?(?:restart|reboot|bounce|re-?start|scale|roll\s*back|rollback|revert|downgrade|clear|flush|purge)\b/i;
/** The answer opens on a word of completion and nothing else in its first sentence. */
const DONE = /^[\s*_>✅✔☑•-]*(?:(?:ok(?:ay)?|sure|right)[,\s!.—–-]+)?(done|all done|finished|completed?|all set|sorted|taken care of)\s*(?:[.!:,—–-]|$)/i;
/** Words that qualify the "done": the answer says for itself which parts happened. */
const QUALIFIED = /\b(but|except|however|although|though|only|partly|partially|refused|rejected|failed|fail(?:s|ing)?|error|couldn['’]?t|could not|can['’]?t|cannot|not|n['’]t|unable|skipped|still (?:pending|running|in progress)|in progress|under ?way)\b|[❌✖⚠]/i;

function kindOf(verb: string): Requested {
  const v = verb.toLowerCase();
  if (/^(restart|reboot|bounc|re-?start)/.test(v)) return 'restart';
  if (/^scal/.test(v)) return 'scale';
  if (/^(roll|revert|downgrade)/.test(v)) return 'rollback';
  return 'clear_cache';
}

/** Each verb of the request with the services named between it and the next verb ("Restart redis and flush mcp-server"). */
function requestedActions(question: string, names: readonly string[]): Array<{ kind: Requested; services: string[] }> {
  const verbs = [...question.matchAll(REQUEST_VERB)];
  return verbs.map((m, i) => {
    const end = verbs[i + 1]?.index ?? question.length;
    const services = [...new Set(mentionsOf(question.slice(m.index!, end), names).map((x) => x.service))];
    return { kind: kindOf(m[1]!), services };
  });
}

export const doneReplies: ClaimModule<DoneClaim> = {
  name: 'done-replies',
  extract(ctx) {
    const { doc, question, facts } = ctx;
    if (!REQUEST.test(question)) return [];
    const first = doc.units[0];
    const done = first && DONE.exec(doc.text);
    if (!first || !done || QUALIFIED.test(doc.text)) return [];
    const at = done.index + done[0].indexOf(done[1]!);
    const claims: DoneClaim[] = [];
    // "Done — I restarted web-ui": the answer names the action itself, and the action rules check that
    // claim; one finding for it, not a second for the "Done".
    // Services the rest of the answer names are theirs to speak for; "All done" still claims the others.
    const rest = doc.text.slice(done.index + done[0].length);
    const saidKinds = new Set([...rest.matchAll(SAID_VERB)].map((m) => kindOf(m[1]!)));
    const named = new Set(mentionsOf(rest, facts.names).map((x) => x.service));
    for (const { kind, services } of requestedActions(question, facts.names)) {
      for (const service of services.filter((s) => !(saidKinds.has(kind) && named.has(s)))) claims.push({ subjects: [service], relation: 'requested_done', value: kind, polarity: true, ...tidy(done[1]!, at) });
    }
    return claims;
  },
  check(claim, { facts }) {
    const service = claim.subjects[0]!;
    const tool = TOOL_OF[claim.value];
    if (facts.succeeded((n) => n === tool, service) || facts.state(service)?.action?.kind === claim.value) return undefined;
    const refused = facts.calls.find((c) => c.name === tool && c.isError && c.arguments?.service === service);
    return {
      kind: 'unperformed_action',
      severity: 'error',
      span: claim.span,
      start: claim.start,
      message: `Says the requested ${claim.value.replace('_', ' ')} of ${service} is done, but no such action succeeded this turn.`,
      fact: refused ? `The ${tool} call for ${service} failed (isError).` : `No successful ${tool} call for ${service} in this turn's tool results.`,
    };
  },
};
