import { readFileSync } from 'node:fs';

// The same JSON AIMon's /api/containers answered, captured by the bench before the run
// (read on first request: the build evaluates this module without the variable).
let body;

export function GET() {
  body ??= readFileSync(process.env.CEILING_CONTAINERS_JSON, 'utf8');
  return new Response(body, { headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } });
}
export const dynamic = 'force-dynamic';
