import 'server-only';

export { getModel, listModels } from './registry';
export type { RegisteredModel } from './registry';
export { costUsd, MODEL_SLOTS } from './types';
export type { ModelInfo, ModelPricing, ModelSlot } from './types';
