import { describe, expect, it } from 'vitest';
import { check, errorsOf, status } from '@/tests/support/grounding-fleet';

// The test fleet by memory: model-a 5800 MB, model-b 3900, postgres 620, ai-agent 400, …; by CPU: model-a 60 %, model-b 50, ai-agent 24, postgres 17, ….
const spans = (answer: string, question = '', toolResults = [status('model-a')]) => errorsOf(check(answer, { question, toolResults })).map((f) => f.span);

describe('places below the top of a ranking', () => {
  it('an ordinal place is held to every service’s figure, the fleet’s for those no tool read', () => {
    expect(spans('model-a holds the most memory; the second-largest footprint is model-b’s, near 3.9 GB.', 'Memory ranking?')).toEqual([]);
    expect(spans('model-a holds the most memory, and ai-agent has the second-highest memory use.')).toEqual(['second-highest']);
    expect(spans('ai-agent has the third-highest CPU load in the fleet.')).toEqual([]);
    expect(spans('postgres has the third-highest CPU load in the fleet.')).toEqual(['third-highest']);
  });

  it('"followed by" puts the next service second after the top', () => {
    expect(spans('model-a is the heaviest on CPU at 60 %, followed by model-b at 50 %.')).toEqual([]);
    expect(spans('model-a is the heaviest on CPU at 60 %, followed by ai-agent at 24 %.')).toEqual(['followed by ai-agent']);
  });

  it('takes the metric from the question when the sentence leaves it out', () => {
    expect(spans('model-a, then in second-biggest place model-b.', 'Who uses the most memory?')).toEqual([]);
    expect(spans('model-a first; the second-biggest is postgres.', 'Who uses the most memory?')).toEqual(['second-biggest']);
  });

  it('a ranking within a group is left alone', () => {
    // Of the two, ai-agent is second by CPU: the group is not the fleet.
    expect(spans('Of the two, postgres is the busiest on CPU, followed by mcp-server.')).toEqual([]);
    expect(spans('Among the databases, redis has the second-highest CPU.')).toEqual([]);
  });
});
