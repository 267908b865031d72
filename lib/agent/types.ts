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
  steps?: WorkflowStepView[];
}

/** What streams to the page while a workflow runs (Server-Sent Events). */
export type WorkflowEvent =
  | { type: 'run-started'; run: WorkflowRunView }
  | { type: 'text-delta'; delta: string }
  | { type: 'step'; step: WorkflowStepView }
  | { type: 'run-finished'; run: WorkflowRunView }
  | { type: 'error'; message: string };
