/**
 * Browser console lines in the source demo's style (`[Tools] …`, `[APIClient] …`),
 * so someone watching the console sees what the page does and how long it took.
 */
export type LogPrefix = 'Main' | 'APIClient' | 'Tools' | 'Chat' | 'Comparison' | 'LoadTest' | 'Monitoring' | 'Debug' | 'Feedback';

export function clog(prefix: LogPrefix, message: string, ...details: unknown[]): void {
  if (typeof window === 'undefined') return;
  console.log(`[${prefix}] ${message}`, ...details);
}
