import { metrics } from '@opentelemetry/api';
import { logs, SeverityNumber } from '@opentelemetry/api-logs';
import { getConfig } from '@/lib/config';
import { processSingleton } from '@/lib/runtime';
import type { RumEvent } from './rum-types';

const AZURE_CUSTOM_EVENT = 'microsoft.custom_event.name';

const instruments = () =>
  processSingleton('rum-instruments', () => {
    const meter = metrics.getMeter('aimon.rum');
    return {
      vitals: meter.createHistogram('aimon.rum.web_vital', { description: 'Web Vitals reported by browsers (ms; CLS unitless)' }),
      apiCalls: meter.createHistogram('aimon.rum.api.duration', { description: 'API call durations seen by browsers', unit: 'ms' }),
      pageViews: meter.createCounter('aimon.rum.page_views', { description: 'Page views reported by browsers' }),
    };
  });

/** API paths are bounded (our routes), but ids inside them are not: keep the first three segments. */
function boundedPath(path: string): string {
  return path.split('?')[0]!.split('/').slice(0, 4).join('/').slice(0, 100);
}

/**
 * Records what browsers report, like the server's own telemetry: page views and
 * Web Vitals as custom events and metrics, JavaScript errors as exceptions
 * (log records with exception.* attributes, the Application Insights
 * `exceptions` table), API timings as a histogram.
 */
export function recordRumEvents(events: RumEvent[], sessionId: string | undefined): void {
  const i = instruments();
  const logger = logs.getLogger('aimon.rum');
  const session = sessionId ? { 'aimon.session.id': sessionId } : {};
  for (const e of events) {
    switch (e.type) {
      case 'page_view':
        i.pageViews.add(1, { 'aimon.path': boundedPath(e.path) });
        logger.emit({ body: 'rum.page_view', attributes: { [AZURE_CUSTOM_EVENT]: 'rum.page_view', 'event.name': 'rum.page_view', 'aimon.path': e.path, ...(e.loadMs !== undefined ? { 'aimon.load_ms': e.loadMs } : {}), ...session } });
        break;
      case 'web_vital':
        i.vitals.record(e.value, { 'aimon.vital': e.name, 'aimon.path': boundedPath(e.path) });
        logger.emit({ body: 'rum.web_vital', attributes: { [AZURE_CUSTOM_EVENT]: 'rum.web_vital', 'event.name': 'rum.web_vital', 'aimon.vital': e.name, 'aimon.value': e.value, 'aimon.rating': e.rating ?? 'unknown', 'aimon.path': e.path, ...session } });
        break;
      case 'js_error':
        // With Application Insights the browser SDK reports the error itself
        // (typed, with the user's session); a second row would count it twice.
        if (getConfig().telemetry.browser) break;
        logger.emit({
          severityNumber: SeverityNumber.ERROR,
          severityText: 'ERROR',
          body: e.message,
          attributes: { 'exception.type': 'BrowserError', 'exception.message': e.message, ...(e.stack ? { 'exception.stacktrace': e.stack } : {}), 'aimon.path': e.path, ...session },
        });
        break;
      case 'api_call':
        i.apiCalls.record(e.durationMs, { 'aimon.path': boundedPath(e.path), 'http.request.method': e.method, 'http.response.status_code': e.status });
        break;
    }
  }
}
