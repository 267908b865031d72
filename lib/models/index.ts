import 'server-only';

export { genAiProviderName, getJudgeModel, getModel, listModels, modelCircuitStatus } from './registry';
export type { JudgeModel, RegisteredModel } from './registry';
export { describeCircuitOpen, findModelCircuitOpenError, ModelCircuitOpenError } from './circuit-rules';
export { costUsd, MODEL_SLOTS } from './types';
export type { ModelCircuitStatus, ModelInfo, ModelPricing, ModelSlot } from './types';
