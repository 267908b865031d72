/** Shapes the Chat page receives (browser-safe: no server imports). */
import type { FeedbackView } from '@/lib/feedback/types';
import type { GroundingResult } from '@/lib/grounding/types';

/** The longest question the chat accepts (characters). */
export const CHAT_MESSAGE_MAX = 4000;

export interface ChatToolCallView {
  name: string;
  arguments?: Record<string, unknown>;
  isError: boolean;
}

export interface ChatMessageView {
  id: string;
  role: 'user' | 'assistant';
  content: string;
  createdAt: string;
  /** error: the model failed; the question is kept and the page offers a retry. */
  status: 'complete' | 'error';
  error?: string;
  replyToId?: string;
  model?: 'A' | 'B';
  modelId?: string;
  latencyMs?: number;
  inputTokens?: number;
  outputTokens?: number;
  costUsd?: number;
  toolCalls?: ChatToolCallView[];
  grounding?: GroundingResult;
  traceId?: string;
  /** This session's vote on the answer (PUT /api/feedback), if any. */
  feedback?: FeedbackView;
}

/** What streams to the page while an answer is written (Server-Sent Events). */
export type ChatEvent =
  | { type: 'question'; message: ChatMessageView }
  | { type: 'text-delta'; delta: string }
  /** The model called a tool: the text so far was its reasoning, not the answer. */
  | { type: 'tool-call'; call: ChatToolCallView }
  | { type: 'answer'; message: ChatMessageView }
  | { type: 'error'; message: string; failed?: ChatMessageView };
