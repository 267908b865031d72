import { describe, expect, it } from 'vitest';
import { check, errorsOf, listServices } from '@/tests/support/grounding-fleet';

// The test fleet's dependencies: ai-agent → model-a, model-b, mcp-server, redis; mcp-server → postgres, redis; web-ui → ai-agent, mcp-server, postgres; load-generator → web-ui.
const causes = (answer: string) => errorsOf(check(answer, { toolResults: [listServices] })).filter((f) => f.message.includes('caused')).map((f) => f.span);

describe('one service’s trouble said to cause another’s', () => {
  it('holds along a dependency path, either way', () => {
    expect(causes("redis's crash made ai-agent's calls fail.")).toEqual([]);
    // A caller loading its dependency is a path too; two hops (web-ui → ai-agent → redis) count.
    expect(causes("web-ui's retries overloaded redis.")).toEqual([]);
    expect(causes("model-b's retries overloaded postgres.")).toEqual(["model-b's retries overloaded postgres"]);
    expect(causes('web-ui is failing because of redis.')).toEqual([]);
  });

  it('between two services with no dependency path either way is a cause no tool reported', () => {
    expect(causes("postgres's slowdown made model-b queue requests.")).toEqual(["postgres's slowdown made model-b"]);
    expect(causes('model-a is slow because of postgres.')).toEqual(['model-a is slow because of postgres']);
  });

  it('a denial, a hypothesis or a second clause is not a link', () => {
    expect(causes("postgres's slowdown did not make model-b queue anything.")).toEqual([]);
    expect(causes('If postgres slowed down model-b, we would see it in the logs.')).toEqual([]);
    expect(causes('redis crashed, and model-b cannot keep up with its load.')).toEqual([]);
  });
});
