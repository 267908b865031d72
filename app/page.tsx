import Link from 'next/link';
import { ArchitectureDiagram } from '@/components/home/architecture-diagram';
import { ToolList } from '@/components/home/tool-list';
import { NAV_ITEMS } from '@/components/layout/nav-items';
import { toolSummaries } from '@/lib/mcp';

// The tool list comes from the MCP server (MCP_URL may change at run time), so render per request.
export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const { tools, source } = await toolSummaries();
  return (
    <>
      <section className="page-header">
        <div className="eyebrow">AI agent monitoring, end to end</div>
        <h1>See AI agents at work</h1>
        <p>
          An operations agent repairs a simulated fleet of services through MCP tools; a chat assistant answers
          questions about that fleet and is checked for hallucinations; two models are compared side by side; and every
          request, model call and tool call is measured here and exported through OpenTelemetry to Azure Application
          Insights, OTLP and Prometheus.
        </p>
      </section>

      <section aria-labelledby="pages-heading">
        <h2 id="pages-heading">Explore</h2>
        <div className="card-grid">
          {NAV_ITEMS.filter((item) => item.href !== '/').map((item) => (
            <Link key={item.href} href={item.href} className="card nav-card">
              <h3>
                <span aria-hidden="true">{item.icon}</span> {item.label}
              </h3>
              <p>{item.blurb}</p>
            </Link>
          ))}
        </div>
      </section>

      <section aria-labelledby="arch-heading">
        <h2 id="arch-heading">Architecture</h2>
        <div className="card diagram-wrap">
          <ArchitectureDiagram />
        </div>
        <p className="muted small diagram-hint">The diagram is wider than a phone: it scrolls sideways.</p>
      </section>

      <section aria-labelledby="tools-heading">
        <h2 id="tools-heading">MCP tools the agent can use</h2>
        <p className="muted">
          The agent reaches the fleet only through these Model Context Protocol tools. Read-only tools observe; the
          others change the (simulated) fleet and are audited. Nothing real is ever touched.
        </p>
        {source === 'catalog' && (
          <p className="notice" role="status">
            The MCP server did not answer; this is the built-in list of its tools.
          </p>
        )}
        <ToolList tools={tools} />
      </section>

      <section aria-labelledby="details-heading">
        <h2 id="details-heading">Under the hood</h2>
        <details className="disclosure">
          <summary>Technical details</summary>
          <ul>
            <li>
              <strong>App:</strong> Next.js 16 App Router, React 19, TypeScript; pages poll their APIs with React Query
              (health every 30 s).
            </li>
            <li>
              <strong>Data:</strong> Prisma 7 over PostgreSQL when <code>DATABASE_URL</code> is set, otherwise an
              embedded PGlite database in <code>.data/</code>; migrations are applied at start.
            </li>
            <li>
              <strong>Models:</strong> two built-in simulated models by default (Model A careful and slower, Model B
              faster and cheaper); any OpenAI-compatible server or Azure OpenAI by configuration.
            </li>
            <li>
              <strong>Tools:</strong> an MCP server built with the official SDK, in-process or external via{' '}
              <code>MCP_URL</code>.
            </li>
            <li>
              <strong>Telemetry:</strong> OpenTelemetry traces, metrics and logs to Application Insights and OTLP;
              Prometheus text at <code>/metrics</code>.
            </li>
            <li>
              <strong>Health:</strong> <code>/api/health/live</code>, <code>/api/health/ready</code> and{' '}
              <code>/api/health</code>.
            </li>
            <li>
              <strong>Sessions:</strong> an HttpOnly, SameSite=Lax cookie sealed with iron-session; admin features need
              the admin token.
            </li>
          </ul>
        </details>
      </section>
    </>
  );
}
