import { describe, expect, it } from 'vitest';
import { check, errorsOf } from '@/tests/support/grounding-fleet';
import type { ToolResultInput } from './types';

const diag = (service: string, action: string, target = service): ToolResultInput => ({ name: 'run_diagnostics', arguments: { service }, result: { service, status: 'degraded', health: 'critical', findings: ['Error rate 40.0% (baseline 0.2%).'], suggestedAction: { action, target } } });
const kinds = (answer: string, tools: ToolResultInput[], question?: string) => errorsOf(check(answer, { question, toolResults: tools })).filter((f) => /diagnostics suggest/.test(f.message)).map((f) => f.kind);

describe('the diagnostics’ suggested fix, retold', () => {
  it('is contradicted when the answer credits the tools with another fix for that service', () => {
    const tools = [diag('web-ui', 'rollback')];
    expect(kinds('Root cause: a bad release. Next step (recommended): bounce web-ui.', tools)).toEqual(['contradicted_fact']);
    expect(kinds('The diagnostics recommend restarting web-ui.', tools)).toEqual(['contradicted_fact']);
    expect(kinds('Flush the cache on web-ui.', tools, 'What fix do the diagnostics suggest?')).toEqual(['contradicted_fact']);
  });
  it('holds when the fix is the tools’ own, is the answer’s own advice, or the tools suggest no fix', () => {
    expect(kinds('The diagnostics recommend rolling web-ui back to 2.2.4.', [diag('web-ui', 'rollback')])).toEqual([]);
    expect(kinds('I would restart web-ui first, though diagnostics say otherwise.', [diag('web-ui', 'rollback')])).toEqual([]);
    expect(kinds('Suggested action: restart redis.', [diag('mcp-server', 'investigate_dependency', 'redis')])).toEqual([]);
    expect(kinds('The diagnostics recommend restarting web-ui.', [])).toEqual([]);
  });
});
