/**
 * What the simulator can read out of tool results without knowing their exact
 * shape: services (objects with a name and a status), and suggested actions
 * (any string naming one of the fleet-changing tools).
 */
export interface ServiceFact {
  name: string;
  status: string;
  health?: string;
  replicas?: number;
  version?: string;
  [key: string]: unknown;
}

export const ACTION_TOOLS = ['restart_service', 'scale_service', 'rollback_deployment', 'clear_cache'] as const;
export type ActionTool = (typeof ACTION_TOOLS)[number];

function walk(value: unknown, visit: (v: unknown) => void, depth = 0): void {
  if (depth > 6 || value === null || value === undefined) return;
  visit(value);
  if (Array.isArray(value)) for (const item of value) walk(item, visit, depth + 1);
  else if (typeof value === 'object') for (const item of Object.values(value as Record<string, unknown>)) walk(item, visit, depth + 1);
}

export function findServices(value: unknown): ServiceFact[] {
  const out: ServiceFact[] = [];
  walk(value, (v) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      const name = o.name ?? o.service ?? o.id;
      if (typeof name === 'string' && typeof o.status === 'string') out.push({ ...o, name, status: o.status } as ServiceFact);
    }
  });
  return out;
}

export function isHealthy(s: ServiceFact): boolean {
  const health = typeof s.health === 'string' ? s.health : 'healthy';
  return s.status === 'running' && ['healthy', 'ok', 'up'].includes(health);
}

/** What a diagnosis recommends: a fleet-changing tool, look at another service first, wait, or nothing. */
export type Suggestion =
  | { kind: 'act'; tool: ActionTool }
  | { kind: 'dependency'; service: string }
  | { kind: 'wait' }
  | { kind: 'none' };

const ACTION_WORDS: Record<string, ActionTool> = {
  restart: 'restart_service',
  scale: 'scale_service',
  rollback: 'rollback_deployment',
  roll_back: 'rollback_deployment',
  clear_cache: 'clear_cache',
};

/**
 * Reads a diagnosis: `{ suggestedAction: { action, target } }` (action a verb such
 * as "rollback" or a tool name), or any string naming a fleet-changing tool.
 */
export function readSuggestion(value: unknown): Suggestion | undefined {
  let found: Suggestion | undefined;
  walk(value, (v) => {
    if (found || !v || typeof v !== 'object' || Array.isArray(v)) return;
    const s = (v as Record<string, unknown>).suggestedAction ?? (v as Record<string, unknown>).suggestion;
    if (s && typeof s === 'object') {
      const { action, target } = s as { action?: unknown; target?: unknown };
      if (action === 'investigate_dependency' && typeof target === 'string') found = { kind: 'dependency', service: target };
      else if (action === 'wait') found = { kind: 'wait' };
      else if (action === 'none') found = { kind: 'none' };
      else if (typeof action === 'string') {
        const tool = ACTION_WORDS[action] ?? ACTION_TOOLS.find((t) => t === action);
        if (tool) found = { kind: 'act', tool };
      }
    }
  });
  if (found) return found;
  walk(value, (v) => {
    if (!found && typeof v === 'string') {
      const hit = ACTION_TOOLS.find((tool) => v === tool || v.includes(tool));
      if (hit) found = { kind: 'act', tool: hit };
    }
  });
  return found;
}
