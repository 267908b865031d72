import type { AgentTool, AgentToolSource, ToolCallOutcome } from '@/lib/agent';

/**
 * A three-service fleet behind the agent's tool-source interface, for agent
 * tests that must not depend on the full fleet simulation: web-ui has a bad
 * deployment that only a rollback fixes.
 */
export function tinyFleetSource(): AgentToolSource & { calls: string[]; state: Map<string, { status: string; health: string; version: string }> } {
  const state = new Map([
    ['web-ui', { status: 'degraded', health: 'unhealthy', version: '2.4.1' }],
    ['postgres', { status: 'running', health: 'healthy', version: '15.4' }],
  ]);
  const calls: string[] = [];
  const svc = { type: 'object', properties: { service: { type: 'string' } }, required: ['service'] };
  const tools: AgentTool[] = [
    { name: 'list_services', description: 'List services', inputSchema: { type: 'object', properties: {} }, mutating: false },
    { name: 'get_service_status', description: 'Status', inputSchema: svc, mutating: false },
    { name: 'run_diagnostics', description: 'Diagnose', inputSchema: svc, mutating: false },
    { name: 'restart_service', description: 'Restart', inputSchema: svc, mutating: true },
    { name: 'rollback_deployment', description: 'Roll back', inputSchema: svc, mutating: true },
  ];
  const view = (name: string) => ({ name, ...state.get(name)! });
  return {
    calls,
    state,
    listTools: async () => tools,
    callTool: async (name, args): Promise<ToolCallOutcome> => {
      const service = String(args.service ?? '');
      calls.push(service ? `${name}:${service}` : name);
      if (name !== 'list_services' && !state.has(service)) return { value: { error: `unknown service ${service}` }, isError: true };
      switch (name) {
        case 'list_services':
          return { value: { services: [...state.keys()].map(view) }, isError: false };
        case 'get_service_status':
          return { value: view(service), isError: false };
        case 'run_diagnostics':
          return { value: { service, suggestedAction: service === 'web-ui' ? 'rollback_deployment' : 'restart_service' }, isError: false };
        case 'rollback_deployment':
          state.set(service, { status: 'running', health: 'healthy', version: '2.4.0' });
          return { value: view(service), isError: false };
        case 'restart_service':
          return { value: view(service), isError: false };
        default:
          return { value: { error: 'unknown tool' }, isError: true };
      }
    },
  };
}
