import { logs } from '@opentelemetry/api-logs';

/** The custom events the app emits (Application Insights `customEvents`; OTLP log records with `event.name`). */
export type EventName =
  | 'workflow.completed'
  | 'chat.message'
  | 'hallucination.detected'
  | 'alert.fired'
  | 'alert.resolved'
  | 'loadtest.completed';

/** The attribute Azure Monitor's exporter turns into a `customEvents` row. */
const AZURE_CUSTOM_EVENT = 'microsoft.custom_event.name';

/** Emits a custom event with dimensions (strings, numbers, booleans; never secrets). */
export function trackEvent(name: EventName, dimensions: Record<string, string | number | boolean | undefined>): void {
  const attributes: Record<string, string | number | boolean> = { [AZURE_CUSTOM_EVENT]: name, 'event.name': name };
  for (const [key, value] of Object.entries(dimensions)) if (value !== undefined) attributes[key] = value;
  logs.getLogger('aimon.events').emit({ body: name, attributes });
}
