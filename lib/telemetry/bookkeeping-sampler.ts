import type { Attributes, Context, Link, SpanKind } from '@opentelemetry/api';
import { SamplingDecision, type Sampler, type SamplingResult } from '@opentelemetry/sdk-trace-base';

/**
 * Next.js's bookkeeping spans: loading and preparing a route's module and
 * starting the response. Four of the eight spans of every API request; they
 * never have children and say nothing about the app, yet each one costs its
 * processing, a slot in the trace view and an exported row. The spans that name
 * the route (`resolve page components`, `executing api route`, `render route`)
 * are kept.
 */
export const NEXT_BOOKKEEPING_SPAN_TYPES: ReadonlySet<string> = new Set([
  'LoadComponents.loadRouteModule',
  'RouteModule.prepare',
  'AppRouteRouteModule.loadUserland',
  'NextNodeServer.startResponse',
  'NextNodeServer.clientComponentLoading',
  'NextNodeServer.getLayoutOrPageModule',
]);

/**
 * Records every span, whatever an incoming `traceparent` says (the console's
 * figures count every request), except Next's bookkeeping ones, which are not
 * even created as recording spans. Used with the OpenTelemetry SDK; the Azure
 * Monitor distro takes its sampler from its own options only.
 */
export class BookkeepingSampler implements Sampler {
  shouldSample(_context: Context, _traceId: string, _name: string, _kind: SpanKind, attributes: Attributes, _links: Link[]): SamplingResult {
    const type = attributes['next.span_type'];
    if (typeof type === 'string' && NEXT_BOOKKEEPING_SPAN_TYPES.has(type)) return { decision: SamplingDecision.NOT_RECORD };
    return { decision: SamplingDecision.RECORD_AND_SAMPLED };
  }

  toString(): string {
    return 'BookkeepingSampler';
  }
}
