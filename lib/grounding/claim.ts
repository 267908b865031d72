import type { Facts } from './facts';
import type { Doc } from './subjects';
import type { GroundingFinding } from './types';

/**
 * One claim an answer makes: who it is about, what it says of them, whether it
 * says it or denies it, and the words it came from. Each claim kind has its own
 * module (entities, versions, actions, statuses, figures, relations, quotes,
 * unsupported) that finds its claims in a read answer and checks each against
 * the facts.
 */
export interface Claim {
  /** The services the claim is about (empty for claims about the app or the world). */
  subjects: string[];
  /** What is claimed of them: "status:healthy", "replicas", "depends_on", "did:restart", … */
  relation: string;
  value?: unknown;
  /** false when the answer denies it ("is not running", "nothing depends on"). */
  polarity: boolean;
  /** The words of the answer, and where they start. */
  span: string;
  start: number;
}

export interface CheckContext {
  facts: Facts;
  doc: Doc;
  question: string;
  /** The services the question names. */
  questionServices: string[];
}

export interface ClaimModule<C extends Claim = Claim> {
  name: string;
  extract(ctx: CheckContext): C[];
  /** A finding when the claim is wrong (error) or cannot be checked (warning); nothing when it holds. */
  check(claim: C, ctx: CheckContext): GroundingFinding | undefined;
}

/** Trims a span to its words (no surrounding spaces or markdown), keeping `start` on the first word. */
export function tidy(span: string, start: number): { span: string; start: number } {
  const lead = span.length - span.replace(/^[\s*_`|>-]+/, '').length;
  const text = span.slice(lead).replace(/[\s*_`|,;:]+$/, '');
  return { span: text.slice(0, 160), start: start + lead };
}
