import { describe, expect, it } from 'vitest';
import type { ToolResultInput } from './types';
import { check, errorsOf, status, testServices } from '@/tests/support/grounding-fleet';

const found = (answer: string, toolResults: ToolResultInput[], services = testServices()) => errorsOf(check(answer, { toolResults, services })).map((f) => `${f.kind}:${f.span}`);

describe('out-of-memory claims', () => {
  // redis crashed: the tools say its process exited, nothing about memory.
  const crashed = status('redis');
  const leaking = testServices({ 'model-b': { status: 'stopped', health: 'critical', memoryMb: 0, issues: ['out of memory (OOM-killed)'] } });

  it('an out-of-memory kill no tool speaks of is a cause no tool reported', () => {
    expect(found('redis went down because it ran out of memory.', [crashed])).toContain('unsupported_claim:ran out of memory');
    expect(found('The container was killed: redis crashed due to an OOM.', [crashed])).toContain('unsupported_claim:crashed due to an OOM');
    // The crash told as the tools tell it.
    expect(found('redis crashed: its process exited and it is stopped.', [crashed])).toEqual([]);
  });

  it('the kill given to another service than the one the tools name is the wrong service', () => {
    const tools = [status('model-b', { status: 'stopped', health: 'critical', memoryMb: 0, issues: ['out of memory (OOM-killed)'] }), status('model-a')];
    expect(found('model-a got OOM-killed an hour into the run.', tools, leaking)).toEqual(['contradicted_fact:got OOM-killed']);
    expect(found('model-b got OOM-killed; model-a is fine.', tools, leaking)).toEqual([]);
  });

  it('a risk, a forecast or a denial is not said to have happened', () => {
    expect(found('redis has not run out of memory; it crashed for another reason.', [crashed])).toEqual([]);
    expect(found('If it keeps growing, redis will be OOM-killed soon.', [crashed])).toEqual([]);
    expect(found('Exit 137 could mean redis was OOM-killed, but the tools do not say so.', [crashed])).toEqual([]);
  });
});

describe('the kind of memory named in between', () => {
  it('"ran out of heap memory" is still an out-of-memory claim', () => {
    expect(found('redis ran out of heap memory and stopped.', [status('redis')])).toContain('unsupported_claim:ran out of heap memory');
    // Said of a service whose own issues speak of memory, it holds.
    const oom = testServices({ redis: { issues: ['out of memory (OOM-killed)'] } });
    expect(found('redis ran out of heap memory and stopped.', [status('redis', { issues: ['out of memory (OOM-killed)'] })], oom)).toEqual([]);
  });
});
