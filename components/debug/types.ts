import type { ToolSummary } from '@/lib/mcp/types';
import type { JsonSchema } from './example-args';

/** A tool as the debug page shows it (serialisable from the server component). */
export interface DebugTool extends ToolSummary {
  inputSchema: JsonSchema;
  destructive: boolean;
}

/** The answer of POST /api/debug/call. */
export interface DebugCallResponse {
  tool: string;
  result: { content?: { type: string; text?: string }[]; isError?: boolean } | null;
  error: { code: number | string; message: string } | null;
  elapsedMs: number;
}
