import type { Metadata } from 'next';
import { fleetServices } from '@/lib/fleet';
import { readInitialData } from '@/lib/pages';
import { pageSessionIsAdmin } from '@/lib/security';
import { FaultPanel } from '@/components/tools/fault-panel';
import { LogsViewer } from '@/components/tools/logs-viewer';
import { ServiceGrid } from '@/components/tools/service-grid';
import { WorkflowRunner } from '@/components/tools/workflow-runner';
import { SimulatedModelsNote } from '@/components/tools/simulated-models-note';

export const metadata: Metadata = { title: 'Tools' };

export default async function ToolsPage() {
  // The grid as /api/containers answers it (same cached read): in the first paint, not after the first poll.
  const fleet = await readInitialData('/tools fleet', fleetServices);
  // Admin or not decides what the fault panel shows: known at first paint, so it does not swap when /api/session answers.
  const isAdmin = await pageSessionIsAdmin().catch(() => false);
  return (
    <>
      <section className="page-header">
        <h1>Tools</h1>
        <p>
          An operations agent diagnoses and repairs a simulated fleet through MCP tools. Pick a model and a scenario, run
          it, and watch every step: what the model thought, which tool it called with which arguments, what came back.
          Nothing real is ever touched.
        </p>
        <SimulatedModelsNote />
      </section>
      <section aria-labelledby="fleet-heading">
        <h2 id="fleet-heading">The fleet</h2>
        <FaultPanel initialIsAdmin={isAdmin} />
        <ServiceGrid initial={fleet} />
      </section>
      <WorkflowRunner />
      <LogsViewer />
    </>
  );
}
