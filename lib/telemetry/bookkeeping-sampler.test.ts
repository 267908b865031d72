import { context, SpanKind } from '@opentelemetry/api';
import { SamplingDecision } from '@opentelemetry/sdk-trace-base';
import { describe, expect, it } from 'vitest';
import { BookkeepingSampler } from './bookkeeping-sampler';

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
