'use client';

import { FleetStatusTable } from '@/components/fleet/status-table';
import { ToolCard } from './tool-card';
import type { DebugTool } from './types';

export function DebugConsole({ tools }: { tools: DebugTool[] }) {
  return (
    <>
      <section aria-labelledby="fleet-heading" className="debug-fleet">
        <h2 id="fleet-heading">Fleet status</h2>
        <p className="muted">Refreshed every 15 s and after each call, so the effect of a tool shows here.</p>
        <FleetStatusTable />
      </section>
      <section aria-labelledby="tools-heading">
        <h2 id="tools-heading">Tools</h2>
        <div className="debug-tools">
          {tools.map((tool) => (
            <ToolCard key={tool.name} tool={tool} />
          ))}
        </div>
      </section>
    </>
  );
}
