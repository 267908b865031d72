/**
 * The MCP tools the operations agent can use: names, one-line purposes and
 * whether they change the fleet. The MCP server registers exactly these, and the
 * home page lists them; browser-safe (no server imports).
 */
export interface ToolSummary {
  name: string;
  title: string;
  description: string;
  /** true when the tool changes the fleet (MCP `readOnlyHint: false`, audited). */
  mutating: boolean;
}

export const TOOL_CATALOG: readonly ToolSummary[] = [
  { name: 'list_services', title: 'List services', description: 'Every service in the fleet with its status, health, version and replicas.', mutating: false },
  { name: 'get_service_status', title: 'Service status', description: 'Status, health, CPU, memory, uptime and active faults of one service.', mutating: false },
  { name: 'get_service_logs', title: 'Service logs', description: 'Recent log lines of a service, filtered by level, time, text and limit.', mutating: false },
  { name: 'get_service_metrics', title: 'Service metrics', description: 'Latency, error rate, throughput, CPU and memory of a service over recent minutes.', mutating: false },
  { name: 'check_dependencies', title: 'Check dependencies', description: 'Whether every dependency of a service is reachable and healthy.', mutating: false },
  { name: 'run_diagnostics', title: 'Run diagnostics', description: 'Findings and a suggested action for a service, from its metrics, logs and faults.', mutating: false },
  { name: 'restart_service', title: 'Restart service', description: 'Restarts a service (takes simulated time); clears crashes and leaks.', mutating: true },
  { name: 'scale_service', title: 'Scale service', description: 'Sets the replica count of a service (1-10) to absorb load or latency.', mutating: true },
  { name: 'rollback_deployment', title: 'Roll back deployment', description: 'Rolls a service back to its previous version after a bad deployment.', mutating: true },
  { name: 'clear_cache', title: 'Clear cache', description: 'Flushes a service cache; fixes stale or poisoned cache entries.', mutating: true },
];

/** The names of the tools that change the fleet, for whoever must tell them apart without a server's annotations. */
export const FLEET_CHANGING_TOOLS: ReadonlySet<string> = new Set(TOOL_CATALOG.filter((t) => t.mutating).map((t) => t.name));
