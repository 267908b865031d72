import { describe, expect, it } from 'vitest';
import type { ToolResultInput } from './types';
import { check, errorsOf } from '@/tests/support/grounding-fleet';

const deps: ToolResultInput = {
  name: 'check_dependencies',
  arguments: { service: 'mcp-server' },
  result: { service: 'mcp-server', dependencies: [{ name: 'postgres', reachable: true, latencyMs: 3 }, { name: 'redis', reachable: false, latencyMs: 0 }], allHealthy: false },
};
const spans = (answer: string) => errorsOf(check(answer, { toolResults: [deps] })).map((f) => f.span);

describe('a reachability column of a table', () => {
  it('holds each row’s yes or no to the dependency check', () => {
    expect(spans('| Dependency | Reachable? |\n|---|---|\n| postgres | ✅ |\n| redis | ❌ |')).toEqual([]);
    expect(spans('| Dependency | Reachable? |\n|---|---|\n| postgres | ✅ |\n| redis | ✅ |')).toEqual(['✅']);
    expect(spans('| Dependency | Can reach |\n|---|---|\n| postgres | no |\n| redis | no |')).toEqual(['no']);
  });

  it('leaves other columns and rows no check covered alone', () => {
    expect(spans('| Service | Healthy |\n|---|---|\n| postgres | yes |')).toEqual([]);
    expect(spans('| Dependency | Reachable |\n|---|---|\n| model-a | yes |')).toEqual([]);
  });
});
