/** One finished HTTP request, as the monitoring console consumes it (browser-safe type). */
export interface RequestSample {
  /** Route pattern (`/api/logs/[service]`), never the raw path, so cardinality stays bounded. */
  route: string;
  path: string;
  method: string;
  status: number;
  durationMs: number;
  /** Epoch ms when the request finished. */
  endMs: number;
  traceId: string;
  sessionId?: string;
}

export type RequestListener = (sample: RequestSample) => void;
