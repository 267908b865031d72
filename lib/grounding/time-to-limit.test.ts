import { describe, expect, it } from 'vitest';
import { capturedCase, runCase, showFindings } from '@/tests/support/captured-states';

/** The answer's forecast of when a leak reaches the limit, against room left over the series' growth (wordings of this file's own). */
const c = capturedCase;
const tools = ['get_service_metrics:model-a'];

describe('time to the memory limit', () => {
  it.each([
    'At about 480 MB a minute model-a will hit its limit in roughly two minutes.',
    'model-a has some 976 MB left: about 2 minutes to the limit at this pace.',
    'model-a: 7215.9 of 8192 MB, so it runs out of memory in under 3 min if nothing changes.',
  ])('a forecast the series bears out is grounded: %s', (a) => {
    const r = runCase(c('time_to_limit', 'memory-leak', tools, 'How long has model-a got?', a));
    expect(r.verdict, showFindings(r)).not.toBe('hallucination');
  });
  it.each([
    'At about 480 MB a minute model-a will hit its limit in roughly twenty minutes.',
    'model-a has some 976 MB left: about 45 minutes to the limit at this pace.',
  ])('one far from every growth in the series is flagged: %s', (a) => {
    const r = runCase(c('time_to_limit', 'memory-leak', tools, 'How long has model-a got?', a));
    expect(r.verdict, showFindings(r)).toBe('hallucination');
  });
  it('without a growing series nothing is claimed', () => {
    const r = runCase(c('time_to_limit', 'healthy', ['get_service_status:model-a'], 'How long has model-a got?', 'model-a would reach its limit in about 90 minutes if it grew.'));
    expect(r.findings.filter((f) => /limit in about/.test(f.message)), showFindings(r)).toEqual([]);
  });
});
