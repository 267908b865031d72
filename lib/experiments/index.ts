import 'server-only';

export { createQuestionSet, deleteQuestionSet, getQuestionSet, listQuestionSets, updateQuestionSet } from './question-sets';
export type { QuestionSetInput } from './question-sets';
export { cancelExperiment, getExperimentRun, listExperimentRuns, missingFacts, startExperiment, streamExperimentRun, EXPERIMENT_POLL_MS } from './experiment-runs';
export { compareRuns, modelTotals } from './compare-runs';
export * from './types';
