import { getModel, MODEL_SLOTS, modelCircuitStatus, type ModelSlot } from '@/lib/models';
import type { ModelHealth } from './types';

/** One model slot as health and the console show it: which model, and its circuit breaker (null when simulated). */
export function modelHealth(slot: ModelSlot): ModelHealth {
  const { info } = getModel(slot);
  return { displayName: info.displayName, provider: info.provider, modelId: info.modelId, circuit: modelCircuitStatus(slot) ?? null };
}

/** Both slots. */
export function modelsHealth(): Record<ModelSlot, ModelHealth> {
  return Object.fromEntries(MODEL_SLOTS.map((slot) => [slot, modelHealth(slot)])) as Record<ModelSlot, ModelHealth>;
}
