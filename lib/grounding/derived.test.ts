import { describe, expect, it } from 'vitest';
import type { ToolResultInput } from './types';
import { check, errorsOf, status } from '@/tests/support/grounding-fleet';

const flagged = (answer: string, toolResults: ToolResultInput[] = []) => errorsOf(check(answer, { toolResults })).map((f) => f.span);

describe('arithmetic an answer does on its own figures', () => {
  it('a stretch of time between two clock times it gives', () => {
    const line = (at: string, message: string) => ({ at: `2026-12-01T${at}Z`, service: 'web-ui', level: 'error', message });
    const logs: ToolResultInput[] = [{ name: 'get_service_logs', arguments: { service: 'web-ui' }, result: { service: 'web-ui', count: 3, lines: [line('09:12:04.000', 'handler failed'), line('09:12:10.100', 'handler failed'), line('09:14:04.000', 'handler failed')] } }];
    expect(flagged('The first web-ui error is logged at 09:12:04 and the next at 09:12:10.1, so about 6 seconds apart.', logs)).toEqual([]);
    expect(flagged('The first web-ui error is logged at 09:12:04 and the next at 09:12:10.1, so about 60 seconds apart.', logs)).toEqual(['about 60 seconds']);
    expect(flagged('web-ui errors at 09:12:04 and again at 09:14:04 — two minutes between them.', logs)).toEqual([]);
    // A stretch to another moment, or one after more words, is not the span between them.
    expect(flagged('web-ui errors at 09:12:04 and at 09:12:10.1, three seconds before the listing.', logs)).toEqual([]);
    expect(flagged('web-ui errors at 09:12:04 and at 09:12:10.1; then it took 30 seconds to settle.', logs)).toEqual([]);
    // A stretch from now, with its fraction after it, is not the span between them either.
    expect(flagged('web-ui errors at 09:12:04 and at 09:12:10.1, about a minute and a half ago.', logs)).toEqual([]);
    expect(flagged('web-ui errors at 09:12:04 and at 09:12:10.1, about a second away from the next.', logs)).toEqual([]);
    expect(flagged('web-ui errors at 09:12:04 and at 09:12:10.1, so about a minute.', logs)).toEqual(['about a minute']);
    // A second group's end time with its own stretch from its own start: not the span from the first group's end.
    expect(flagged('web-ui errors from 09:12:04 to 09:14:04 (so two minutes) and mcp-server (last one at 09:14:01, about 20 seconds).', logs)).toEqual([]);
    expect(flagged('web-ui errors from 09:12:04 to 09:14:04, so about 20 seconds.', logs)).toEqual(['about 20 seconds']);
  });

  it('failures per minute are throughput times the error rate', () => {
    // web-ui: 14 req/s at 40 % errors, about 336 failed requests a minute.
    const web = [status('web-ui')];
    expect(flagged('web-ui fails roughly 340 failed requests a minute at this rate.', web)).toEqual([]);
    expect(flagged('web-ui is seeing about 34 failed requests per minute.', web)).toEqual(['about 34 failed requests per minute']);
    expect(flagged('web-ui logs around 5.6 errors per second.', web)).toEqual([]);
  });

  it('a fraction of an earlier reading follows from the two figures given', () => {
    expect(flagged('Its CPU went from 80 % before the scale to 21 % now, roughly a quarter of what it was.')).toEqual([]);
    expect(flagged('Its CPU went from 80 % before the scale to 21 % now, roughly a tenth of what it was.')).toEqual(['a tenth of what it was']);
    expect(flagged('Latency went from 4800 ms to 2400 ms, half what it was.')).toEqual([]);
  });

  it('a timeline entry restating a log line of its moment keeps that line’s figures', () => {
    const line = (at: string, message: string) => ({ at: `2026-12-01T${at}.000Z`, service: 'model-b', level: 'warn', message });
    const logs: ToolResultInput[] = [{ name: 'get_service_logs', arguments: { service: 'model-b' }, result: { service: 'model-b', count: 2, lines: [line('09:30:05', 'slow request: 2210ms; 14 requests queued'), line('09:30:10', 'slow request: 2890ms; 19 requests queued')] } }];
    expect(flagged('model-b timeline:\n- 09:30:05 — 2210 ms, 14 queued\n- 09:30:10 — about 2.9 s, 19 requests queued', logs)).toEqual([]);
    expect(flagged('model-b timeline:\n- 09:30:05 — 2210 ms, 14 queued\n- 09:30:10 — 2890 ms, 41 requests queued', logs)).toEqual(['41 requests queued']);
    // A moment no line of the tools has is not held to one.
    expect(flagged('model-b timeline:\n- 09:30:07 — 2500 ms, 40 queued', logs)).toEqual([]);
  });
});

describe('the stretch from a time said to be now to a later one', () => {
  const tools = [status('model-b')];
  const flagged = (answer: string, toolResults: ToolResultInput[]) => errorsOf(check(answer, { toolResults })).filter((f) => /between the two times/.test(f.message)).map((f) => f.span);
  it('is held to the two times, in one sentence or across two', () => {
    expect(flagged('The spike is due to clear at 10:04:00; as of 10:03:00, so about 5 minutes to go.', tools)).toEqual(['about 5 minutes']);
    expect(flagged('The spike is due to clear at 10:04:00. The status was taken at 10:03:00, so that is roughly 5 minutes away.', tools)).toEqual(['roughly 5 minutes']);
  });
  it('holds when it fits, and a stretch to a time before now is not read as one ahead', () => {
    expect(flagged('The spike is due to clear at 10:04:00; as of 10:03:00, so about a minute to go.', tools)).toEqual([]);
    expect(flagged('The spike is due to clear at 10:04:00. The status was taken at 10:03:00, so that is roughly a minute away.', tools)).toEqual([]);
    expect(flagged('The spike began at 10:01:00. The status was taken at 10:03:00, so that is roughly 5 minutes away from the next check.', tools)).toEqual([]);
  });
});
