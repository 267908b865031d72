import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { DebugConsole } from '@/components/debug/debug-console';
import type { DebugTool } from '@/components/debug/types';
import type { JsonSchema } from '@/components/debug/example-args';
import { listMcpTools, mcpSource } from '@/lib/mcp';
import { pageSessionIsAdmin } from '@/lib/security';

export const metadata: Metadata = { title: 'Debug', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

/**
 * Raw MCP tool calls for operators. Reached only by typing /debug (never
 * linked); without the admin session it sends the browser to the login page.
 */
export default async function DebugPage() {
  if (!(await pageSessionIsAdmin())) redirect('/admin/login?next=/debug');

  const source = mcpSource();
  let tools: DebugTool[] = [];
  let failure: string | null = null;
  try {
    tools = (await listMcpTools()).map((tool) => ({
      name: tool.name,
      title: tool.title ?? tool.annotations?.title ?? tool.name,
      description: tool.description ?? '',
      inputSchema: tool.inputSchema as JsonSchema,
      mutating: tool.annotations?.readOnlyHint === false,
      destructive: tool.annotations?.destructiveHint === true,
    }));
  } catch (error) {
    failure = (error as Error).message;
  }

  return (
    <>
      <section className="page-header">
        <div className="eyebrow">Admin · not linked</div>
        <h1>Debug: MCP tools</h1>
        <p>
          Every tool of the {source.kind === 'external' ? <>MCP server at <code>{source.url}</code></> : 'in-process MCP server (also served at /api/mcp)'},
          with its input schema. Calls go through the same client the agent uses; each is audited. Tools that change the
          fleet change it for everyone.
        </p>
      </section>
      {failure ? (
        <p className="notice notice--error" role="alert">
          The MCP server did not answer: {failure}
        </p>
      ) : (
        <DebugConsole tools={tools} />
      )}
    </>
  );
}
