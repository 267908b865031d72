/** Shapes of GET /api/objectives, shared by the server and the browser (no server-only imports here). */

export type ObjectiveKind = 'workflow_success' | 'hallucination';
export type BurnWindow = '5m' | '30m' | '1h' | '6h';

export interface BurnFigure {
  window: BurnWindow;
  /** Bad events over the window's events, divided by the error budget (1 = burning exactly the budget). */
  burnRate: number;
  bad: number;
  total: number;
}

export interface ObjectiveStatus {
  model: string;
  objective: ObjectiveKind;
  /** "≥ 90 % of workflows succeed", "≤ 10 % of checked answers hallucinate". */
  label: string;
  targetPct: number;
  /** The share of events that may be bad: 10 % for both defaults. */
  errorBudgetPct: number;
  /** Over the budget window (budgetWindowHours). */
  windowHours: number;
  samples: number;
  bad: number;
  /** Success rate or hallucination rate over the budget window; null without samples. */
  ratePct: number | null;
  /** 100 % with no bad events, 0 % when exactly the budget is spent, negative beyond; null without samples. */
  budgetLeftPct: number | null;
  burn: BurnFigure[];
  fastBurnRate: number;
  slowBurnRate: number;
  /** The alert of this objective that is open now, if any. */
  alert: { rule: string; severity: 'warning' | 'critical'; state: 'firing' | 'acknowledged' } | null;
}

export interface RequestSloStatus {
  availabilityPct: number;
  fastBurnRate: number;
  slowBurnRate: number;
  /** This instance's requests (the SLO rules judge the same windows). */
  burn: BurnFigure[];
}

export interface Spender {
  /** A session: the first 8 characters of its id (all of it for an admin); a model: its slot. */
  subject: string;
  /** A session: whether it is the viewer's own. */
  you?: boolean;
  costUsd: number;
  calls: number;
  tokens: number;
  /** Of the budget of its kind, in %. */
  sharePct: number;
  over: boolean;
}

export interface BudgetsStatus {
  enabled: boolean;
  refuseOverBudget: boolean;
  session: { usd: number; windowMin: number };
  model: { usd: number; windowHours: number };
  topSessions: Spender[];
  sessionsOver: number;
  models: Spender[];
}

export interface ObjectivesReport {
  generatedAt: string;
  enabled: boolean;
  requestSlo: RequestSloStatus;
  objectives: ObjectiveStatus[];
  budgets: BudgetsStatus;
  /** Set when the stored figures could not be read (the database is down): the rest is this instance's. */
  error?: string;
}
