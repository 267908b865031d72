import type { DebugCallResponse } from './types';

/**
 * An MCP tool result as a person wants to read it: each text item that holds
 * JSON (the fleet tools answer with JSON in a text item) parsed, so it prints
 * as an indented object instead of one escaped string; other text stays text.
 * Pure, so it is unit-tested; the raw answer stays one toggle away.
 */
export function readableResult(outcome: Pick<DebugCallResponse, 'result' | 'error'>): unknown {
  if (!outcome.result) return outcome.error;
  const { content, isError } = outcome.result;
  if (!content) return outcome.result;
  const decoded = content.map((item) => {
    if (item.type !== 'text' || typeof item.text !== 'string') return item;
    const text = item.text.trim();
    if (!text.startsWith('{') && !text.startsWith('[')) return item.text;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return item.text;
    }
  });
  const body = decoded.length === 1 ? decoded[0] : decoded;
  return isError ? { isError: true, content: body } : body;
}

export function prettyJson(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}
