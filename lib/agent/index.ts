import 'server-only';

export { runWorkflow, describeModelError } from './run-workflow';
export type { WorkflowInput, WorkflowOptions } from './run-workflow';
export { getRun, listRuns, abandonStaleRuns, listRunFiguresSince, RUNS_CACHE_PREFIX } from './workflow-store';
export type { RunFigures } from './workflow-store';
export { SCENARIOS, scenarioGoal } from './scenarios';
export type { ScenarioId } from './scenarios';
export { toAiTools } from './tool-source';
export type { AgentTool, AgentToolSource, ToolCallOutcome, ToolCallRecord } from './tool-source';
export type { RunStatus, WorkflowEvent, WorkflowRunView, WorkflowStepView, FleetServiceSummary } from './types';
export { openMcpToolSource } from './mcp-tool-source';
export { executeWorkflow } from './start-workflow';
export { cancelRun, activeRunCount } from './active-runs';
export { answerChat, ChatQuestionNotFound } from './chat-responder';
export type { ChatInput, ChatOptions, ChatOutcome } from './chat-responder';
export { chatHistory, clearChatHistory, chatVerdictCounts } from './chat-store';
export { CHAT_MESSAGE_MAX } from './chat-types';
export type { ChatEvent, ChatMessageView, ChatToolCallView } from './chat-types';
