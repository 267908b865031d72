import { describe, expect, it } from 'vitest';
import { check, errorsOf } from '@/tests/support/grounding-fleet';
import type { ToolResultInput } from './types';

const at = (s: string) => `2026-12-01T10:${s}.000Z`;
const rollback: ToolResultInput = { name: 'rollback_deployment', arguments: { service: 'mcp-server' }, result: { service: 'mcp-server', kind: 'rollback', startedAt: at('05:00'), completesAt: at('05:08') } };
const tail = (...lines: Array<[string, string, string]>): ToolResultInput => ({
  name: 'get_service_logs',
  arguments: { service: 'mcp-server' },
  result: { service: 'mcp-server', lines: lines.map(([t, level, message]) => ({ at: at(t), service: 'mcp-server', level, message })) },
});
const stillFailing = tail(['04:50', 'error', 'ValueError: bad row id'], ['05:08', 'info', 'rolled back to 1.4.1'], ['05:20', 'error', 'ValueError: bad row id']);
const quiet = tail(['04:50', 'error', 'ValueError: bad row id'], ['05:08', 'info', 'rolled back to 1.4.1'], ['05:20', 'info', 'POST /query 200 12ms']);
const said = (answer: string, logs: ToolResultInput) => errorsOf(check(answer, { toolResults: [rollback, logs] })).map((f) => f.kind);

describe('errors said over after an action', () => {
  it('is contradicted by an error-level line of the service logged after the action finished', () => {
    expect(said('mcp-server rolled back at 10:05:08 and the ValueErrors have stopped.', stillFailing)).toEqual(['contradicted_fact']);
    expect(said('Rollback finished — no more exceptions since.', stillFailing)).toEqual(['contradicted_fact']);
    expect(said('- 10:05:08 rollback done; errors gone', stillFailing)).toEqual(['contradicted_fact']);
  });
  it('holds when the logs after the action are clean, and a hope or condition is no claim', () => {
    expect(said('mcp-server rolled back at 10:05:08 and the ValueErrors have stopped.', quiet)).toEqual([]);
    expect(said('Once the errors have stopped for ten minutes we can close this.', stillFailing)).toEqual([]);
    expect(said('The errors have not stopped: mcp-server still logs ValueErrors.', stillFailing)).toEqual([]);
  });
  it('is left alone when no action of this turn dates it', () => {
    expect(errorsOf(check('mcp-server: the errors have stopped.', { toolResults: [stillFailing] })).map((f) => f.kind)).toEqual([]);
  });
});
