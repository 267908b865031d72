import 'server-only';

export { createFleetMcpServer, MCP_SERVER_NAME } from './server';
export { bufferMcpRequest, callsMutatingTool, handleMcpRequest } from './http';
export { answerFromFleet } from './recorded-answer';
export { callMcpTool, connectMcpClient, listMcpTools, mcpSource, toolSummaries, withMcpClient } from './client';
export type { McpSource, ToolCallOutcome } from './client';
export { FLEET_CHANGING_TOOLS, TOOL_CATALOG } from './catalog';
export type { ToolSummary } from './catalog';
