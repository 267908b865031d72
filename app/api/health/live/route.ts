import { otherMethods } from '@/lib/api';

// Liveness: the process is up and serving. No I/O, so a slow database never
// makes an orchestrator kill a healthy process.
export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
