import { jsonColumn } from '@/lib/db';
import type { GroundingResult } from '@/lib/grounding/types';

/** What an answered question stores beside its text, alike for a chat answer and an "ask both" answer. */
export interface AnswerOutcome {
  error?: string;
  latencyMs: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  toolCalls: unknown[];
  grounding?: GroundingResult;
  /** The LLM judge's verdict, or `failed`; absent without a judge. */
  judgeVerdict?: string;
}

/**
 * The columns chat_messages and ask_answers share, written one way so the
 * verdict figures read both tables alike (an error cut to the column's bound,
 * whole milliseconds, the verdict beside the check that gave it).
 */
export function answerColumns(a: AnswerOutcome) {
  return {
    error: a.error?.slice(0, 1000),
    latencyMs: Math.round(a.latencyMs),
    inputTokens: a.inputTokens,
    outputTokens: a.outputTokens,
    costUsd: a.costUsd,
    toolCalls: jsonColumn(a.toolCalls),
    verdict: a.grounding?.verdict,
    grounding: jsonColumn(a.grounding),
    judgeVerdict: a.judgeVerdict,
  };
}
