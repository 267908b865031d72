/** Shapes the experiments panel receives (browser-safe). */
import type { GroundingFinding } from '@/lib/grounding/types';
import type { ModelSlot } from '@/lib/models/types';

/** At most this many questions per set, and characters per question / expected fact. */
export const QUESTIONS_MAX = 50;
export const QUESTION_MAX_CHARS = 500;
export const FACT_MAX_CHARS = 200;
export const FACTS_MAX = 10;

/** The example prompts a new set starts from (the chat's and ask-both's examples). */
export const EXAMPLE_QUESTIONS: ReadonlyArray<{ text: string; expectedFacts?: string[] }> = [
  { text: 'Which services need attention right now?' },
  { text: 'What is the status of postgres?', expectedFacts: ['postgres'] },
  { text: 'Is the billing-service healthy?' },
];

export interface QuestionView {
  id: string;
  text: string;
  /** Facts the answer must state (case-insensitive substrings); optional. */
  expectedFacts?: string[];
}

export interface QuestionSetView {
  id: string;
  name: string;
  createdAt: string;
  updatedAt: string;
  questions: QuestionView[];
}

export type ExperimentStatus = 'running' | 'succeeded' | 'cancelled' | 'error' | 'abandoned';

export interface ExperimentResultView {
  questionId: string;
  position: number;
  model: ModelSlot;
  modelId: string;
  text: string;
  error?: string;
  verdict?: 'grounded' | 'unverified' | 'hallucination';
  findings: GroundingFinding[];
  missingFacts: string[];
  latencyMs: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  toolCalls: Array<{ name: string; isError: boolean }>;
}

export interface ModelTotals {
  answered: number;
  failed: number;
  grounded: number;
  unverified: number;
  hallucinated: number;
  missingFacts: number;
  latencyMsMean: number | null;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  toolCalls: number;
}

/** One question and model against the previous run of the same set. */
export interface ResultChange {
  questionId: string;
  model: ModelSlot;
  before: string;
  after: string;
  change: 'better' | 'worse';
}

export interface ExperimentComparison {
  previousRunId: string;
  previousAt: string;
  better: number;
  worse: number;
  same: number;
  changes: ResultChange[];
  totals: Record<ModelSlot, { before: ModelTotals; after: ModelTotals }>;
}

export interface ExperimentRunView {
  id: string;
  setId: string;
  createdAt: string;
  finishedAt?: string;
  status: ExperimentStatus;
  error?: string;
  questions: QuestionView[];
  /** Answers expected: questions × models. */
  total: number;
  done: number;
  results: ExperimentResultView[];
  totals: Record<ModelSlot, ModelTotals>;
  /** Against the previous finished run of the same set, once this one has finished. */
  comparison?: ExperimentComparison;
  traceId?: string;
}

/** What GET /api/experiments/runs/{id} streams (Server-Sent Events). */
export type ExperimentEvent =
  | { type: 'run'; run: ExperimentRunView }
  | { type: 'result'; result: ExperimentResultView; done: number; total: number }
  | { type: 'finished'; run: ExperimentRunView }
  | { type: 'error'; message: string };
