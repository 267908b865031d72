import { describe, expect, it } from 'vitest';
import { prettyJson, readableResult } from './readable-result';

describe('readableResult', () => {
  it('parses JSON held in a text item, so it prints indented rather than escaped', () => {
    const result = { content: [{ type: 'text', text: '{"name":"postgres","replicas":1}' }] };
    expect(readableResult({ result, error: null })).toEqual({ name: 'postgres', replicas: 1 });
    expect(prettyJson(readableResult({ result, error: null }))).toBe('{\n  "name": "postgres",\n  "replicas": 1\n}');
  });

  it('keeps plain text (a tool error message) as text and says it was an error', () => {
    const result = { content: [{ type: 'text', text: 'Input validation error: replicas must be at most 10' }], isError: true };
    expect(readableResult({ result, error: null })).toEqual({ isError: true, content: 'Input validation error: replicas must be at most 10' });
  });

  it('keeps text that looks like JSON but is not, and lists several items', () => {
    const result = { content: [{ type: 'text', text: '{not json' }, { type: 'text', text: '[1,2]' }, { type: 'image' }] };
    expect(readableResult({ result, error: null })).toEqual(['{not json', [1, 2], { type: 'image' }]);
  });

  it('shows the MCP error when there is no result', () => {
    expect(readableResult({ result: null, error: { code: -32602, message: 'Unknown tool' } })).toEqual({ code: -32602, message: 'Unknown tool' });
  });
});
