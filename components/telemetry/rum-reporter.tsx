'use client';

import { usePathname } from 'next/navigation';
import { useReportWebVitals } from 'next/web-vitals';
import { useEffect } from 'react';
import { flushRum, reportRum } from './rum-queue';

/** Sends page views, Web Vitals and JavaScript errors to /api/rum. Renders nothing. */
export function RumReporter() {
  const pathname = usePathname();

  useReportWebVitals((metric) => {
    const name = metric.name as 'LCP' | 'CLS' | 'INP' | 'FCP' | 'TTFB' | 'FID';
    if (!['LCP', 'CLS', 'INP', 'FCP', 'TTFB', 'FID'].includes(name)) return;
    reportRum({ type: 'web_vital', name, value: metric.value, rating: metric.rating, path: window.location.pathname });
  });

  useEffect(() => {
    reportRum({ type: 'page_view', path: pathname, referrer: document.referrer ? new URL(document.referrer).pathname : undefined });
  }, [pathname]);

  useEffect(() => {
    const onError = (event: ErrorEvent) =>
      reportRum({ type: 'js_error', message: String(event.message).slice(0, 1000), stack: event.error?.stack?.slice(0, 8000), path: window.location.pathname });
    const onRejection = (event: PromiseRejectionEvent) => {
      const reason = event.reason as Error | undefined;
      reportRum({ type: 'js_error', message: String(reason?.message ?? reason).slice(0, 1000), stack: reason?.stack?.slice(0, 8000), path: window.location.pathname });
    };
    const onHide = () => document.visibilityState === 'hidden' && flushRum();
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, []);

  return null;
}
