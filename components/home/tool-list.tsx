import type { ToolSummary } from '@/lib/mcp/types';

export function ToolList({ tools }: { tools: readonly ToolSummary[] }) {
  return (
    <div className="table-wrap card card-flush">
      <table className="table table--stack" aria-label="MCP tools the agent can use">
        <thead>
          <tr>
            <th scope="col">Tool</th>
            <th scope="col">What it does</th>
            <th scope="col">Kind</th>
          </tr>
        </thead>
        <tbody>
          {tools.map((tool) => (
            <tr key={tool.name}>
              <td>
                <code>{tool.name}</code>
              </td>
              <td>{tool.description}</td>
              <td>
                {tool.mutating ? <span className="tag tag--write">changes the fleet</span> : <span className="tag tag--read">read-only</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
