import { logs } from '@opentelemetry/api-logs';

/**
 * The custom events the app emits (Application Insights `customEvents`, OTLP log
 * records with `event.name`) and their dimensions. The KQL pack in deploy/kql
 * reads exactly these names: change both together.
 */
export interface EventDimensions {
  'workflow.completed': {
    'aimon.model': string;
    'aimon.scenario': string;
    'aimon.outcome': 'success' | 'failure';
    'aimon.duration_ms': number;
    'aimon.tool_calls': number;
    'aimon.workflow_id': string;
    'aimon.replay_of'?: string;
    'aimon.replay.mode'?: 'recorded' | 'live';
  };
  /** A replay finished: how it compares with its original. */
  'workflow.replayed': {
    'aimon.workflow_id': string;
    'aimon.replay_of': string;
    'aimon.replay.mode': 'recorded' | 'live';
    'aimon.model': string;
    'aimon.replay.identical': boolean;
    /** The first tool-call position where it parts from the original (0 when identical). */
    'aimon.replay.divergence_step': number;
  };
  /** One experiment run over, per model: its totals. */
  'experiment.completed': {
    'aimon.experiment.id': string;
    'aimon.experiment.set_id': string;
    'aimon.experiment.status': string;
    'aimon.model': string;
    'aimon.experiment.questions': number;
    'aimon.experiment.grounded': number;
    'aimon.experiment.hallucinated': number;
    'aimon.experiment.failed': number;
    'aimon.experiment.latency_ms': number;
    'aimon.experiment.cost_usd': number;
  };
  'chat.message': {
    'aimon.model': string;
    'aimon.latency_ms': number;
    'aimon.input_tokens': number;
    'aimon.output_tokens': number;
    'aimon.hallucinated': boolean;
  };
  'hallucination.detected': {
    'aimon.model': string;
    'aimon.source'?: 'chat' | 'workflow' | 'compare';
    'aimon.claims'?: number;
    'aimon.unsupported_claims'?: number;
  };
  /** A user's vote on an answer, as it stands after this change (one vote per session and answer). */
  'feedback.submitted': {
    'aimon.model': string;
    'aimon.answer.source': 'chat' | 'ask';
    'aimon.answer.id': string;
    /** Stable per session and answer, not the session id: the latest event per voter is the vote. */
    'aimon.feedback.voter': string;
    'aimon.feedback.rating': 'up' | 'down' | 'none';
    'aimon.feedback.hallucination': 'yes' | 'no' | 'none';
    'aimon.detector.verdict': string;
    'aimon.detector.flagged': boolean;
    'aimon.judge.verdict'?: string;
  };
  'alert.fired': { 'aimon.alert.id': string; 'aimon.alert.rule': string; 'aimon.alert.severity': string; 'aimon.alert.value': number; 'aimon.alert.threshold': number };
  'alert.resolved': { 'aimon.alert.id': string; 'aimon.alert.rule': string; 'aimon.alert.severity': string; 'aimon.alert.duration_sec'?: number };
  'loadtest.completed': {
    'aimon.loadtest.scenario': string;
    'aimon.loadtest.requests': number;
    'aimon.loadtest.errors': number;
    'aimon.loadtest.p95_ms': number;
    'aimon.loadtest.users'?: number;
    'aimon.loadtest.duration_sec'?: number;
    'aimon.loadtest.rps'?: number;
    'aimon.loadtest.status'?: 'finished' | 'stopped' | 'error';
  };
}

export type EventName = keyof EventDimensions;

/** The attribute Azure Monitor's exporter turns into a `customEvents` row. */
const AZURE_CUSTOM_EVENT = 'microsoft.custom_event.name';

/** Emits a custom event with its dimensions (never secrets). */
export function trackEvent<N extends EventName>(name: N, dimensions: EventDimensions[N]): void {
  const attributes: Record<string, string | number | boolean> = { [AZURE_CUSTOM_EVENT]: name, 'event.name': name };
  for (const [key, value] of Object.entries(dimensions)) if (value !== undefined) attributes[key] = value as string | number | boolean;
  logs.getLogger('aimon.events').emit({ body: name, attributes });
}
