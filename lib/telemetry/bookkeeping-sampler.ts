import type { Attributes, Context, Link, SpanKind } from '@opentelemetry/api';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  ParentBasedSampler,
  SamplingDecision,
  TraceIdRatioBasedSampler,
  type Sampler,
  type SamplingResult,
} from '@opentelemetry/sdk-trace-base';
import type { AppConfig } from '@/lib/config';

/**
 * Next.js's bookkeeping spans: loading and preparing a route's module,
 * starting the response, and loading instrumentation.ts at start-up. Four of
 * the eight spans of every API request; they never have children and say
 * nothing about the app, yet each one costs its processing, a slot in the trace
 * view and an exported row (an InProc dependency in Application Insights). The
 * spans that name the route (`resolve page components`, `executing api route`,
 * `render route`) are kept.
 */
export const NEXT_BOOKKEEPING_SPAN_TYPES: ReadonlySet<string> = new Set([
  'LoadComponents.loadRouteModule',
  'RouteModule.prepare',
  'AppRouteRouteModule.loadUserland',
  'NextNodeServer.startResponse',
  'NextNodeServer.clientComponentLoading',
  'NextNodeServer.getLayoutOrPageModule',
  'Instrumentation.loadModule',
  'Instrumentation.register',
]);

/** The sampler OTEL_TRACES_SAMPLER / OTEL_TRACES_SAMPLER_ARG name, as the OTel spec defines them. */
export function configuredSampler(config: AppConfig['telemetry']['sampler']): Sampler {
  const ratio = () => new TraceIdRatioBasedSampler(config.ratio);
  switch (config.name) {
    case 'always_on':
      return new AlwaysOnSampler();
    case 'always_off':
      return new AlwaysOffSampler();
    case 'traceidratio':
      return ratio();
    case 'parentbased_always_off':
      return new ParentBasedSampler({ root: new AlwaysOffSampler() });
    case 'parentbased_traceidratio':
      return new ParentBasedSampler({ root: ratio() });
    case 'parentbased_always_on':
    default:
      return new ParentBasedSampler({ root: new AlwaysOnSampler() });
  }
}

/**
 * Decides which spans are exported by the configured sampler, but records
 * every span the sampler drops (RECORD: processors see it, exporters do not),
 * because the in-app console counts every request; Next's bookkeeping spans
 * are not even created as recording spans. Used with the OpenTelemetry SDK; the
 * Azure Monitor distro takes no sampler (see sdk.ts), and the in-app processor
 * keeps the bookkeeping spans from its export.
 */
export class BookkeepingSampler implements Sampler {
  constructor(private readonly exportSampler: Sampler = new ParentBasedSampler({ root: new AlwaysOnSampler() })) {}

  shouldSample(context: Context, traceId: string, name: string, kind: SpanKind, attributes: Attributes, links: Link[]): SamplingResult {
    const type = attributes['next.span_type'];
    if (typeof type === 'string' && NEXT_BOOKKEEPING_SPAN_TYPES.has(type)) return { decision: SamplingDecision.NOT_RECORD };
    const result = this.exportSampler.shouldSample(context, traceId, name, kind, attributes, links);
    return { ...result, decision: result.decision === SamplingDecision.RECORD_AND_SAMPLED ? SamplingDecision.RECORD_AND_SAMPLED : SamplingDecision.RECORD };
  }

  toString(): string {
    return `BookkeepingSampler{${this.exportSampler.toString()}}`;
  }
}
