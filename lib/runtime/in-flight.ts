import { processSingleton } from './process-singleton';

/** Requests inside a route handler right now, and the most seen at once since start. */
export interface InFlight {
  current: number;
  peak: number;
  /** Expensive requests refused because the process was over its critical threshold. */
  refused: number;
  /** Shutting down: new requests are refused (503) while those in flight finish. */
  draining: boolean;
}

/**
 * The process-wide count of requests being handled (incremented when a route
 * handler starts, decremented when it returns its response). One counter for
 * every route bundle, hence processSingleton.
 */
export function inFlight(): InFlight {
  return processSingleton('in-flight-requests', () => ({ current: 0, peak: 0, refused: 0, draining: false }));
}
