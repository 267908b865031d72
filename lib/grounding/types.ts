/**
 * What the hallucination detector answers (browser-safe: the chat page renders
 * these on each message's badge).
 */
export type GroundingVerdict = 'grounded' | 'unverified' | 'hallucination';

export type FindingKind =
  /** A service, tool, endpoint or version the fleet does not have. */
  | 'unknown_entity'
  /** "I restarted X" without a matching successful tool call this turn. */
  | 'unperformed_action'
  /** A number or status that disagrees with the tool results or the fleet's state. */
  | 'contradicted_fact'
  /** A confident answer to a question no available fact can answer. */
  | 'unsupported_claim';

export interface GroundingFinding {
  kind: FindingKind;
  /** error: a hallucination; warning: could not be checked (the verdict becomes "unverified"). */
  severity: 'error' | 'warning';
  /** The words of the answer the finding is about. */
  span: string;
  /** Where the span starts in the answer (characters). */
  start: number;
  /** In plain words: what is wrong, and the fact it contradicts (if any). */
  message: string;
  fact?: string;
}

export interface GroundingResult {
  verdict: GroundingVerdict;
  findings: GroundingFinding[];
  /** How many checkable claims (entities, actions, numbers, statuses) the answer made. */
  claims: number;
  /** Optional second opinion from the other model (LLM as judge), when configured. */
  judge?: { model: string; verdict: GroundingVerdict; reason: string };
}

/** One tool call of the turn being checked: `result` is whatever JSON the tool returned. */
export interface ToolResultInput {
  name: string;
  arguments?: Record<string, unknown>;
  result?: unknown;
  isError?: boolean;
}

/** One service as the detector knows it (the fleet's real inventory and current state). */
export interface ServiceFacts {
  name: string;
  /** What the service is for, as the inventory describes it ("Synthetic users (Locust)"): fixed, not a run-time fact. */
  role?: string;
  status?: string;
  health?: string;
  version?: string;
  previousVersion?: string | null;
  replicas?: number;
  dependencies?: string[];
  cpuPct?: number;
  memoryMb?: number;
  /** The memory the service may use (a limit, not its usage). */
  memoryLimitMb?: number;
  memoryPct?: number;
  latencyMs?: number;
  /** A fraction (0.02 = 2 %). */
  errorRate?: number;
  requestsPerSec?: number;
  uptimeSec?: number;
  /** Plain-language reasons for a status other than running ("bad deployment"). */
  issues?: string[];
}

/** Everything the detector checks against besides the turn's tool results. */
export interface FleetFacts {
  services: ServiceFacts[];
  /** Every MCP tool name (read-only and mutating). */
  tools: string[];
  /** Tools that change the fleet: only a successful call of one backs an action claim. */
  mutatingTools: string[];
  /** API paths the app serves, `[param]` segments as written in app/api. */
  endpoints: string[];
}

/** The detector's figures on one split of the hand-labelled answers (lib/grounding/labelled-set.ts reads them). */
export interface LabelledFigures {
  split: string;
  answers: number;
  hallucinations: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  precision: number | null;
  recall: number | null;
}
