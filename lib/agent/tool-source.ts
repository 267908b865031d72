import { dynamicTool, jsonSchema, type ToolSet } from 'ai';
import type { JSONSchema7 } from '@ai-sdk/provider';
import { traceToolCall } from '@/lib/telemetry';

/** A tool as the agent sees it, whatever serves it (the MCP client, in-process or remote). */
export interface AgentTool {
  name: string;
  description: string;
  inputSchema: Record<string, unknown>;
  mutating: boolean;
}

export interface ToolCallOutcome {
  /** The structured result when the tool gives one, else its text parsed as JSON when possible, else text. */
  value: unknown;
  isError: boolean;
}

export interface AgentToolSource {
  listTools(): Promise<AgentTool[]>;
  callTool(name: string, args: Record<string, unknown>): Promise<ToolCallOutcome>;
}

export interface ToolCallRecord {
  toolName: string;
  toolCallId: string;
  args: Record<string, unknown>;
  outcome: ToolCallOutcome;
  durationMs: number;
}

/**
 * The source's tools as AI SDK tools. Each execution is an `execute_tool` span
 * and reported to `onCall`; a failing tool becomes an error result the model
 * can read, never an exception that ends the run.
 */
export function toAiTools(
  tools: AgentTool[],
  source: AgentToolSource,
  onCall: (record: ToolCallRecord) => void | Promise<void>,
): ToolSet {
  const set: ToolSet = {};
  for (const t of tools) {
    set[t.name] = dynamicTool({
      description: t.description,
      inputSchema: jsonSchema(t.inputSchema as JSONSchema7),
      execute: async (input, { toolCallId }) => {
        const args = (input ?? {}) as Record<string, unknown>;
        const started = performance.now();
        const outcome = await traceToolCall(
          { name: t.name, callId: toolCallId, mutating: t.mutating },
          () => source.callTool(t.name, args).catch((error: unknown) => ({ value: { error: (error as Error).message }, isError: true })),
          (o) => o.isError,
        );
        await onCall({ toolName: t.name, toolCallId, args, outcome, durationMs: performance.now() - started });
        return outcome.isError ? { error: true, result: outcome.value } : outcome.value;
      },
    });
  }
  return set;
}
