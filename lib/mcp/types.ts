// What the browser (and the pure grounding checks) may import from lib/mcp: the tool catalogue has no server imports.
export { TOOL_CATALOG } from './catalog';
export type { ToolSummary } from './catalog';
export { FLEET_CHANGING_TOOLS } from './catalog';
