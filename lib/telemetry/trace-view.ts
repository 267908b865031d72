import { getConfig } from '@/lib/config';
import { telemetryState } from './sdk';
import type { StoredSpan, TraceSummary } from './trace-store';

/** Attributes that identify people or machines; shown to admins only. */
const SENSITIVE = /(address|peer|session|user_agent|client\.)/i;

function sanitize(span: StoredSpan, admin: boolean): StoredSpan {
  if (admin) return span;
  const attributes = Object.fromEntries(Object.entries(span.attributes).filter(([key]) => !SENSITIVE.test(key)));
  return { ...span, attributes };
}

export interface TraceListQuery {
  limit: number;
  errorsOnly?: boolean;
  q?: string;
}

export function listTraces(query: TraceListQuery): TraceSummary[] {
  const store = telemetryState().inApp?.traces;
  if (!store) return [];
  const q = query.q?.toLowerCase();
  return store.list(query.limit, (t) => (!query.errorsOnly || t.error) && (!q || t.rootName.toLowerCase().includes(q) || t.traceId.startsWith(q)));
}

export interface TraceDetail {
  traceId: string;
  spans: StoredSpan[];
  azurePortalUrl?: string;
}

export function getTrace(traceId: string, admin: boolean): TraceDetail | undefined {
  const spans = telemetryState().inApp?.traces.get(traceId);
  if (!spans) return undefined;
  return { traceId, spans: spans.map((s) => sanitize(s, admin)), azurePortalUrl: azurePortalUrl(traceId, spans[0]?.startMs) };
}

/**
 * A link to the same operation in Application Insights' end-to-end transaction
 * view, when the resource id is configured (the connection string does not name it).
 */
function azurePortalUrl(traceId: string, startMs: number | undefined): string | undefined {
  const t = getConfig().telemetry;
  if (!t.azureConnectionString || !t.azureResourceId) return undefined;
  const [, , subscription, , group, , , , name] = t.azureResourceId.split('/');
  const component = encodeURIComponent(JSON.stringify({ SubscriptionId: subscription, ResourceGroup: group, Name: name }));
  const model = encodeURIComponent(
    JSON.stringify({ eventId: traceId, timestamp: new Date(startMs ?? Date.now()).toISOString(), cacheId: '', eventTable: 'requests' }),
  );
  return `https://portal.azure.com/#view/AppInsightsExtension/DetailsV2Blade/ComponentId~/${component}/DataModel~/${model}`;
}
