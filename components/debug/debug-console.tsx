'use client';

import { ToolCard } from './tool-card';
import type { DebugTool } from './types';

export function DebugConsole({ tools }: { tools: DebugTool[] }) {
  return (
    <div className="debug-tools">
      {tools.map((tool) => (
        <ToolCard key={tool.name} tool={tool} />
      ))}
    </div>
  );
}
