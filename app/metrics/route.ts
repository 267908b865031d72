import { errorResponse, otherMethods, apiHandler } from '@/lib/api';
import { prometheusText } from '@/lib/telemetry';

export const dynamic = 'force-dynamic';

/** Prometheus scrape endpoint (text exposition format). `/api/metrics` is the console's JSON. */
export const GET = apiHandler(async () => {
  const text = await prometheusText();
  if (text === undefined) return errorResponse('unavailable', 'Telemetry is disabled (OTEL_SDK_DISABLED=true).');
  return new Response(text, { headers: { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8', 'Cache-Control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
