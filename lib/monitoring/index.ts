import 'server-only';

export { healthReport, readiness, detailedHealth } from './health';
export { METRICS_CACHE_PREFIX, metricsReport, monitor, startMonitoring, recordModelCall, recordWorkflowOutcome, recordHallucinationCheck, WINDOW_NAMES } from './monitor';
export type { Monitor, WindowName } from './monitor';
export type { ModelCall, WorkflowOutcome, HallucinationCheck } from './ai-stats';
export { alertRulesSchema, alertRulesPatchSchema, applyRulesPatch, defaultRules, RULE_TITLES } from './alert-rules';
export type { AlertRules, AlertRulesPatch } from './alert-rules';
export { acknowledgeAlert, alertRulesView, startChaos, stopChaos, updateAlertRules } from './commands';
export { listSnapshots } from './store';
export { decodeSketch, encodeSketch, mergeInto, nearestRankQuantile, newSketch, parseSketch, RELATIVE_ACCURACY, SketchCounts } from './sketch';
export type { EncodedSketch, LatencySketch } from './sketch';
export { recentSnapshots } from './persistence';
export type { AckResult } from './store';
export type * from './types';
export { attributeSpend } from './spend';
export { refuseIfOverBudget } from './quality';
export { objectivesFor } from './objectives-report';
export type * from './objective-types';
