/**
 * The demo's architecture, drawn in SVG (no image download): who calls whom, and
 * where the telemetry goes. Server component; scales to the page width.
 */
type Box = { id: string; x: number; y: number; w: number; h: number; title: string; sub: string; tone: 'ui' | 'app' | 'ai' | 'data' | 'obs' };

const BOXES: Box[] = [
  { id: 'browser', x: 20, y: 30, w: 190, h: 64, title: 'Browser', sub: 'the five pages, polling', tone: 'ui' },
  { id: 'next', x: 300, y: 30, w: 200, h: 64, title: 'Next.js app', sub: 'pages + /api route handlers', tone: 'app' },
  { id: 'agent', x: 300, y: 150, w: 200, h: 64, title: 'Agent loop', sub: 'AI SDK · workflows · chat', tone: 'ai' },
  { id: 'models', x: 20, y: 150, w: 190, h: 64, title: 'Model A / Model B', sub: 'simulated, Ollama, OpenAI', tone: 'ai' },
  { id: 'mcp', x: 300, y: 270, w: 200, h: 64, title: 'MCP server', sub: 'tools over Streamable HTTP', tone: 'ai' },
  { id: 'fleet', x: 20, y: 270, w: 190, h: 64, title: 'Simulated fleet', sub: 'services, faults, logs', tone: 'data' },
  { id: 'db', x: 590, y: 150, w: 190, h: 64, title: 'PostgreSQL', sub: 'or embedded PGlite', tone: 'data' },
  { id: 'monitor', x: 590, y: 30, w: 190, h: 64, title: 'Self-monitoring', sub: 'windows · p95/p99 · alerts', tone: 'obs' },
  { id: 'otel', x: 590, y: 270, w: 190, h: 64, title: 'OpenTelemetry', sub: 'App Insights · OTLP · /metrics', tone: 'obs' },
];

const EDGES: Array<[string, string, string]> = [
  ['browser', 'next', 'HTTP'],
  ['next', 'agent', 'runs'],
  ['agent', 'models', 'prompts'],
  ['agent', 'mcp', 'tools/call'],
  ['mcp', 'fleet', 'acts'],
  ['next', 'db', 'Prisma'],
  ['next', 'monitor', 'requests'],
  ['agent', 'otel', 'gen_ai spans'],
];

const TONES: Record<Box['tone'], string> = {
  ui: '#58a6ff',
  app: '#a371f7',
  ai: '#3fb950',
  data: '#d29922',
  obs: '#f778ba',
};

function center(box: Box) {
  return { x: box.x + box.w / 2, y: box.y + box.h / 2 };
}

/** Where the line from a's centre to b's centre leaves a's rectangle. */
function edgePoint(a: Box, b: Box) {
  const c = center(a);
  const d = center(b);
  const dx = d.x - c.x;
  const dy = d.y - c.y;
  const scale = Math.min(Math.abs(a.w / 2 / (dx || 1e-9)), Math.abs(a.h / 2 / (dy || 1e-9)));
  return { x: c.x + dx * scale, y: c.y + dy * scale };
}

export function ArchitectureDiagram() {
  const byId = new Map(BOXES.map((b) => [b.id, b]));
  return (
    <svg className="diagram" viewBox="0 0 800 360" role="img" aria-labelledby="arch-title arch-desc">
      <title id="arch-title">AIMon architecture</title>
      <desc id="arch-desc">
        The browser calls the Next.js app. The app runs the agent loop, which calls Model A or Model B and the MCP
        server, which acts on the simulated fleet. The app stores data in PostgreSQL or embedded PGlite, monitors every
        request, and exports traces, metrics and logs through OpenTelemetry.
      </desc>
      <defs>
        <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" fill="#8b949e" />
        </marker>
      </defs>
      {EDGES.map(([from, to, label]) => {
        const a = byId.get(from)!;
        const b = byId.get(to)!;
        const p = edgePoint(a, b);
        const q = edgePoint(b, a);
        return (
          <g key={`${from}-${to}`}>
            <line x1={p.x} y1={p.y} x2={q.x} y2={q.y} stroke="#8b949e" strokeWidth="1.4" markerEnd="url(#arrow)" />
            <text
              x={(p.x + q.x) / 2 + (p.y === q.y ? 0 : 6)}
              y={(p.y + q.y) / 2 - (p.y === q.y ? 6 : 0)}
              textAnchor={p.y === q.y ? 'middle' : 'start'}
              fill="#8b949e"
              fontSize="11"
            >
              {label}
            </text>
          </g>
        );
      })}
      {BOXES.map((box) => (
        <g key={box.id}>
          <rect x={box.x} y={box.y} width={box.w} height={box.h} rx="9" fill="#161b22" stroke={TONES[box.tone]} strokeWidth="1.6" />
          <text x={box.x + 12} y={box.y + 26} fill="#e6edf3" fontSize="14" fontWeight="600">
            {box.title}
          </text>
          <text x={box.x + 12} y={box.y + 46} fill="#8b949e" fontSize="11">
            {box.sub}
          </text>
        </g>
      ))}
    </svg>
  );
}
