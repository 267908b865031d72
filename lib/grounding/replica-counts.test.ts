import { describe, expect, it } from 'vitest';
import { check, errorsOf, listServices, status } from '@/tests/support/grounding-fleet';

// The test fleet: five services on one replica, ai-agent, mcp-server and web-ui on two.
const kinds = (answer: string, tools = [listServices]) => errorsOf(check(answer, { toolResults: tools })).filter((f) => /service\(s\) run/.test(f.message)).map((f) => f.kind);

describe('how many services run N replicas', () => {
  it('is held to the whole fleet’s counts', () => {
    expect(kinds('4 of 8 services run a single replica.')).toEqual(['contradicted_fact']);
    expect(kinds('Two-replica services: 2 of 8.')).toEqual(['contradicted_fact']);
  });
  it('holds when right, for the other ones, and without the whole fleet read', () => {
    expect(kinds('5 of 8 services run a single replica.')).toEqual([]);
    expect(kinds('Two-replica services: 3.')).toEqual([]);
    expect(kinds('web-ui is on two; the other 2 services run two replicas as well.')).toEqual([]);
    expect(kinds('4 of 8 services run a single replica.', [status('model-a')])).toEqual([]);
  });
});
