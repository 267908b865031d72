/** Shapes the Tools page receives (browser-safe). */
export type RunStatus = 'running' | 'succeeded' | 'failed' | 'cancelled' | 'error' | 'abandoned';

export interface FleetServiceSummary {
  name: string;
  status: string;
  health?: string;
}

export interface WorkflowStepView {
  index: number;
  kind: 'model' | 'tool';
  createdAt: string;
  durationMs?: number;
  text?: string;
  toolName?: string;
  toolCallId?: string;
  args?: unknown;
  result?: unknown;
  isError: boolean;
  inputTokens?: number;
  outputTokens?: number;
}

export interface WorkflowRunView {
  id: string;
  createdAt: string;
  finishedAt?: string;
  modelSlot: string;
  modelId: string;
  scenario: string;
  goal: string;
  status: RunStatus;
  summary?: string;
  error?: string;
  latencyMs?: number;
  toolCalls: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  servicesAffected: string[];
  finalFleet?: FleetServiceSummary[];
  traceId?: string;
  /** A replay: the run it replays, and how (recorded: its tool results and fleet snapshot; live: today's fleet). */
  replayOf?: string;
  replayMode?: ReplayMode;
  steps?: WorkflowStepView[];
}

export type ReplayMode = 'recorded' | 'live';

/** What streams to the page while a workflow runs (Server-Sent Events). */
export type WorkflowEvent =
  | { type: 'run-started'; run: WorkflowRunView }
  | { type: 'text-delta'; delta: string }
  | { type: 'step'; step: WorkflowStepView }
  | { type: 'run-finished'; run: WorkflowRunView }
  | { type: 'error'; message: string };

/** A run as it reads in a diff. */
export type RunDiffSide = Pick<
  WorkflowRunView,
  'modelSlot' | 'modelId' | 'status' | 'summary' | 'toolCalls' | 'inputTokens' | 'outputTokens' | 'costUsd' | 'latencyMs'
> & {
  label: string;
  runId: string;
};

/** The n-th tool call of each run, and how they differ (absent when the same). */
export interface RunDiffStep {
  position: number;
  a?: WorkflowStepView;
  b?: WorkflowStepView;
  same: boolean;
  difference?: 'tool' | 'arguments' | 'result' | 'missing';
}

export interface RunDiff {
  a: RunDiffSide;
  b: RunDiffSide;
  steps: RunDiffStep[];
  identical: boolean;
  /** The first step where the runs part (`conclusion`: same calls, another outcome). */
  firstDivergence?: { position: number; kind: 'tool' | 'arguments' | 'result' | 'missing' | 'conclusion' };
  /** One line: where they part and what each did to the fleet. */
  summary: string;
}

// The rest of what the browser may import from lib/agent (each file has no server imports).
export { CHAT_MESSAGE_MAX } from './chat-types';
export type { ChatEvent, ChatMessageView, ChatToolCallView } from './chat-types';
export { SCENARIOS } from './scenarios';
export type { ScenarioId } from './scenarios';
