'use client';

import { useQuery } from '@tanstack/react-query';
import type { HealthReport } from '@/lib/monitoring/types';
import { clog } from '@/components/ui/console-log';
import { fetchJson } from '@/components/ui/fetch-json';
import { formatUptime } from './format-uptime';

/** The source demo polls health every 30 s; so do we. */
export const HEALTH_POLL_MS = 30_000;
export const HEALTH_QUERY_KEY = ['health'] as const;

const STATUS_WORD: Record<HealthReport['status'], string> = { online: 'Online', warning: 'Warning', degraded: 'Degraded' };

/** The source's line on every poll: "[Main] Agent status: Online (uptime: 2h 15m)". */
export function agentStatusLine(report: HealthReport): string {
  const detail = report.status === 'online' ? `uptime: ${formatUptime(report.uptimeSec)}` : (report.summary ?? report.reasons[0] ?? 'unknown reason');
  return `Agent status: ${STATUS_WORD[report.status]}${report.recovery ? ', recovering' : ''} (${detail})`;
}

export function useHealth() {
  return useQuery({
    queryKey: HEALTH_QUERY_KEY,
    queryFn: async () => {
      const report = await fetchJson<HealthReport>('/api/health');
      clog('Main', agentStatusLine(report));
      return report;
    },
    // While recovering, ask again once the time is up rather than up to 30 s later.
    refetchInterval: (query) => {
      const left = query.state.data?.recovery?.remainingSec;
      return left !== undefined ? Math.min(HEALTH_POLL_MS, (left + 1) * 1000) : HEALTH_POLL_MS;
    },
  });
}
