'use client';

import { useEffect } from 'react';

/** The browser SDK batches for this long at most (its default is 15 s). */
const SEND_INTERVAL_MS = 5_000;

/**
 * Application Insights' official browser SDK, when the server has a connection
 * string: page views (PageViewData, with the SDK's anonymous user and session
 * ids), fetch/XHR calls as AJAX dependencies whose W3C `traceparent` the server
 * continues (so a browser call and its server request share operation_Id), and
 * JavaScript errors as exceptions. It comes from the app's own bundle, so its
 * script carries the page's CSP nonce like every other chunk; it loads only when
 * configured. `connectionString` holds only the instrumentation key and
 * ingestion endpoint (lib/config). Renders nothing.
 */
export function AppInsightsBrowser({ connectionString, roleName }: { connectionString: string; roleName: string }) {
  useEffect(() => {
    let unload: (() => void) | undefined;
    let cancelled = false;
    void import('@microsoft/applicationinsights-web').then(({ ApplicationInsights, DistributedTracingModes }) => {
      if (cancelled) return;
      const sdk = new ApplicationInsights({
        config: {
          connectionString,
          // Next.js navigates on the client: each route change is a page view.
          enableAutoRouteTracking: true,
          distributedTracingMode: DistributedTracingModes.W3C,
          maxBatchInterval: SEND_INTERVAL_MS,
          // The in-app RUM beacon is bookkeeping, not a call users make.
          excludeRequestFromAutoTrackingPatterns: [/\/api\/rum$/],
          // No remote configuration from Microsoft's CDN: a request the CSP refuses, and settings this app owns.
          extensionConfig: { AppInsightsCfgSyncPlugin: { blkCdnCfg: true } },
        },
      });
      sdk.loadAppInsights();
      sdk.addTelemetryInitializer((item) => {
        item.tags = { ...(item.tags ?? {}), 'ai.cloud.role': `${roleName}-browser` };
      });
      sdk.trackPageView();
      unload = () => sdk.unload(false);
    });
    return () => {
      cancelled = true;
      unload?.();
    };
  }, [connectionString, roleName]);
  return null;
}
