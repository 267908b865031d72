import { actionDurations } from './action-durations';
import { actions } from './actions';
import type { CheckContext, ClaimModule } from './claim';
import { questionEllipsis } from './ellipsis';
import { causalLinks } from './causal-links';
import { dependencyLists } from './dependency-lists';
import { derivations } from './derived';
import { doneReplies } from './done-replies';
import { entities } from './entities';
import { faults } from './faults';
import { errorsOver } from './errors-over';
import { suggestedActions } from './suggested-actions';
import { replicaCounts } from './replica-counts';
import { inaction } from './inaction';
import { faultTimes } from './fault-times';
import { Facts } from './facts';
import { figures } from './figures';
import { maskQuoted, quotes, restatements } from './quotes';
import { outOfMemory } from './out-of-memory';
import { rankings } from './rankings';
import { reachCells } from './reach-cells';
import { relations } from './relations';
import { statuses } from './statuses';
import { timeToLimit } from './time-to-limit';
import { mentionsOf, readAnswer } from './subjects';
import type { FleetFacts, GroundingFinding, GroundingResult, ToolResultInput } from './types';
import { unsupported } from './unsupported';
import { versions } from './versions';

/**
 * The deterministic hallucination detector: reads an answer into claims (who,
 * what, denied or not, the words), resolves who each is about (names,
 * pronouns, headings, table rows), and checks each against the turn's tool
 * results (which win) or, without them, the fleet's current state. No model
 * involved, so it is cheap, repeatable and measurable (npm run grounding:eval).
 *
 * A claim found wrong is an error (hallucination); a claim it cannot check is
 * a warning (unverified).
 */
export interface CheckInput {
  answer: string;
  question?: string;
  toolResults?: ToolResultInput[];
}

/** The claim kinds, in the order their findings are preferred when two point at the same words. */
const MODULES: ClaimModule[] = [entities, versions, actions, doneReplies, inaction, statuses, faults, errorsOver, suggestedActions, replicaCounts, outOfMemory, faultTimes, figures, derivations, actionDurations, timeToLimit, rankings, relations, dependencyLists, reachCells, causalLinks, restatements, unsupported] as ClaimModule[];

/** What an answer that only names services can claim through the question (not actions: a question does not report what was done). */
const ELLIPSIS_MODULES: ClaimModule[] = [statuses, faults, figures, rankings, relations] as ClaimModule[];

/** Checks one answer; `fleet` is the inventory and current state, `toolResults` what this turn's tools returned. */
export function checkAnswer(input: CheckInput, fleet: FleetFacts): GroundingResult {
  const facts = new Facts(fleet, input.toolResults ?? []);
  const question = input.question ?? '';
  const questionServices = [...new Set(mentionsOf(question, facts.names).map((m) => m.service))];
  const findings: GroundingFinding[] = [];
  let claims = 0;

  // Quotes are read on the answer as written; everything else on it with the tools' own words blanked out.
  const raw: CheckContext = { facts, doc: readAnswer(input.answer, facts.names, question), question, questionServices };
  for (const claim of quotes.extract(raw)) {
    claims += 1;
    const f = quotes.check(claim, raw);
    if (f) findings.push(f);
  }
  const masked = maskQuoted(input.answer, raw, facts.names, question);
  const ctx: CheckContext = { ...raw, doc: masked === input.answer ? raw.doc : readAnswer(masked, facts.names, question) };
  for (const module of MODULES) {
    for (const claim of module.extract(ctx)) {
      claims += 1;
      const f = module.check(claim, ctx);
      if (f) findings.push(f);
    }
  }
  // "Which services still have two replicas?" → "Two: A and B.": the question's predicate said of the names the answer gives.
  const ellipsis = questionEllipsis(question, masked, facts.names);
  if (ellipsis) {
    const said: CheckContext = { ...raw, doc: readAnswer(ellipsis.sentence, facts.names, question) };
    for (const module of ELLIPSIS_MODULES) {
      for (const claim of module.extract(said)) {
        claims += 1;
        const f = module.check(claim, said);
        if (f && f.severity === 'error') findings.push({ ...f, span: ellipsis.span, start: ellipsis.start, message: `Answering "${question.trim()}": ${f.message}` });
      }
    }
  }
  // One finding per span: the same words can trip two rules (the error wins over a warning).
  findings.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const unique = findings
    .filter((f, i) => findings.findIndex((g) => g.start === f.start && (g.kind === f.kind || g.span === f.span)) === i)
    // Two readings of the same words (a list and its count) are one finding.
    .filter((f, i, all) => !all.some((g, j) => j !== i && g.kind === f.kind && g.severity === f.severity && f.start >= g.start && f.start + f.span.length <= g.start + g.span.length && (g.span.length > f.span.length || j < i)))
    .sort((a, b) => a.start - b.start);
  const verdict = unique.some((f) => f.severity === 'error') ? 'hallucination' : unique.length ? 'unverified' : 'grounded';
  return { verdict, findings: unique, claims };
}
