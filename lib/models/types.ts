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
