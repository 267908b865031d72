import { context, SpanKind, trace, TraceFlags } from '@opentelemetry/api';
import { SamplingDecision } from '@opentelemetry/sdk-trace-base';
import { describe, expect, it } from 'vitest';
import { BookkeepingSampler, configuredSampler } from './bookkeeping-sampler';

const decide = (attributes: Record<string, string>) =>
  new BookkeepingSampler().shouldSample(context.active(), '0af7651916cd43dd8448eb211c80319c', 'span', SpanKind.INTERNAL, attributes, []).decision;

describe('BookkeepingSampler', () => {
  it("drops Next's bookkeeping spans", () => {
    for (const type of ['LoadComponents.loadRouteModule', 'RouteModule.prepare', 'AppRouteRouteModule.loadUserland', 'NextNodeServer.startResponse']) {
      expect(decide({ 'next.span_type': type }), type).toBe(SamplingDecision.NOT_RECORD);
    }
  });

  it('records the spans that carry the request and its route, and everything of ours', () => {
    for (const type of ['BaseServer.handleRequest', 'NextNodeServer.findPageComponents', 'AppRouteRouteHandlers.runHandler', 'AppRender.getBodyResult']) {
      expect(decide({ 'next.span_type': type }), type).toBe(SamplingDecision.RECORD_AND_SAMPLED);
    }
    expect(decide({ 'gen_ai.operation.name': 'chat' })).toBe(SamplingDecision.RECORD_AND_SAMPLED);
    expect(decide({})).toBe(SamplingDecision.RECORD_AND_SAMPLED);
  });
});

describe('configuredSampler (OTEL_TRACES_SAMPLER) behind the BookkeepingSampler', () => {
  const traceId = '0af7651916cd43dd8448eb211c80319c';
  const withParent = (sampled: boolean) =>
    trace.setSpanContext(context.active(), { traceId, spanId: 'b7ad6b7169203331', traceFlags: sampled ? TraceFlags.SAMPLED : TraceFlags.NONE, isRemote: true });
  const decideWith = (name: Parameters<typeof configuredSampler>[0]['name'], ratio: number, ctx = context.active()) =>
    new BookkeepingSampler(configuredSampler({ name, ratio })).shouldSample(ctx, traceId, 'span', SpanKind.SERVER, {}, []).decision;

  it('exports what the spec sampler samples, and still records what it drops (for the console)', () => {
    expect(decideWith('always_on', 1)).toBe(SamplingDecision.RECORD_AND_SAMPLED);
    expect(decideWith('always_off', 1)).toBe(SamplingDecision.RECORD);
    expect(decideWith('traceidratio', 0)).toBe(SamplingDecision.RECORD);
    expect(decideWith('traceidratio', 1)).toBe(SamplingDecision.RECORD_AND_SAMPLED);
  });

  it("parentbased_* follow an incoming traceparent's sampled flag, the root sampler otherwise", () => {
    expect(decideWith('parentbased_always_on', 1, withParent(false))).toBe(SamplingDecision.RECORD);
    expect(decideWith('parentbased_always_on', 1, withParent(true))).toBe(SamplingDecision.RECORD_AND_SAMPLED);
    expect(decideWith('parentbased_always_off', 1, withParent(true))).toBe(SamplingDecision.RECORD_AND_SAMPLED);
    expect(decideWith('parentbased_always_off', 1)).toBe(SamplingDecision.RECORD);
    expect(decideWith('parentbased_traceidratio', 0, withParent(true))).toBe(SamplingDecision.RECORD_AND_SAMPLED);
    expect(decideWith('parentbased_traceidratio', 0)).toBe(SamplingDecision.RECORD);
  });
});
