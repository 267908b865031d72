'use client';

import { useEffect, useState } from 'react';
import type { HealthReport } from '@/lib/monitoring/types';
import { formatUptime } from './format-uptime';
import { useHealth } from './use-health';

type Tone = 'ok' | 'warn' | 'bad' | 'idle';

/** Seconds left of a recovery, counting down between polls (the badge polls every 30 s). */
function useSecondsLeft(report: HealthReport | undefined, polledAt: number): number | null {
  const [now, setNow] = useState(() => Date.now());
  const recovering = Boolean(report?.recovery);
  useEffect(() => {
    if (!recovering) return;
    const t = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(t);
  }, [recovering]);
  if (!report?.recovery) return null;
  // `now` may predate the poll that just arrived: count no time as passed until the next tick.
  return Math.max(0, Math.ceil(report.recovery.remainingSec - Math.max(0, now - polledAt) / 1000));
}

export function HealthBadge() {
  const { data, error, isPending, dataUpdatedAt } = useHealth();
  const secondsLeft = useSecondsLeft(data, dataUpdatedAt);
  let tone: Tone;
  let text: string;
  if (isPending) {
    tone = 'idle';
    text = 'Checking…';
  } else if (error || !data) {
    tone = 'bad';
    text = 'Offline: cannot reach the server';
  } else if (data.status === 'online') {
    tone = 'ok';
    text = `Online, uptime ${formatUptime(data.uptimeSec)}`;
  } else if (data.recovery && secondsLeft !== null) {
    // What still fails is the tail of a chaos run that has ended: say when it clears instead of looking broken.
    tone = 'warn';
    text = `Recovering: ${data.recovery.cause}; ${secondsLeft > 0 ? `normal in ${formatUptime(secondsLeft)}` : 'clearing now'}`;
  } else {
    tone = data.status === 'degraded' ? 'bad' : 'warn';
    const label = data.status === 'degraded' ? 'Degraded' : 'Warning';
    text = `${label}: ${data.summary ?? data.reasons[0] ?? 'unknown reason'}`;
  }
  return (
    <div
      className={`health-badge health-badge--${tone}`}
      role="status"
      aria-live="polite"
      title={text}
      data-testid="health-badge"
      data-status={data?.status ?? (error ? 'offline' : 'checking')}
      data-recovering={data?.recovery ? 'true' : undefined}
    >
      <span className="health-badge__dot" aria-hidden="true" />
      <span className="health-badge__text">{text}</span>
    </div>
  );
}
