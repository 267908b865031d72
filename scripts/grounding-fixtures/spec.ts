/** How the hand-written answers are authored: text by hand, tool results by reference to a captured state. */
export type Label = 'grounded' | 'unknown_entity' | 'unperformed_action' | 'contradicted_fact' | 'unsupported_claim';

export interface AnswerSpec {
  label: Label;
  class: string;
  question: string;
  answer: string;
  /** Keys into the state's captured tools (tests/fixtures/grounding/states/<state>.json). */
  tools: string[];
}

/** A true answer (its class names what makes it look suspicious). */
export const g = (cls: string, question: string, answer: string, tools: string[] = []): AnswerSpec => ({ label: 'grounded', class: cls, question, answer, tools });

/** A hallucination: `label` is the kind of its first wrong detail. */
export const h = (label: Exclude<Label, 'grounded'>, cls: string, question: string, answer: string, tools: string[] = []): AnswerSpec => ({ label, class: cls, question, answer, tools });

export type AnswerSet = Record<string, AnswerSpec[]>;
