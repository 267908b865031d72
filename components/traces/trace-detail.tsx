'use client';

import Link from 'next/link';
import { useTrace } from './use-traces';
import { Waterfall } from './waterfall';

export function TraceDetail({ traceId }: { traceId: string }) {
  const { data, error, isPending } = useTrace(traceId);
  return (
    <>
      <p>
        <Link href="/traces">← All traces</Link>
      </p>
      <h1 className="break-all">Trace {traceId}</h1>
      {isPending && <p className="muted">Loading…</p>}
      {error && <p className="notice notice--error" role="alert">{error.message}</p>}
      {data && (
        <>
          <p className="muted">
            {data.trace.spans.length} spans. Search for this id as <code>operation_Id</code> in Application Insights, or as{' '}
            <code>trace_id</code> in the logs.
            {data.trace.azurePortalUrl && (
              <>
                {' '}
                <a href={data.trace.azurePortalUrl} target="_blank" rel="noreferrer">
                  Open in the Azure portal
                </a>
              </>
            )}
          </p>
          <Waterfall spans={data.trace.spans} />
        </>
      )}
    </>
  );
}
