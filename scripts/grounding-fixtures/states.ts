/**
 * The fleet states of the dev set, made by the real simulator (lib/fleet): faults
 * injected and actions started at fixed seeds and times, so every tool result in
 * the set has the shape and the figures the MCP tools really return.
 * `npx tsx scripts/grounding-fixtures/states.ts <state>` prints a state and its
 * diagnostics (to write answers about it).
 */
import { scenario, wait, fault, act, tool, fleetServices } from './sim';
export const states: Record<string, any> = {
  healthy: scenario(11, [wait(60_000)]),
  leak: scenario(12, [fault('ai-agent', 'memory_leak'), wait(6 * 60_000), fault('mcp-server', 'error_burst'), wait(20_000)]),
  pgdown: scenario(13, [fault('postgres', 'crash'), wait(30_000), fault('model-a', 'latency_spike'), wait(20_000)]),
  inprogress: scenario(14, [fault('ai-agent', 'latency_spike'), wait(30_000), fault('redis', 'crash'), wait(5000), act('redis', 'restart'), wait(500), act('ai-agent', 'scale', 4), wait(500)]),
  mixed: scenario(16, [fault('mcp-server', 'bad_deployment'), wait(20_000), fault('web-ui', 'latency_spike'), wait(10_000), fault('model-b', 'memory_leak'), wait(150_000)]),
  afterPre: scenario(15, [fault('web-ui', 'bad_deployment'), wait(30_000), act('web-ui', 'rollback'), wait(10_000), fault('model-b', 'latency_spike'), wait(5000)]),
  after: scenario(15, [fault('web-ui', 'bad_deployment'), wait(30_000), act('web-ui', 'rollback'), wait(10_000), fault('model-b', 'latency_spike'), wait(5000), act('model-b', 'scale', 3), wait(5_000), fault('mcp-server','dependency_failure'), wait(20_000)]),
};
const which = process.argv[2];
if (which) {
const sc = states[which];
console.log(JSON.stringify(fleetServices(sc).map(({ dependencies, issues, ...s }) => ({ ...s, issues: issues.join('; ') }))));
for (const n of ['web-ui','ai-agent','mcp-server','postgres','redis','model-a','model-b','load-generator']) {
  const d = tool(sc, 'run_diagnostics', n as any).result as any;
  if (d.findings[0]?.startsWith('No problems')) continue;
  console.log(n, JSON.stringify(d.findings), JSON.stringify(d.suggestedAction), JSON.stringify(d.recentErrors.map((l: any) => l.message)));
}
}
