/** Browser-safe model descriptions (no secrets: API keys never leave lib/models). */
export type ModelSlot = 'A' | 'B';
export const MODEL_SLOTS: readonly ModelSlot[] = ['A', 'B'];

export interface ModelPricing {
  /** USD per 1 000 input tokens. */
  inputPer1k: number;
  /** USD per 1 000 output tokens. */
  outputPer1k: number;
}

export interface ModelInfo {
  slot: ModelSlot;
  displayName: string;
  provider: 'simulated' | 'openai-compatible' | 'azure-openai';
  modelId: string;
  simulated: boolean;
  pricing: ModelPricing;
}

export function costUsd(pricing: ModelPricing, inputTokens: number, outputTokens: number): number {
  return (inputTokens / 1000) * pricing.inputPer1k + (outputTokens / 1000) * pricing.outputPer1k;
}

/**
 * The circuit breaker of one real model server, as health and the console show it
 * (simulated models make no requests and have none).
 */
export interface ModelCircuitStatus {
  /** closed: calls go through; open: calls fail at once, without a request; half-open: one trial call decides. */
  state: 'closed' | 'open' | 'half-open';
  /** Failed requests in a row (each retry counts); reset by a success. */
  consecutiveFailures: number;
  /** MODEL_BREAKER_FAILURES: the run of failures that opens the circuit. */
  threshold: number;
  /** MODEL_BREAKER_COOLDOWN_MS: how long it stays open before a trial call. */
  cooldownMs: number;
  /** When it last opened (ISO), while open or half-open; null while closed. */
  openedAt: string | null;
  /** While open: ms until the next call is let through as a trial (0 = the next call is). */
  retryInMs: number | null;
  /** Calls refused without a request since start. */
  shortCircuited: number;
  /** The last failure counted, in a few words ("HTTP 503", "timed out", "ECONNREFUSED"); never a URL or a key. */
  lastFailure: string | null;
}
