/** Shapes of users' votes on answers and of the detector's live figures (browser-safe). */
import type { GroundingVerdict } from '@/lib/grounding/types';
// A type only (lib/grounding/types.ts holds it with the other browser-safe shapes).
import type { LabelledFigures } from '@/lib/grounding/types';

/** chat: a /chat answer (chat_messages); ask: an "ask both" answer on /compare (ask_answers). */
export const FEEDBACK_SOURCES = ['chat', 'ask'] as const;
export type FeedbackSource = (typeof FEEDBACK_SOURCES)[number];
export type FeedbackRating = 'up' | 'down';

/** This session's vote on one answer. null: not given, or taken back. */
export interface FeedbackView {
  rating: FeedbackRating | null;
  /** true: "this is a hallucination"; false: "this is not a hallucination". */
  hallucination: boolean | null;
  updatedAt: string;
}

/** The detector's verdicts against what users said (a flag = verdict "hallucination"). */
export interface LiveFigures {
  /** Answers with a "hallucination or not" vote (one per session and answer). */
  votes: number;
  /** Flagged, and users said hallucination. */
  truePositives: number;
  /** Flagged, users said not. */
  falsePositives: number;
  /** Not flagged, users said hallucination. */
  falseNegatives: number;
  trueNegatives: number;
  /** TP / (TP + FP): null until a flagged answer has a vote. */
  precision: number | null;
  /** TP / (TP + FN): null until users have called an answer a hallucination. */
  recall: number | null;
}

export interface JudgeAgreement {
  /** A judge is configured on this instance (GROUNDING_JUDGE_*). */
  configured: boolean;
  /** Which model judges, when configured. */
  model?: string;
  /** Stored answers the judge gave a verdict on (every instance, since the start of the data). */
  checks: number;
  /** Judge and rules agree on "hallucination or not". */
  agreements: number;
  disagreements: number;
  /** Judge calls that failed (the answer kept the rules' verdict alone). */
  failures: number;
  agreementPct: number | null;
  /** The judge's verdicts against what users said, like the detector's. */
  againstUsers: LiveFigures;
}

export interface GroundingQuality {
  generatedAt: string;
  /** From users' votes on chat and ask-both answers, every instance (the database). */
  live: LiveFigures & { perModel: Record<'A' | 'B', LiveFigures>; thumbsUp: number; thumbsDown: number };
  /** The hand-labelled set (tests/fixtures/grounding), each split that exists. */
  labelled: LabelledFigures[];
  judge: JudgeAgreement;
}

export type { GroundingVerdict, LabelledFigures };
