/** The workflows the Tools page offers (browser-safe). */
export const SCENARIOS = [
  {
    id: 'repair-degraded',
    title: 'Investigate and repair degraded services',
    goal: 'Investigate every degraded or stopped service, find the cause, repair it with the right action, and verify it recovered.',
  },
  {
    id: 'diagnose-latency',
    title: 'Diagnose high latency',
    goal: 'Some requests are slow. Find which services have high latency, diagnose why, fix what can be fixed, and verify.',
  },
  {
    id: 'health-check',
    title: 'Routine health check',
    goal: 'Run a routine health check of the fleet: report every service that needs attention and why. Do not change anything.',
  },
] as const;

export type ScenarioId = (typeof SCENARIOS)[number]['id'] | 'custom';

export function scenarioGoal(id: ScenarioId, goal?: string): string {
  if (id === 'custom') return goal ?? '';
  return SCENARIOS.find((s) => s.id === id)!.goal;
}
