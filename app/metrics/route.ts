import { errorResponse, otherMethods, apiHandler } from '@/lib/api';
import { getConfig } from '@/lib/config';
import { prometheusText } from '@/lib/telemetry';

export const dynamic = 'force-dynamic';

/**
 * Prometheus scrape endpoint (text exposition format). `/api/metrics` is the console's JSON.
 * The first line, a comment, says whose figures these are: one instance's (on Vercel, one function instance's).
 */
export const GET = apiHandler(async () => {
  const text = await prometheusText();
  if (text === undefined) return errorResponse('unavailable', 'Telemetry is disabled (OTEL_SDK_DISABLED=true).');
  const { monitoring, platform } = getConfig();
  const scope = platform.vercel
    ? `# Per instance: the figures of Vercel function instance ${monitoring.instanceId} only; each instance has its own, so export over OTLP or to Application Insights for the whole app.\n`
    : `# Per instance: the figures of instance ${monitoring.instanceId} only.\n`;
  return new Response(scope + text, { headers: { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8', 'Cache-Control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
