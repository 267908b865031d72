'use client';

import { useState } from 'react';
import { DASHBOARD_WINDOW, type MetricsReport } from '@/lib/monitoring/types';
import type { GroundingQuality } from '@/lib/feedback/types';
import type { InitialData } from '@/lib/pages/types';
import { AlertsPanel } from './alerts-panel';
import { ChaosPanel } from './chaos-panel';
import { TimeSeriesCharts } from './charts';
import { JobsPanel } from './jobs-panel';
import { ObjectivesPanel } from './objectives-panel';
import { AiPanel } from './ai-panel';
import { ErrorBreakdown } from './error-breakdown';
import { SlowRequests, TopEndpoints } from './request-tables';
import { Resources } from './resources-panel';
import { StatusPanel, Tiles } from './status-panels';
import { GroundingQualityPanel } from '@/components/feedback/grounding-quality-panel';
import { RefreshNote } from '@/components/ui/refresh-note';
import { useSession } from '@/components/ui/use-session';
import { useMetrics, type WindowChoice } from './use-monitoring';

const WINDOWS: { value: WindowChoice; label: string }[] = [
  { value: '1m', label: '1 min' },
  { value: '5m', label: '5 min' },
  { value: '1h', label: '1 h' },
  { value: 'last_requests', label: 'Last 10 000' },
];

/** `initial`: the report for DASHBOARD_WINDOW as the server read it, so the whole console is in the first paint. */
export function MonitoringDashboard({ initial, quality }: { initial?: InitialData<MetricsReport> | null; quality?: InitialData<GroundingQuality> | null }) {
  const [window, setWindow] = useState<WindowChoice>(DASHBOARD_WINDOW);
  const [history, setHistory] = useState<'fine' | 'minute'>('fine');
  const metrics = useMetrics(window, initial && { ...initial, window: DASHBOARD_WINDOW });
  // The app-wide session hook: one query key, one shape (the Tools page shares the cache entry).
  const session = useSession();
  const isAdmin = session.data?.isAdmin ?? false;
  const report = metrics.data;

  return (
    <>
      <div className="mon-toolbar">
        <fieldset className="mon-segmented">
          <legend className="visually-hidden">Window for the tiles</legend>
          {WINDOWS.map((w) => (
            <label key={w.value}>
              <input type="radio" name="window" value={w.value} checked={window === w.value} onChange={() => setWindow(w.value)} />
              <span>{w.label}</span>
            </label>
          ))}
        </fieldset>
        <RefreshNote className="muted" updatedAt={report?.timestamp} fetching={metrics.isFetching} busyAt="start">
          {report && (
            <>
              {' · instance '}
              <span className="nowrap">{report.instance_id}</span>
            </>
          )}
        </RefreshNote>
      </div>

      {metrics.error && (
        <p className="notice notice--error" role="alert">
          Cannot load the metrics: {metrics.error.message} Retrying every few seconds.
        </p>
      )}
      {!report ? (
        !metrics.error && <p className="muted" role="status">Loading the metrics…</p>
      ) : (
        <div className="mon-stack">
          <StatusPanel health={report.health} />
          <Tiles report={report} />
          {/* The demo controls beside the alerts they raise, not at the bottom of the page. */}
          <div className="mon-two mon-two--top">
            <AlertsPanel alerts={report.alerts} isAdmin={isAdmin} />
            <ChaosPanel chaos={report.chaos} isAdmin={isAdmin} />
          </div>
          <section aria-labelledby="history-h">
            <div className="mon-toolbar">
              <h2 id="history-h" className="mon-h">History</h2>
              <fieldset className="mon-segmented">
                <legend className="visually-hidden">History range</legend>
                <label>
                  <input type="radio" name="history" checked={history === 'fine'} onChange={() => setHistory('fine')} />
                  <span>5 min (this instance)</span>
                </label>
                <label>
                  <input type="radio" name="history" checked={history === 'minute'} onChange={() => setHistory('minute')} />
                  <span>1 h ({report.series.minute_source === 'cluster' ? `${report.cluster.instances.length} instance(s)` : 'this instance'})</span>
                </label>
              </fieldset>
            </div>
            <TimeSeriesCharts
              points={history === 'fine' ? report.series.fine : report.series.minute}
              scope={history === 'fine' ? '5 s buckets' : 'per minute'}
            />
          </section>
          <div className="mon-two">
            <ErrorBreakdown report={report} />
            <Resources resources={report.resources} />
          </div>
          <JobsPanel jobs={report.jobs} cache={report.cache} recoveries={report.recoveries} />
          <TopEndpoints endpoints={report.top_endpoints} />
          <SlowRequests requests={report.slow_requests} thresholdMs={report.slow_request_threshold_ms} />
          <ObjectivesPanel />
          <AiPanel ai={report.ai} models={report.models} />
          <GroundingQualityPanel initial={quality} />
        </div>
      )}
    </>
  );
}
