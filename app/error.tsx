'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { reportRum } from '@/components/telemetry/rum-queue';

/** A page that failed to render: say so plainly, offer a retry, and report it (RUM exceptions). */
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    reportRum({ type: 'js_error', message: `page error: ${error.message}`.slice(0, 1000), stack: error.stack?.slice(0, 8000), path: window.location.pathname });
  }, [error]);
  return (
    <section className="not-found" aria-labelledby="err-title">
      <div>
        <h1 id="err-title">This page hit an error</h1>
        <p className="muted">
          Something went wrong while showing it{error.digest ? ` (reference ${error.digest})` : ''}. The rest of the app still works.
        </p>
        <p>
          <button type="button" className="button" onClick={reset}>
            Try again
          </button>{' '}
          <Link href="/" className="button button--ghost">
            Home
          </Link>
        </p>
      </div>
    </section>
  );
}
