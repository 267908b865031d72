import { apiHandler, otherMethods } from '@/lib/api';
import { telemetryState } from '@/lib/telemetry';

export const dynamic = 'force-dynamic';

export const GET = apiHandler(async () => {
  const inApp = telemetryState().inApp;
  const list = inApp?.traces.list(20) ?? [];
  return Response.json({ traces: list.map((t) => ({ ...t, spans: inApp?.traces.get(t.traceId) })) });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
